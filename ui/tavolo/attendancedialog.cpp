#include "attendancedialog.h"

#include "attendancetable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>

namespace tavolo {

AttendanceDialog::AttendanceDialog(const History &history, const QList<qint64> &people,
                                   const QString &title, const QString &okText, QWidget *parent)
    : FormDialog(title, okText, parent)
    , m_table(new AttendanceTable(history, people, this))
{
    m_table->watchIn(*this);
    addBody(m_table);
    resize(560, 560);
}

void AttendanceDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    form()->addRow(note);
}

QCheckBox *AttendanceDialog::addRatify(const History &history, const WorkingGroup &group)
{
    auto *ratify = new QCheckBox(
        group.proposedCoordinator
            ? tr("Ra&tify %1 as coordinator").arg(history.personName(*group.proposedCoordinator))
            : tr("Ra&tify the coordinator (none proposed yet)"),
        this);
    ratify->setObjectName(QStringLiteral("ratifyCoordinator"));
    ratify->setChecked(group.proposedCoordinator && !group.coordinator);
    ratify->setEnabled(!group.coordinator);
    form()->addRow(ratify);
    watch(ratify);
    return ratify;
}

QHash<qint64, Attendance> AttendanceDialog::sheet() const
{
    return m_table->sheet();
}

} // namespace tavolo
