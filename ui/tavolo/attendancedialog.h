#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QCheckBox;

namespace tavolo {

class AttendanceTable;

// Recording who was present, excused or absent at a meeting of any body (the Tavolo or a
// working group): a sentence on what recording means, the sheet (AttendanceTable), and the
// body's rules' answer, set by the caller with setCheck() over sheet().
class AttendanceDialog : public FormDialog
{
    Q_OBJECT
public:
    AttendanceDialog(const History &history, const QList<qint64> &people, const QString &title,
                     const QString &okText, QWidget *parent = nullptr);

    void addNote(const QString &text); // above the sheet
    // The box that ratifies the group's proposed coordinator at this meeting (R-I): checked
    // when one is proposed and none ratified yet, disabled once one is.
    QCheckBox *addRatify(const History &history, const WorkingGroup &group);
    QHash<qint64, Attendance> sheet() const;

private:
    AttendanceTable *m_table;
};

} // namespace tavolo
