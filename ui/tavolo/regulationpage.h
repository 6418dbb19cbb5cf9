#pragma once

#include "tavolopage.h"

class QLabel;
class QTreeWidget;

namespace tavolo {

class ProblemView;

// The regulation (R-H): the parameters in force today, every version with its date and
// approvals, and the amendment.
class RegulationPage : public TavoloPage
{
    Q_OBJECT
public:
    RegulationPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

public slots:
    void amend();

protected:
    void refresh() override;

private:
    QLabel *m_current;
    QTreeWidget *m_versions;
    ProblemView *m_outcome;
};

} // namespace tavolo
