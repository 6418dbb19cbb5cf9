#pragma once

#include "ui/tavolo/tavolopage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace tavolo {

class CyclePanel;
class ProblemView;

// The Piano di Zona's participation cycle (R-L, R-M): the cycle chosen at the top with its
// sub-areas and acts (new and edited in CycleDialog), and on its tabs the calls with their
// submissions, the planning tables with their participants and meetings, the adhesions to
// the programme agreement and the attendance over the cycle.
class CyclePage : public TavoloPage
{
    Q_OBJECT
public:
    CyclePage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentCycle() const;
    void selectCycle(qint64 id);
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void newCycle();
    void editCycle();

protected:
    void refresh() override;

private:
    void showCycle();
    void showWritten(const QString &path);

    QComboBox *m_cycles;
    QPushButton *m_edit;
    QLabel *m_summary;
    ProblemView *m_outcome;
    QLabel *m_written;
    QTabWidget *m_tabs;
    QList<CyclePanel *> m_panels;
};

} // namespace tavolo
