#pragma once

#include "tavolopage.h"

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QListWidgetItem;
class QStackedWidget;
class QTreeWidget;

namespace tavolo {

class MeetingCalendar;

class ProblemView;

// The Tavolo's meetings (R-C, R-D, R-F, R-G): the list, one meeting's agenda, materials and
// participants, and the actions of its life: new, convene, invite, record attendance, cancel.
class MeetingsPage : public TavoloPage
{
    Q_OBJECT
public:
    MeetingsPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentMeeting() const;
    void selectMeeting(qint64 id);

public slots:
    void newMeeting(qint64 answeringRequest = 0);
    void convene();
    void inviteGuest();
    void recordAttendance();
    void cancelMeeting();
    void attachMaterial();
    void exportDocuments();
    void openMaterial(QListWidgetItem *item);
    void saveMaterial(); // the chosen material, where the clerk says
    void addAgendaItem();
    void removeAgendaItem();
    void moveAgendaItem(int by);

protected:
    void refresh() override;

private:
    void showMeeting();
    void report(const Result<qint64> &result);
    const Meeting *meeting() const;
    void updateMaterialActions();

    QStackedWidget *m_listStack;
    QTreeWidget *m_list;
    MeetingCalendar *m_calendar;
    QLabel *m_header;
    QListWidget *m_agenda;
    QListWidget *m_materials;
    QTreeWidget *m_participants;
    ProblemView *m_outcome;
    QList<QPushButton *> m_draftOnly;
    QPushButton *m_convene;
    QPushButton *m_invite;
    QPushButton *m_attendance;
    QPushButton *m_cancel;
    QPushButton *m_attach;
    QPushButton *m_openMaterial;
    QPushButton *m_saveMaterial;
    QAction *m_openAction;
    QAction *m_saveAction;
    QPushButton *m_export;
};

} // namespace tavolo
