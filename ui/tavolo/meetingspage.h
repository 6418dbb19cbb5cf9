#pragma once

#include "tavolopage.h"

class QStackedWidget;
class QTreeWidget;

namespace tavolo {

class MeetingCalendar;
class MeetingDetail;
class ProblemView;

// The Tavolo's meetings (R-C, R-D, R-F, R-G): the list and the calendar, and the chosen
// meeting in the view every body's meetings share (MeetingDetail), with the actions of its
// life: new, convene, invite, record attendance, cancel, export.
class MeetingsPage : public TavoloPage
{
    Q_OBJECT
public:
    MeetingsPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentMeeting() const;
    void selectMeeting(qint64 id);
    MeetingDetail *detail() const { return m_detail; }

public slots:
    void newMeeting(qint64 answeringRequest = 0);
    void convene();
    void recordAttendance();
    void exportDocuments();

protected:
    void refresh() override;

private:
    void showMeeting();

    QStackedWidget *m_listStack;
    QTreeWidget *m_list;
    MeetingCalendar *m_calendar;
    MeetingDetail *m_detail;
    ProblemView *m_outcome;
};

} // namespace tavolo
