#pragma once

#include "tavolopage.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tavolo {

class ProblemView;

// Requests to convene (R-D): status (open, answered, overdue) with the days left, the
// signatories, recording a new one, and creating the requested meeting that answers it.
class RequestsPage : public TavoloPage
{
    Q_OBJECT
public:
    RequestsPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentRequest() const;

public slots:
    void newRequest();
    void createMeeting();

protected:
    void refresh() override;

private:
    void showRequest();

    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_createMeeting;
    ProblemView *m_outcome;
};

} // namespace tavolo
