#pragma once

#include "core/domain/history.h"

#include <QTreeWidget>

namespace tavolo {

// Who takes part in a meeting and why: the role each holds in the body on the meeting's day,
// guests with the reason of their invitation (R-F), and the attendance once recorded.
class ParticipantsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ParticipantsView(QWidget *parent = nullptr);

    // `roles`: person → why they sit in the body that meets (people without one are members).
    void showMeeting(const History &history, const Meeting *meeting, const QList<qint64> &people,
                     const QHash<qint64, QString> &roles);

    // The Tavolo's: the office held, or the organisation represented, on `date`.
    static QHash<qint64, QString> tavoloRoles(const History &history, QDate date);
};

} // namespace tavolo
