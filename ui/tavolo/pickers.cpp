#include "pickers.h"

#include <QCollator>
#include <QComboBox>
#include <QListWidget>
#include <algorithm>

namespace tavolo::pickers {

namespace {
template<typename NameOf> void sortByName(QList<qint64> &ids, NameOf nameOf)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(ids.begin(), ids.end(),
              [&](qint64 a, qint64 b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
}
} // namespace

QList<qint64> peopleByName(const History &history, const QList<qint64> &ids)
{
    QList<qint64> sorted = ids;
    // By family name, then given name, as the registers sort them.
    sortByName(sorted, [&](qint64 id) {
        return history.personSortNames.value(id, history.personName(id));
    });
    return sorted;
}

void fillPeople(QComboBox *box, const History &history, const QList<qint64> &ids)
{
    const qint64 keep = currentId(box);
    box->clear();
    for (const qint64 id : peopleByName(history, ids))
        box->addItem(history.personName(id), id);
    selectId(box, keep);
}

void fillAllPeople(QComboBox *box, const History &history)
{
    fillPeople(box, history, history.personNames.keys());
}

void fillRepresentatives(QComboBox *box, const History &history, qint64 organisationId)
{
    const qint64 keep = currentId(box);
    box->clear();
    QList<qint64> own;
    QList<qint64> others;
    for (const qint64 id : peopleByName(history, history.personNames.keys()))
        (organisationId != 0 && history.personOrganisations.value(id) == organisationId ? own
                                                                                        : others)
            << id;
    for (const qint64 id : own)
        box->addItem(QStringLiteral("%1 — %2").arg(history.personName(id),
                                                   history.organisationName(organisationId)),
                     id);
    if (!own.isEmpty() && !others.isEmpty())
        box->insertSeparator(box->count());
    for (const qint64 id : others) {
        const qint64 organisation = history.personOrganisations.value(id);
        box->addItem(organisation ? QStringLiteral("%1 — %2").arg(
                         history.personName(id), history.organisationName(organisation))
                                  : history.personName(id),
                     id);
    }
    // The organisation's first person unless the clerk had chosen someone.
    box->setCurrentIndex(box->count() > 0 ? 0 : -1);
    selectId(box, keep);
}

void fillSeatOrganisations(QComboBox *box, const History &history)
{
    const qint64 keep = currentId(box);
    box->clear();
    QList<qint64> ids;
    for (auto it = history.organisations.cbegin(); it != history.organisations.cend(); ++it)
        if (it.value().category != Category::Other)
            ids << it.key();
    sortByName(ids, [&](qint64 id) { return history.organisationName(id); });
    for (const qint64 id : ids)
        box->addItem(QStringLiteral("%1 — %2").arg(
                         history.organisationName(id),
                         Categories::label(history.organisations.value(id).category)),
                     id);
    selectId(box, keep);
}

void fillAllOrganisations(QComboBox *box, const History &history)
{
    const qint64 keep = currentId(box);
    box->clear();
    QList<qint64> ids = history.organisations.keys();
    sortByName(ids, [&](qint64 id) { return history.organisationName(id); });
    for (const qint64 id : ids)
        box->addItem(history.organisationName(id), id);
    selectId(box, keep);
}

void fillChecklist(QListWidget *list, const History &history, const QList<qint64> &ids)
{
    list->clear();
    for (const qint64 id : peopleByName(history, ids)) {
        auto *item = new QListWidgetItem(history.personName(id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

qint64 currentId(const QComboBox *box)
{
    return box->currentIndex() < 0 ? 0 : box->currentData().toLongLong();
}

void selectId(QComboBox *box, qint64 id)
{
    const int index = box->findData(id);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace tavolo::pickers
