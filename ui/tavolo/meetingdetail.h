#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace tavolo {

class AgendaBox;
class Archive;
class MaterialsBox;
class MeetingCommands;
class MinutesTab;
class ParticipantsView;

// One meeting as the clerk sees and works it, the same for every body that meets: the header
// (kind, day, state, place or link), the agenda, the materials, the participants with their
// attendance, and on a tab of their own its minutes (R-K); and the actions of its life — convene
// (R-C), invite a guest (R-F), record the attendance, cancel, export the letters — whose buttons
// the page lays out (actions()).
class MeetingDetail : public QWidget
{
    Q_OBJECT
public:
    MeetingDetail(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);
    ~MeetingDetail() override;

    // `people` and `roles`: who takes part and why (ParticipantsView).
    void showMeeting(const History &history, const Meeting *meeting, const QList<qint64> &people,
                     const QHash<qint64, QString> &roles);
    MinutesTab *minutes() const { return m_minutes; }
    qint64 meetingId() const { return m_meeting ? m_meeting->id : 0; }
    QList<QPushButton *> actions() const { return m_actions; }

public slots:
    void convene();
    void inviteGuest();
    void recordAttendance();
    void cancelMeeting();
    void exportDocuments();

signals:
    void outcome(const Problems &problems);

private:
    void report(const Result<qint64> &result);

    Archive &m_archive;
    std::unique_ptr<MeetingCommands> m_commands;
    const History *m_history = nullptr;
    std::optional<Meeting> m_meeting;
    QList<qint64> m_people;
    QLabel *m_header;
    AgendaBox *m_agenda;
    MaterialsBox *m_materials;
    ParticipantsView *m_participants;
    QTabWidget *m_tabs;
    MinutesTab *m_minutes;
    QPushButton *m_convene;
    QPushButton *m_invite;
    QPushButton *m_attendance;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QList<QPushButton *> m_actions;
};

} // namespace tavolo
