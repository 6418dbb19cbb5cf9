#pragma once

#include "cyclepanel.h"

class QPushButton;
class QTreeWidget;

namespace tavolo {

class SubmissionsView;

// The calls of the cycle (R-L) with their forms and deadlines, the submissions of the chosen
// call (SubmissionsView) with how many chose each table, and the clerk's actions: record a
// submission, decide a late one with a reason, the register of submissions (the office's and
// the one for publication) and the receipt of a submission.
class CallsPanel : public CyclePanel
{
    Q_OBJECT
public:
    CallsPanel(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentCall() const;
    SubmissionsView *submissions() const { return m_submissions; }

public slots:
    void addSubmission();
    void decide();
    void exportRegister(bool publication);
    void exportReceipt();

protected:
    void refresh() override;

private:
    void showCall();
    void showCounts(const Call *call);
    void updateActions();

    QTreeWidget *m_calls;
    QTreeWidget *m_counts;
    SubmissionsView *m_submissions;
    QPushButton *m_add;
    QPushButton *m_decide;
    QPushButton *m_register;
    QPushButton *m_publication;
    QPushButton *m_receipt;
};

} // namespace tavolo
