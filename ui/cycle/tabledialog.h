#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QComboBox;
class QLineEdit;

namespace tavolo {

// A new planning table of a cycle: its name, kind (target, plenary, co-programming), level
// (the whole Ambito or one sub-area: a plenary at sub-area level is refused) and the
// transversal areas it covers; the rules' answer shown in place.
class TableDialog : public FormDialog
{
    Q_OBJECT
public:
    TableDialog(const History &history, const PlanningCycle &cycle, QWidget *parent = nullptr);

    PlanningTable table() const;

private:
    const History &m_history;
    qint64 m_cycle;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_level;
    QLineEdit *m_areas;
};

} // namespace tavolo
