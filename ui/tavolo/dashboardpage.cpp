#include "dashboardpage.h"

#include "asofdate.h"
#include "core/rules/compliance.h"
#include "core/rules/grouprules.h"
#include "core/rules/ruletext.h"
#include "meetingschart.h"
#include "problemview.h"
#include "tavolopages.h"
#include "ui/cycle/cyclesummary.h"
#include "ui/objectives/indicatorsummary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace tavolo {

DashboardPage::DashboardPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_date(new AsOfDate(this))
    , m_verdict(new QLabel(this))
    , m_meetings(new QLabel(this))
    , m_summary(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_chart(new MeetingsChart(this))
{
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_meetings->setWordWrap(true);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setColumnCount(2);
    m_summary->setHeaderLabels({tr("What"), tr("State")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->setRootIsDecorated(true);
    // Every line is one line of text: the view need not measure each one at every refresh.
    m_summary->setUniformRowHeights(true);

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    auto *fix = m_fix = new QPushButton(tr("&Go to the page that fixes it"), this);
    fix->setObjectName(QStringLiteral("fix"));

    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Meetings held per year"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(m_verdict, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_meetings);
    left->addWidget(m_summary, 1);
    auto *right = new QVBoxLayout;
    auto *problemsLabel = new QLabel(tr("&Problems (double-click to fix):"), this);
    problemsLabel->setBuddy(m_problems);
    right->addWidget(problemsLabel);
    right->addWidget(m_problems, 3);
    right->addWidget(fix, 0, Qt::AlignRight);
    right->addWidget(m_chart, 2);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_date, &AsOfDate::dateChanged, this, [this] { refresh(); });
    connect(m_problems, &QListWidget::itemActivated, this, [this] { openProblem(); });
    connect(fix, &QPushButton::clicked, this, [this] { openProblem(); });
}

void DashboardPage::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate DashboardPage::date() const
{
    return m_date->date();
}

void DashboardPage::openProblem()
{
    auto *item = m_problems->currentItem();
    if (item && !item->data(Qt::UserRole).toString().isEmpty())
        emit navigateTo(item->data(Qt::UserRole).toString());
}

void DashboardPage::refresh()
{
    const QDate day = m_date->date();
    const History &h = history();
    const Compliance c = ComplianceRules::on(h, day);

    const int refused = int(refusalsOf(c.problems).size());
    const int warnings = int(warningsOf(c.problems).size());
    if (c.problems.isEmpty())
        m_verdict->setText(tr("Everything is in order on %1.").arg(RuleText::day(day)));
    else if (refused == 0)
        m_verdict->setText(
            tr("In order on %1, with %n warning(s).", nullptr, warnings).arg(RuleText::day(day)));
    else
        m_verdict->setText(tr("Not in order on %1: %n problem(s) to fix.", nullptr, refused)
                               .arg(RuleText::day(day)));
    m_verdict->setStyleSheet(refused        ? QStringLiteral("color:#b00020")
                                 : warnings ? QStringLiteral("color:#8a5a00")
                                            : QStringLiteral("color:#1b5e20"));

    // Meetings (R-C): this year against the minimum, and the next convened one.
    const Meeting *next = nullptr;
    for (const Meeting &m : h.meetings)
        if (m.state == MeetingState::Convened && m.date >= day && (!next || m.date < next->date))
            next = &m;
    QString meetings = tr("Meetings in %1: %n held or convened, at least %2 required.", nullptr,
                          c.meetingsThisYear)
                           .arg(day.year())
                           .arg(c.composition.regulation.minMeetingsPerYear);
    meetings += QLatin1Char(' ');
    meetings += next
        ? tr("Next convened meeting: %1%2, %3.")
              .arg(RuleText::day(next->date),
                   next->time.isValid()
                       ? QLatin1Char(' ') + next->time.toString(QStringLiteral("HH:mm"))
                       : QString(),
                   next->place.isEmpty() ? next->onlineLink : next->place)
        : tr("No meeting is convened.");
    m_meetings->setText(meetings);

    m_summary->clear();
    auto *offices = new QTreeWidgetItem(m_summary, {tr("Mandatory offices (R-A, R-B)")});
    for (const OfficeHolding &o : c.composition.offices) {
        QString who = o.holder ? h.personName(o.holder->personId) : tr("— vacant —");
        if (o.delegation)
            who += tr(" (delegate: %1)").arg(h.personName(o.delegation->delegateId));
        auto *item = new QTreeWidgetItem(offices, {Offices::label(o.office), who});
        if (!o.sitting())
            item->setIcon(1, ProblemView::icon(Severity::Refused));
    }
    int filled = 0;
    int seats = 0;
    for (const CategorySeats &s : c.composition.categories) {
        filled += int(s.holders.size());
        seats += s.seats;
    }
    auto *categories = new QTreeWidgetItem(
        m_summary, {tr("Seats (R-E)"), tr("%n of %1 filled", nullptr, filled).arg(seats)});
    for (const CategorySeats &s : c.composition.categories) {
        auto *item = new QTreeWidgetItem(
            categories,
            {Categories::label(s.category),
             tr("%n of %1 filled", nullptr, int(s.holders.size())).arg(s.seats)});
        if (s.vacancies() > 0)
            item->setIcon(1, ProblemView::icon(Severity::Warning));
    }
    auto *requests = new QTreeWidgetItem(m_summary, {tr("Open requests (R-D)")});
    for (const RequestStatus &r : c.requests) {
        if (r.answeredBy)
            continue;
        const ConvocationRequest *req = h.request(r.requestId);
        const QString when = req ? RuleText::day(req->date) : QString();
        auto *item =
            new QTreeWidgetItem(requests,
                                {tr("Request of %1").arg(when),
                                 r.overdue ? tr("overdue since %1").arg(RuleText::day(r.deadline))
                                           : tr("%n day(s) left", nullptr, r.daysLeft)});
        item->setIcon(1, ProblemView::icon(r.overdue ? Severity::Refused : Severity::Warning));
    }
    requests->setText(
        1, requests->childCount() ? QString::number(requests->childCount()) : tr("none"));
    auto *groups = new QTreeWidgetItem(m_summary, {tr("Groups awaiting a coordinator (R-I)")});
    for (const WorkingGroup &g : h.groups) {
        if (g.coordinator)
            continue;
        const bool flagged = GroupRules::isFlagged(g, day);
        auto *item =
            new QTreeWidgetItem(groups,
                                {g.name,
                                 flagged ? tr("flagged: first meeting held without ratifying one")
                                     : g.proposedCoordinator
                                     ? tr("proposed: %1").arg(h.personName(*g.proposedCoordinator))
                                     : tr("none proposed")});
        if (flagged)
            item->setIcon(1, ProblemView::icon(Severity::Refused));
    }
    groups->setText(1, groups->childCount() ? QString::number(groups->childCount()) : tr("none"));
    CycleSummary::addTo(m_summary, h, day); // the Piano di Zona (R-L, R-M)
    IndicatorSummary::addTo(m_summary, h, day); // the objectives (seed 002)
    m_summary->expandAll();
    // A line cut by the column's width (a delegate's name after the holder's) stays readable.
    for (QTreeWidgetItemIterator it(m_summary); *it; ++it)
        for (int column = 0; column < m_summary->columnCount(); ++column)
            (*it)->setToolTip(column, (*it)->text(column));

    m_problems->clear();
    for (const Severity s : {Severity::Refused, Severity::Warning})
        for (const Problem &p : c.problems) {
            if (p.severity != s)
                continue;
            auto *item =
                new QListWidgetItem(ProblemView::icon(p.severity),
                                    QStringLiteral("%1 (%2)").arg(p.message, p.rule), m_problems);
            item->setData(Qt::UserRole, TavoloPages::pageForRule(p.rule));
            item->setToolTip(p.message);
        }
    if (c.problems.isEmpty())
        new QListWidgetItem(tr("No problems: the Tavolo is in order."), m_problems);
    m_fix->setEnabled(!c.problems.isEmpty());
    fillChart();
}

void DashboardPage::fillChart()
{
    QMap<int, int> held;
    for (const Meeting &m : history().meetings)
        if (m.state == MeetingState::Held && m.date <= m_date->date())
            ++held[m.date.year()];
    m_chart->setHeld(held);
}

} // namespace tavolo
