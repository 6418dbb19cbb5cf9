#include "meetinglist.h"

#include "core/rules/ruletext.h"
#include "meetingdetail.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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

QGroupBox *box(const QString &title, QTreeWidget *list, QPushButton *newMeeting, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    auto *row = new QHBoxLayout;
    row->addWidget(newMeeting);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QWidget *detailSide(MeetingDetail *detail, QWidget *above, QWidget *parent)
{
    auto *side = new QWidget(parent);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    if (above)
        layout->addWidget(above);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : detail->actions())
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(detail, 1);
    return side;
}

} // namespace tavolo::meetinglist
