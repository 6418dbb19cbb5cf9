#include "meetinglist.h"

#include "core/rules/ruletext.h"

#include <QTreeWidget>

namespace tavolo::meetinglist {

void fill(QTreeWidget *list, const QList<Meeting> &meetings,
          const std::function<QString(const Meeting &)> &ownColumn)
{
    list->clear();
    for (const Meeting &m : meetings) {
        auto *item = new QTreeWidgetItem(
            list,
            {RuleText::day(m.date), m.place.isEmpty() ? m.onlineLink : m.place,
             MeetingTerms::stateLabel(m.state), ownColumn ? ownColumn(m) : QString()});
        item->setData(0, Qt::UserRole, m.id);
    }
    // The next meeting to hold, or else the last one, is the one shown first.
    for (int i = 0; i < list->topLevelItemCount() && !list->currentItem(); ++i)
        if (meetings.at(i).state == MeetingState::Draft
            || meetings.at(i).state == MeetingState::Convened)
            list->setCurrentItem(list->topLevelItem(i));
    if (!list->currentItem() && list->topLevelItemCount())
        list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1));
}

const Meeting *current(const QTreeWidget *list, const QList<Meeting> &meetings)
{
    const QTreeWidgetItem *item = list->currentItem();
    if (item)
        for (const Meeting &m : meetings)
            if (m.id == item->data(0, Qt::UserRole).toLongLong())
                return &m;
    return nullptr;
}

} // namespace tavolo::meetinglist
