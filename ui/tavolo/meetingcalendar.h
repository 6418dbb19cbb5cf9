#pragma once

#include "core/domain/history.h"

#include <QCalendarWidget>

namespace tavolo {

// The meetings on a month calendar: their days in bold (requested and joint ones in blue,
// cancelled ones struck out); choosing a day picks its meeting.
class MeetingCalendar : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit MeetingCalendar(QWidget *parent = nullptr);

    void setMeetings(const QList<Meeting> &meetings);
    void showMeeting(const Meeting &meeting); // turns to its month and day

signals:
    void meetingChosen(qint64 id);

private:
    QHash<QDate, qint64> m_byDate;
};

} // namespace tavolo
