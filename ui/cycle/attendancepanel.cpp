#include "attendancepanel.h"

#include "core/domain/clock.h"
#include "core/exports/cycleexport.h"
#include "core/operations/cyclejson.h"
#include "core/rules/cycleattendance.h"
#include "ui/csvfile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace tavolo {

AttendancePanel::AttendancePanel(Archive &archive, QUndoStack *undo, QWidget *parent)
    : CyclePanel(archive, undo, parent)
    , m_tables(new QTreeWidget(this))
    , m_bodies(new QTreeWidget(this))
{
    m_tables->setObjectName(QStringLiteral("attendanceTables"));
    m_tables->setAccessibleName(tr("Attendance per table"));
    m_tables->setRootIsDecorated(false);
    m_tables->setHeaderLabels({tr("Table"), tr("Held meetings"), tr("Invited"), tr("Present"),
                               tr("Excused"), tr("Absent"), tr("Rate")});
    m_bodies->setObjectName(QStringLiteral("attendanceBodies"));
    m_bodies->setAccessibleName(tr("Attendance per body"));
    m_bodies->setHeaderLabels({tr("Body and table"), tr("Invited"), tr("Present"), tr("Excused"),
                               tr("Absent"), tr("Rate")});
    m_bodies->setAlternatingRowColors(true);
    for (QTreeWidget *tree : {m_tables, m_bodies}) {
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setStretchLastSection(false);
    }
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *pdf = new QPushButton(tr("Attendance document (PDF)…"), this);
    csv->setObjectName(QStringLiteral("exportAttendanceCsv"));
    pdf->setObjectName(QStringLiteral("exportAttendancePdf"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tables);
    split->addWidget(m_bodies);
    split->setSizes({140, 400});
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(csv);
    actions->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    connect(csv, &QPushButton::clicked, this, &AttendancePanel::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &AttendancePanel::exportPdf);
}

QStringList AttendancePanel::countTexts(const AttendanceCount &count)
{
    return {QString::number(count.invited), QString::number(count.present),
            QString::number(count.excused), QString::number(count.absent),
            count.invited ? QLocale().toString(count.rate() * 100, 'f', 1) + QStringLiteral(" %")
                          : QStringLiteral("—")};
}

void AttendancePanel::refresh()
{
    m_tables->clear();
    m_bodies->clear();
    if (!cycle())
        return;
    const CycleAttendance report = CycleAttendanceReport::of(history(), cycleId());
    QHash<qint64, QString> tableNames;
    for (const TableAttendance &t : report.tables) {
        tableNames.insert(t.tableId, t.table);
        auto *item = new QTreeWidgetItem(
            m_tables, QStringList {t.table, QString::number(t.heldMeetings)} + countTexts(t.total));
        item->setToolTip(0, t.table);
    }
    for (const BodyAttendance &b : report.bodies) {
        auto *body = new QTreeWidgetItem(m_bodies, QStringList {b.body.name} + countTexts(b.total));
        QFont bold = body->font(0);
        bold.setBold(true);
        body->setFont(0, bold);
        for (const TableAttendance &t : report.tables)
            if (b.byTable.contains(t.tableId))
                new QTreeWidgetItem(body,
                                    QStringList {t.table} + countTexts(b.byTable.value(t.tableId)));
    }
    m_bodies->expandAll();
    for (QTreeWidgetItemIterator it(m_bodies); *it; ++it)
        (*it)->setToolTip(0, (*it)->text(0));
}

void AttendancePanel::exportCsv()
{
    const PlanningCycle *c = cycle();
    if (!c)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Attendance over the cycle"),
        tr("Attendance %1.csv").arg(QString(c->name).replace(QLatin1Char('/'), QLatin1Char('-'))),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // The rows `tavolo-cli cycle attendance --csv` writes: one file format for the report.
    const QList<QStringList> rows =
        CycleJson::attendanceRows(CycleAttendanceReport::of(history(), cycleId()));
    if (!writeCsvFile(path, rows, &error)) {
        emit outcome({Problem::refused(QStringLiteral("FILE"),
                                       tr("The attendance could not be written to %1: %2")
                                           .arg(QDir::toNativeSeparators(path), error))});
        return;
    }
    emit outcome({});
    emit written(path);
}

void AttendancePanel::exportPdf()
{
    const qint64 id = cycleId();
    exportTo(tr("Attendance over the cycle"), [this, id](const QString &folder) {
        return CycleExport::attendance(archive(), id, Clock::today(), folder);
    });
}

} // namespace tavolo
