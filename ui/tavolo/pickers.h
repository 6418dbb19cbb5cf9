#pragma once

#include "core/domain/history.h"

class QComboBox;
class QListWidget;

namespace tavolo {

// Filling the clerk's choices from the history: people by family name, organisations by name,
// the id as the item's data (Qt::UserRole).
namespace pickers {

QList<qint64> peopleByName(const History &history, const QList<qint64> &ids);
void fillPeople(QComboBox *box, const History &history, const QList<qint64> &ids);
void fillAllPeople(QComboBox *box, const History &history);
void fillSeatOrganisations(QComboBox *box, const History &history); // those of R-E categories
void fillAllOrganisations(QComboBox *box, const History &history); // of any category, by name
// The people an organisation may designate: its own first, then everyone else, each with the
// organisation they belong to.
void fillRepresentatives(QComboBox *box, const History &history, qint64 organisationId);
// A checklist of people (checkable items, id as data).
void fillChecklist(QListWidget *list, const History &history, const QList<qint64> &ids);
QList<qint64> checkedIds(const QListWidget *list);
qint64 currentId(const QComboBox *box); // 0 when nothing is chosen
void selectId(QComboBox *box, qint64 id);

} // namespace pickers
} // namespace tavolo
