#include "attendancetable.h"

#include "core/rules/meetingrules.h"
#include "formdialog.h"

#include <QComboBox>
#include <QHeaderView>

namespace tavolo {

AttendanceTable::AttendanceTable(const History &history, const QList<qint64> &people,
                                 QWidget *parent)
    : QTableWidget(int(people.size()), 2, parent)
    , m_people(people)
{
    setObjectName(QStringLiteral("attendance"));
    setAccessibleName(tr("Attendance"));
    setHorizontalHeaderLabels({tr("Participant"), tr("Attendance")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    verticalHeader()->hide();
    for (int row = 0; row < people.size(); ++row) {
        const QString name = history.personName(people.at(row));
        setItem(row, 0, new QTableWidgetItem(name));
        auto *box = new QComboBox(this);
        box->addItem(tr("— choose —"));
        for (const Attendance a : {Attendance::Present, Attendance::Excused, Attendance::Absent})
            box->addItem(MeetingTerms::attendanceLabel(a), int(a));
        box->setAccessibleName(tr("Attendance of %1").arg(name));
        setCellWidget(row, 1, box);
        m_boxes << box;
    }
    resizeColumnToContents(1);
}

QHash<qint64, Attendance> AttendanceTable::sheet() const
{
    QHash<qint64, Attendance> a;
    for (int row = 0; row < m_people.size(); ++row)
        if (const QVariant chosen = m_boxes.at(row)->currentData(); chosen.isValid())
            a.insert(m_people.at(row), Attendance(chosen.toInt()));
    return a;
}

void AttendanceTable::watchIn(FormDialog &dialog) const
{
    for (QComboBox *box : m_boxes)
        dialog.watch(box);
}

} // namespace tavolo
