#pragma once

#include "cyclepanel.h"

class QPushButton;
class QTreeWidget;

namespace tavolo {

// The adhesions to the cycle's programme agreement (R-M): who asked when, by which act it was
// accepted; recording one (refused, with the rule's sentence, for a body with no participation
// record in the cycle's tables) and the list of adherents as a document.
class AdhesionsPanel : public CyclePanel
{
    Q_OBJECT
public:
    AdhesionsPanel(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

public slots:
    void addAdhesion();
    void exportAdherents();

protected:
    void refresh() override;

private:
    QTreeWidget *m_adhesions;
    QPushButton *m_add;
    QPushButton *m_export;
};

} // namespace tavolo
