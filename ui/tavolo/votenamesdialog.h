#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;
class QTableWidget;

namespace tavolo {

// Who voted which way on one agenda item (R-K: names optional): a row per person who may be
// named — those recorded present, and whoever the vote names already — each favourable,
// contrary, abstained or not named. The counts follow the names (VoteEditor).
class VoteNamesDialog : public FormDialog
{
    Q_OBJECT
public:
    VoteNamesDialog(const History &history, const QList<qint64> &people, const VoteNames &names,
                    QWidget *parent = nullptr);

    VoteNames names() const;

private:
    QList<qint64> m_people;
    QList<QComboBox *> m_boxes;
};

} // namespace tavolo
