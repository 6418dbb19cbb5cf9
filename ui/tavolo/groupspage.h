#pragma once

#include "tavolopage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tavolo {

class AsOfDate;
class MeetingDetail;
class ProblemView;

// Thematic working groups (R-I): participants, the coordinator proposed and ratified at the
// group's first meeting, its meetings shown in the view every body's meetings share
// (MeetingDetail); a group whose first meeting passed without ratifying a coordinator is
// flagged (as of today or a chosen day).
class GroupsPage : public TavoloPage
{
    Q_OBJECT
public:
    GroupsPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentGroup() const;
    void setDate(QDate date); // the day a group is judged flagged or not on
    QDate date() const;

public slots:
    void newGroup();
    void addParticipant();
    void proposeCoordinator();
    void newMeeting();

protected:
    void refresh() override;

private:
    void showGroup();
    void showMeeting();
    const WorkingGroup *group() const;
    const Meeting *meeting() const; // the one chosen in the group's list
    void report(const Result<qint64> &result);

    AsOfDate *m_asOf;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QListWidget *m_participants;
    QTreeWidget *m_meetings;
    MeetingDetail *m_meetingDetail;
    ProblemView *m_outcome;
    QList<QPushButton *> m_groupActions;
};

} // namespace tavolo
