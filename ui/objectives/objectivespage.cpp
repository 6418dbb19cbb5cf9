#include "objectivespage.h"

#include "core/domain/clock.h"
#include "core/rules/objectiverules.h"
#include "ganttview.h"
#include "indicatorsview.h"
#include "objectivecommands.h"
#include "objectivesheet.h"
#include "objectivetext.h"
#include "phasetablemodel.h"
#include "recorddialog.h"
#include "ui/tavolo/asofdate.h"
#include "ui/tavolo/problemview.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tavolo {

ObjectivesPage::ObjectivesPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    // Without access keys on the page, as the cycle's: its tables and buttons would need more
    // letters than Italian has for them.
    , m_date(new AsOfDate(this))
    , m_objectives(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_outcome(new ProblemView(this))
    , m_tabs(new QTabWidget(this))
    , m_phases(new PhaseTableModel(this))
    , m_phaseTable(new QTableView(this))
    , m_gantt(new GanttView(this))
    , m_indicators(new IndicatorsView(this))
    , m_record(new QPushButton(tr("Record a value…"), this))
    , m_counted(new QPushButton(tr("What was counted…"), this))
    , m_sheet(new ObjectiveSheet(this))
{
    auto *import = new QPushButton(tr("Import a sheet (JSON)…"), this);
    import->setObjectName(QStringLiteral("importSheet"));
    import->setToolTip(tr("Applies a file of operations such as objective.add, as tavolo-cli "
                          "apply does (docs/examples/objective-2019-zn20.json)."));
    m_objectives->setObjectName(QStringLiteral("objectives"));
    m_objectives->setAccessibleName(tr("Objectives"));
    m_objectives->setMaximumWidth(280);
    m_objectives->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setObjectName(QStringLiteral("outcome"));

    m_phases->setEditor([this](const ObjectivePhase &changed) { return editPhase(changed); });
    m_phaseTable->setObjectName(QStringLiteral("phases"));
    m_phaseTable->setAccessibleName(tr("Phases"));
    m_phaseTable->setModel(m_phases);
    m_phaseTable->verticalHeader()->hide();
    m_phaseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phaseTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_phaseTable->setWordWrap(false);
    m_phaseTable->setToolTip(tr("Double-click a cell to change it: weight, days, progress, "
                                "responsible, centre, notes. Delete clears an actual day."));
    // Delete on an actual day clears it (not started, not finished yet); the rules answer.
    auto *clearDay = new QAction(tr("Clear the day"), m_phaseTable);
    clearDay->setObjectName(QStringLiteral("clearDay"));
    clearDay->setShortcut(QKeySequence::Delete);
    clearDay->setShortcutContext(Qt::WidgetShortcut);
    m_phaseTable->addAction(clearDay);
    connect(clearDay, &QAction::triggered, this, [this] {
        const QModelIndex cell = m_phaseTable->currentIndex();
        if (cell.column() == PhaseTableModel::ActualStart
            || cell.column() == PhaseTableModel::ActualEnd)
            m_phases->setData(cell, QVariant(), Qt::EditRole);
    });
    m_gantt->setObjectName(QStringLiteral("gantt"));
    m_record->setObjectName(QStringLiteral("recordValue"));
    m_counted->setObjectName(QStringLiteral("showCounted"));

    auto *indicators = new QWidget(this);
    auto *indicatorButtons = new QHBoxLayout;
    indicatorButtons->addStretch();
    indicatorButtons->addWidget(m_counted);
    indicatorButtons->addWidget(m_record);
    auto *indicatorsLayout = new QVBoxLayout(indicators);
    indicatorsLayout->setContentsMargins(0, 0, 0, 0);
    indicatorsLayout->addWidget(new QLabel(tr("Indicators, expected against actual:"), this));
    indicatorsLayout->addWidget(m_indicators, 1);
    indicatorsLayout->addLayout(indicatorButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_phaseTable);
    split->addWidget(m_gantt);
    split->addWidget(indicators);
    // A few phases, the chart, then the indicators: the first sizes are in these proportions.
    split->setSizes({110, 190, 160});
    auto *sheetScroll = new QScrollArea(this);
    sheetScroll->setWidgetResizable(true);
    sheetScroll->setWidget(m_sheet);
    m_tabs->setObjectName(QStringLiteral("objectiveTabs"));
    m_tabs->addTab(split, tr("Phases and indicators"));
    m_tabs->addTab(sheetScroll, tr("Sheet"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addStretch();
    top->addWidget(import);
    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_outcome);
    right->addWidget(m_tabs, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_objectives);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_date, &AsOfDate::dateChanged, this, [this] { showObjective(); });
    connect(m_objectives, &QListWidget::currentRowChanged, this, [this] {
        m_outcome->setProblems({});
        showObjective();
    });
    connect(import, &QPushButton::clicked, this, &ObjectivesPage::importSheet);
    connect(m_record, &QPushButton::clicked, this, &ObjectivesPage::recordValue);
    connect(m_counted, &QPushButton::clicked, m_indicators, &IndicatorsView::showCounted);
    connect(m_indicators, &QTreeWidget::currentItemChanged, this, [this] {
        const Indicator *i = ObjectiveRules::indicator(history(), m_indicators->currentIndicator());
        m_record->setEnabled(i && !i->isComputed());
        m_counted->setEnabled(i && i->isComputed());
    });
}

void ObjectivesPage::setDate(QDate date)
{
    m_date->setDate(date);
}

qint64 ObjectivesPage::currentObjective() const
{
    const QListWidgetItem *item = m_objectives->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ObjectivesPage::selectObjective(qint64 id)
{
    for (int row = 0; row < m_objectives->count(); ++row)
        if (m_objectives->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_objectives->setCurrentRow(row);
}

void ObjectivesPage::refresh()
{
    {
        const QSignalBlocker block(m_objectives);
        const qint64 keep = currentObjective();
        m_objectives->clear();
        for (const Objective &o : history().objectives) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1\n%2").arg(o.code, o.title), m_objectives);
            item->setData(Qt::UserRole, o.id);
            item->setToolTip(o.title);
        }
        m_objectives->setCurrentRow(m_objectives->count() - 1); // the latest, as a rule
        selectObjective(keep);
    }
    showObjective();
}

void ObjectivesPage::showObjective()
{
    const Objective *o = history().objective(currentObjective());
    m_tabs->setEnabled(o);
    m_sheet->setObjective(o);
    m_record->setEnabled(false);
    m_counted->setEnabled(false);
    if (!o) {
        m_heading->setText(tr("No objective yet: import a sheet with «Import a sheet (JSON)…» "
                              "or apply one with tavolo-cli apply (objective.add)."));
        m_phases->setPhases({});
        m_gantt->clear();
        m_indicators->clear();
        return;
    }
    m_heading->setText(tr("%1 – %2 (%3, %4): progress weighted by phase %5%")
                           .arg(o->code, o->title, o->type, ObjectiveText::years(*o),
                                ObjectiveText::amount(o->weightedProgress())));
    m_phases->setPhases(o->phases);
    m_phaseTable->resizeColumnsToContents();
    // The long texts cut (their tooltips and editors have all of them), so that the days,
    // progress and responsible fit beside the phase's name.
    const int letter = m_phaseTable->fontMetrics().averageCharWidth();
    for (const auto &[column, letters] :
         {std::pair {PhaseTableModel::Description, 44},
          std::pair {PhaseTableModel::Responsible, 22}, std::pair {PhaseTableModel::Centre, 18},
          std::pair {PhaseTableModel::Notes, 30}})
        m_phaseTable->setColumnWidth(column,
                                     qMin(m_phaseTable->columnWidth(column), letter * letters));
    m_gantt->setObjective(*o, m_date->date());
    m_indicators->setIndicators(history(), *o, m_date->date());
}

bool ObjectivesPage::editPhase(const ObjectivePhase &changed)
{
    const Result<qint64> done =
        ObjectiveCommands(archive(), undoStack()).updatePhase(history(), changed);
    m_outcome->setProblems(done.problems());
    return bool(done);
}

void ObjectivesPage::importSheet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an objective sheet"),
                                                      QString(), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        applyFile(path);
}

void ObjectivesPage::applyFile(const QString &path)
{
    int applied = 0;
    Problems problems = ObjectiveCommands(archive(), undoStack()).applyFile(path, &applied);
    if (applied > 0)
        problems.prepend(Problem::warning(
            QStringLiteral("FILE"), tr("%n operation(s) of the file applied.", nullptr, applied)));
    reload();
    m_outcome->setProblems(problems);
}

void ObjectivesPage::recordValue()
{
    const Indicator *i = ObjectiveRules::indicator(history(), m_indicators->currentIndicator());
    if (!i || i->isComputed())
        return;
    RecordDialog dialog(history(), *i, m_date->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_outcome->setProblems(
        ObjectiveCommands(archive(), undoStack()).record(i->id, dialog.reading()).problems());
}

} // namespace tavolo
