#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tavolo {

// A body's adhesion to the cycle's programme agreement (R-M): the body with its participation
// record in the cycle's tables shown as it is chosen, the day it asked, and the act that
// accepted it when there is one. A body with no participation record is refused in place, with
// the rule's sentence naming what was checked.
class AdhesionDialog : public FormDialog
{
    Q_OBJECT
public:
    AdhesionDialog(const History &history, qint64 cycleId, QWidget *parent = nullptr);

    Adhesion adhesion() const;

private:
    void showRecord();

    const History &m_history;
    qint64 m_cycle;
    QComboBox *m_organisation;
    QLabel *m_record;
    QDateEdit *m_requested;
    QDateEdit *m_actDate;
    QLineEdit *m_actReference;
};

} // namespace tavolo
