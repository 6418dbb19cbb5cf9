#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tavolo {

// A Piano di Zona's cycle, new or edited: name, the three years, the sub-areas with their
// comuni (one a line, "Casalasco: Casalmaggiore, Calvatone"), the plan's approval and the
// programme agreement (day and act, once they exist). The rules' answer is shown in place.
class CycleDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new cycle when `cycle` has no id, else the cycle to edit.
    CycleDialog(const History &history, const PlanningCycle &cycle, QWidget *parent = nullptr);

    PlanningCycle cycle() const;

    // "Casalasco: Casalmaggiore, Calvatone" for each sub-area, and back.
    static QString subAreasText(const QList<SubArea> &subAreas);
    static QList<SubArea> subAreasFrom(const QString &text);

private:
    struct ActFields
    {
        QCheckBox *done;
        QDateEdit *date;
        QLineEdit *reference;
    };
    ActFields addAct(const QString &label, const std::optional<ActRecord> &act);
    static std::optional<ActRecord> actOf(const ActFields &fields);

    const History &m_history;
    qint64 m_id;
    QLineEdit *m_name;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPlainTextEdit *m_subAreas;
    ActFields m_plan {};
    ActFields m_agreement {};
};

} // namespace tavolo
