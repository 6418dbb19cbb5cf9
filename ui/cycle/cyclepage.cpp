#include "cyclepage.h"

#include "adhesionspanel.h"
#include "attendancepanel.h"
#include "callspanel.h"
#include "core/rules/ruletext.h"
#include "cyclecommands.h"
#include "cycledialog.h"
#include "tablespanel.h"
#include "ui/tavolo/pickers.h"
#include "ui/tavolo/problemview.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tavolo {

CyclePage::CyclePage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    // Without access keys on the page, as the groups page: with a table's meeting shown, its
    // buttons and the tabs' use more letters than Italian has for them.
    , m_cycles(new QComboBox(this))
    , m_edit(new QPushButton(tr("Edit cycle…"), this))
    , m_summary(new QLabel(this))
    , m_outcome(new ProblemView(this))
    , m_written(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    auto *create = new QPushButton(tr("New cycle…"), this);
    create->setObjectName(QStringLiteral("newCycle"));
    m_edit->setObjectName(QStringLiteral("editCycle"));
    m_cycles->setObjectName(QStringLiteral("cycles"));
    m_cycles->setAccessibleName(tr("Cycle"));
    m_cycles->setMinimumContentsLength(24);
    m_summary->setObjectName(QStringLiteral("cycleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->setObjectName(QStringLiteral("written"));
    m_written->setWordWrap(true);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->hide();
    m_tabs->setObjectName(QStringLiteral("cycleTabs"));

    auto *calls = new CallsPanel(archive, undo, this);
    auto *tables = new TablesPanel(archive, undo, this);
    auto *adhesions = new AdhesionsPanel(archive, undo, this);
    auto *attendance = new AttendancePanel(archive, undo, this);
    m_tabs->addTab(calls, tr("Calls and submissions"));
    m_tabs->addTab(tables, tr("Planning tables"));
    m_tabs->addTab(adhesions, tr("Programme agreement"));
    m_tabs->addTab(attendance, tr("Attendance"));
    m_panels = {calls, tables, adhesions, attendance};
    for (CyclePanel *panel : std::as_const(m_panels)) {
        connect(panel, &CyclePanel::outcome, this, [this](const Problems &problems) {
            m_written->hide();
            m_outcome->setProblems(problems);
        });
        connect(panel, &CyclePanel::written, this, &CyclePage::showWritten);
    }

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Cycle:"), this);
    label->setBuddy(m_cycles);
    top->addWidget(label);
    top->addWidget(m_cycles);
    top->addWidget(create);
    top->addWidget(m_edit);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_outcome);
    layout->addWidget(m_written);
    layout->addWidget(m_tabs, 1);

    connect(create, &QPushButton::clicked, this, &CyclePage::newCycle);
    connect(m_edit, &QPushButton::clicked, this, &CyclePage::editCycle);
    connect(m_cycles, &QComboBox::currentIndexChanged, this, [this] { showCycle(); });
}

qint64 CyclePage::currentCycle() const
{
    return pickers::currentId(m_cycles);
}

void CyclePage::selectCycle(qint64 id)
{
    pickers::selectId(m_cycles, id);
}

void CyclePage::refresh()
{
    {
        const QSignalBlocker block(m_cycles);
        const qint64 keep = currentCycle();
        m_cycles->clear();
        for (const PlanningCycle &c : history().cycles)
            m_cycles->addItem(c.name, c.id);
        // The latest cycle first shown: the one in progress, as a rule.
        m_cycles->setCurrentIndex(m_cycles->count() - 1);
        pickers::selectId(m_cycles, keep);
    }
    showCycle();
}

void CyclePage::showCycle()
{
    const History &h = history();
    const PlanningCycle *c = h.cycle(currentCycle());
    m_edit->setEnabled(c);
    m_tabs->setEnabled(c);
    if (!c)
        m_summary->setText(tr("No Piano di Zona cycle yet: create the first with «New cycle…» "
                              "(its three years, sub-areas and comuni)."));
    else {
        QStringList parts;
        parts << tr("%1, from %2 to %3.")
                     .arg(c->name, RuleText::day(c->period.from), RuleText::day(c->period.to));
        QStringList subAreas;
        for (const SubArea &s : c->subAreas)
            subAreas << (s.comuni.isEmpty()
                             ? s.name
                             : tr("%1 (%n comuni)", nullptr, int(s.comuni.size())).arg(s.name));
        parts << (subAreas.isEmpty()
                      ? tr("No sub-areas: every table is at Ambito level.")
                      : tr("Sub-areas: %1.").arg(subAreas.join(QStringLiteral(", "))));
        parts << (c->planApproved ? tr("Plan approved on %1 (%2).")
                                        .arg(RuleText::day(c->planApproved->date),
                                             c->planApproved->actReference)
                                  : tr("Plan not approved yet."));
        parts << (c->agreementSigned ? tr("Programme agreement signed on %1 (%2).")
                                           .arg(RuleText::day(c->agreementSigned->date),
                                                c->agreementSigned->actReference)
                                     : tr("Programme agreement not signed yet."));
        m_summary->setText(parts.join(QLatin1Char(' ')));
        QStringList comuni;
        for (const SubArea &s : c->subAreas)
            comuni << QStringLiteral("%1: %2").arg(s.name, s.comuni.join(QStringLiteral(", ")));
        m_summary->setToolTip(comuni.join(QLatin1Char('\n')));
    }
    for (CyclePanel *panel : std::as_const(m_panels))
        panel->showCycle(h, c ? c->id : 0);
}

void CyclePage::showWritten(const QString &path)
{
    m_written->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    m_written->show();
}

void CyclePage::newCycle()
{
    CycleDialog dialog(history(), PlanningCycle {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added = CycleCommands(archive(), undoStack()).addCycle(dialog.cycle());
    m_outcome->setProblems(added.problems());
    if (added) {
        reload();
        selectCycle(added.value());
    }
}

void CyclePage::editCycle()
{
    const PlanningCycle *c = history().cycle(currentCycle());
    if (!c)
        return;
    CycleDialog dialog(history(), *c, this);
    if (dialog.exec() == QDialog::Accepted)
        m_outcome->setProblems(
            CycleCommands(archive(), undoStack()).updateCycle(dialog.cycle()).problems());
}

} // namespace tavolo
