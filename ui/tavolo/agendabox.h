#pragma once

#include "core/domain/meeting.h"
#include "core/domain/problem.h"

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace tavolo {

class MeetingCommands;

// A meeting's agenda: the items in order and, while the meeting is a draft, adding, removing
// and moving them (R-C: the agenda convened is the one given in advance), each undoable.
class AgendaBox : public QGroupBox
{
    Q_OBJECT
public:
    AgendaBox(MeetingCommands &commands, QWidget *parent = nullptr);

    void showMeeting(const Meeting *meeting);

public slots:
    void addItem();
    void removeItem();
    void moveItem(int by);

signals:
    void outcome(const Problems &problems);

private:
    MeetingCommands &m_commands;
    std::optional<Meeting> m_meeting;
    QListWidget *m_list;
    QList<QPushButton *> m_buttons;
};

} // namespace tavolo
