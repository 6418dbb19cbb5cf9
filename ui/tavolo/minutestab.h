#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QUndoStack;
class QVBoxLayout;

namespace tavolo {

class Archive;
class MinutesCommands;
class MinutesItemEditor;
class ProblemView;

// The minutes (verbale) of a held meeting of any body (R-K): drafted from the meeting's data,
// edited while a draft (chair, secretary, opening and closing, one section per agenda item
// with its vote), approved at a later held meeting of the same body, then locked and only
// corrected by a dated rettifica.
class MinutesTab : public QWidget
{
    Q_OBJECT
public:
    MinutesTab(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);
    ~MinutesTab() override;

    void showMeeting(const History &history, const Meeting *meeting);
    Minutes edited() const; // the draft as the form holds it

public slots:
    void draft();
    void save();
    void approve();
    void correct();
    void preview();
    void exportFiles(); // PDF/A and ODT into a folder the clerk chooses

signals:
    void outcome(const Problems &problems);

private:
    void buildItems(const Meeting &meeting);
    void fill(const Minutes &minutes);
    void recheck();
    QString attendanceText(const History &history, const Meeting &meeting) const;

    Archive &m_archive;
    std::unique_ptr<MinutesCommands> m_commands;
    const History *m_history = nullptr;
    std::optional<Meeting> m_meeting;
    std::optional<Minutes> m_minutes;
    QLabel *m_state;
    QLabel *m_attendance;
    QWidget *m_form;
    QComboBox *m_chair;
    QComboBox *m_secretary;
    QTimeEdit *m_opened;
    QTimeEdit *m_closed;
    QVBoxLayout *m_itemsLayout;
    QList<MinutesItemEditor *> m_items;
    ProblemView *m_problems;
    QPushButton *m_draft;
    QPushButton *m_save;
    QPushButton *m_approve;
    QPushButton *m_correct;
    QPushButton *m_preview;
    QPushButton *m_export;
};

} // namespace tavolo
