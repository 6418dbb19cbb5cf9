#pragma once

#include "cyclepanel.h"

class QPushButton;
class QTreeWidget;

namespace tavolo {

class MeetingDetail;

// The planning tables of the cycle (target, plenary, co-programming; at Ambito or sub-area
// level), the chosen table's participants with the days they took part, and its meetings in
// the view every body's meetings share (MeetingDetail): convened, attendance recorded (a
// non-participant refused, R-L), letters exported, minuted — as a working group's.
class TablesPanel : public CyclePanel
{
    Q_OBJECT
public:
    TablesPanel(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentTable() const;
    MeetingDetail *meetingDetail() const { return m_meetingDetail; }

public slots:
    void newTable();
    void addParticipant();
    void newMeeting();

protected:
    void refresh() override;

private:
    void showTable();
    void showMeeting();
    const PlanningTable *table() const;

    QTreeWidget *m_tables;
    QTreeWidget *m_participants;
    QTreeWidget *m_meetings;
    MeetingDetail *m_meetingDetail;
    QList<QPushButton *> m_tableActions;
};

} // namespace tavolo
