#pragma once

#include "core/domain/history.h"

#include <QTableWidget>

class QComboBox;

namespace tavolo {

class FormDialog;

// The attendance sheet of a meeting (of the Tavolo or of a group) as the clerk fills it in:
// one row per participant, each starting unset, so that nobody is recorded present by a
// click that was not about them. Unset rows are left out of sheet(): the rules record them
// absent and say so.
class AttendanceTable : public QTableWidget
{
    Q_OBJECT
public:
    AttendanceTable(const History &history, const QList<qint64> &people, QWidget *parent = nullptr);

    QHash<qint64, Attendance> sheet() const;
    void watchIn(FormDialog &dialog) const; // the dialog re-checks on every change
    QComboBox *box(int row) const { return m_boxes.at(row); }

private:
    QList<qint64> m_people;
    QList<QComboBox *> m_boxes;
};

} // namespace tavolo
