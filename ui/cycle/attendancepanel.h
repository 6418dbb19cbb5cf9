#pragma once

#include "cyclepanel.h"

class QTreeWidget;

namespace tavolo {

struct AttendanceCount;

// Attendance over the cycle (CycleAttendanceReport): per table its held meetings, per body its
// invitations, presences, excuses and absences with the rate, across the cycle and table by
// table; written as CSV for a spreadsheet (what the view shows) or as the PDF document.
class AttendancePanel : public CyclePanel
{
    Q_OBJECT
public:
    AttendancePanel(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    QTreeWidget *bodies() const { return m_bodies; }

public slots:
    void exportCsv();
    void exportPdf();

protected:
    void refresh() override;

private:
    static QStringList countTexts(const AttendanceCount &count);

    QTreeWidget *m_tables;
    QTreeWidget *m_bodies;
};

} // namespace tavolo
