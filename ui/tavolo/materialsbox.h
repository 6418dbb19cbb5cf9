#pragma once

#include "core/domain/meeting.h"
#include "core/domain/problem.h"

#include <QGroupBox>

class QAction;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tavolo {

class Archive;
class MeetingCommands;

// A meeting's materials (R-C: sent to all participants with the agenda): the files kept in the
// archive, attached while the meeting is not yet held, opened with the system's program or
// saved as a copy where the clerk chooses (e.g. to attach it to a PEC).
class MaterialsBox : public QGroupBox
{
    Q_OBJECT
public:
    MaterialsBox(Archive &archive, MeetingCommands &commands, QWidget *parent = nullptr);

    void showMeeting(const Meeting *meeting);

public slots:
    void attach();
    void open(QListWidgetItem *item);
    void saveCopy(); // the chosen material, where the clerk says

signals:
    void outcome(const Problems &problems);

private:
    void updateActions();

    Archive &m_archive;
    MeetingCommands &m_commands;
    qint64 m_meeting = 0;
    QListWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_save;
    QAction *m_openAction;
    QAction *m_saveAction;
};

} // namespace tavolo
