#include "meetingcalendar.h"

#include <QTextCharFormat>

namespace tavolo {

MeetingCalendar::MeetingCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("meetingCalendar"));
    setAccessibleName(tr("Calendar of the meetings"));
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    connect(this, &QCalendarWidget::clicked, this, [this](QDate day) {
        if (m_byDate.contains(day))
            emit meetingChosen(m_byDate.value(day));
    });
}

void MeetingCalendar::setMeetings(const QList<Meeting> &meetings)
{
    setDateTextFormat({}, {}); // forget the marks of the previous archive
    m_byDate.clear();
    for (const Meeting &m : meetings) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (m.kind != MeetingKind::Ordinary)
            format.setForeground(QColor(0x0d, 0x47, 0xa1));
        if (m.state == MeetingState::Cancelled) {
            format.setFontStrikeOut(true);
            format.setForeground(Qt::gray);
        } else {
            format.setBackground(QColor(0xe3, 0xf2, 0xfd));
        }
        format.setToolTip(m.place.isEmpty() ? m.onlineLink : m.place);
        setDateTextFormat(m.date, format);
        if (!m_byDate.contains(m.date) || m.state != MeetingState::Cancelled)
            m_byDate.insert(m.date, m.id);
    }
}

void MeetingCalendar::showMeeting(const Meeting &meeting)
{
    const QSignalBlocker block(this);
    setSelectedDate(meeting.date);
}

} // namespace tavolo
