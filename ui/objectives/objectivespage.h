#pragma once

#include "ui/tavolo/tavolopage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;

namespace tavolo {

class AsOfDate;
class GanttView;
class IndicatorsView;
class ObjectiveSheet;
class PhaseTableModel;
class ProblemView;

// Obiettivi (seed 002): the objectives on the left; the chosen one's phases as an editable
// table (each edit one undoable command through ObjectiveRules, a refusal said in words) and as
// a Gantt chart, its indicators expected against actual as of the page's day with where each
// value comes from, and its whole sheet on a tab. A sheet arrives as a JSON file of operations
// (objective.add, as docs/examples/objective-2019-zn20.json), applied as tavolo-cli apply does.
class ObjectivesPage : public TavoloPage
{
    Q_OBJECT
public:
    ObjectivesPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    void setDate(QDate date);
    qint64 currentObjective() const;
    void selectObjective(qint64 id);
    // The edit of a phase, as the table makes it; false when refused (said in the outcome).
    bool editPhase(const ObjectivePhase &changed);
    // Applies a JSON file of operations and says what happened.
    void applyFile(const QString &path);

public slots:
    void importSheet();
    void recordValue();

protected:
    void refresh() override;

private:
    void showObjective();

    AsOfDate *m_date;
    QListWidget *m_objectives;
    QLabel *m_heading;
    ProblemView *m_outcome;
    QTabWidget *m_tabs;
    PhaseTableModel *m_phases;
    QTableView *m_phaseTable;
    GanttView *m_gantt;
    IndicatorsView *m_indicators;
    QPushButton *m_record;
    QPushButton *m_counted;
    ObjectiveSheet *m_sheet;
};

} // namespace tavolo
