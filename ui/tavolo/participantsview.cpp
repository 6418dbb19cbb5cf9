#include "participantsview.h"

#include "core/rules/composition.h"

#include <QHeaderView>

namespace tavolo {

ParticipantsView::ParticipantsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("participants"));
    setAccessibleName(tr("Participants"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Participant"), tr("As"), tr("Attendance")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

QHash<qint64, QString> ParticipantsView::tavoloRoles(const History &history, QDate date)
{
    const Composition c = CompositionRules::compositionOn(history, date);
    QHash<qint64, QString> roles;
    for (const OfficeHolding &o : c.offices) {
        if (o.holder)
            roles.insert(o.holder->personId, Offices::label(o.office));
        if (o.delegation)
            roles.insert(o.delegation->delegateId,
                         tr("delegate, %1").arg(Offices::label(o.office)));
    }
    for (const CategorySeats &s : c.categories)
        for (const Designation &d : s.holders)
            roles.insert(d.personId, history.organisationName(d.organisationId));
    return roles;
}

void ParticipantsView::showMeeting(const History &history, const Meeting *meeting,
                                   const QList<qint64> &people, const QHash<qint64, QString> &roles)
{
    clear();
    if (!meeting)
        return;
    for (const qint64 id : people) {
        const Guest *guest = nullptr;
        for (const Guest &g : meeting->guests)
            if (g.personId == id)
                guest = &g;
        auto *item = new QTreeWidgetItem(
            this,
            {history.personName(id),
             guest ? tr("guest: %1").arg(guest->reason) : roles.value(id, tr("member")),
             meeting->attendance.contains(id)
                 ? MeetingTerms::attendanceLabel(meeting->attendance.value(id))
                 : QString()});
        if (guest)
            item->setForeground(1, QColor(0x6a, 0x1b, 0x9a));
        if (meeting->attendance.value(id, Attendance::Present) == Attendance::Absent)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    }
}

} // namespace tavolo
