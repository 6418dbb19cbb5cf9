#include "compositionpage.h"

#include "asofdate.h"
#include "compositioncommands.h"
#include "core/rules/composition.h"
#include "core/rules/ruletext.h"
#include "designatedialog.h"
#include "enddesignationdialog.h"
#include "officedialog.h"
#include "problemview.h"
#include "ui/dates.h"
#include "ui/printjobs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tavolo {

namespace {
enum TermRole { DesignationIdRole = Qt::UserRole + 1 };
}

CompositionPage::CompositionPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_date(new AsOfDate(tr("Composition &on:"), tr("Composition on"), this))
    , m_composition(new QTreeWidget(this))
    , m_terms(new QTreeWidget(this))
    , m_outcome(new ProblemView(this))
{

    auto *designate = new QPushButton(tr("&Designate…"), this);
    auto *end = new QPushButton(tr("E&nd designation…"), this);
    auto *assign = new QPushButton(tr("&Assign office…"), this);
    auto *delegate = new QPushButton(tr("Add de&legation…"), this);
    designate->setObjectName(QStringLiteral("designate"));
    end->setObjectName(QStringLiteral("endDesignation"));
    assign->setObjectName(QStringLiteral("assignOffice"));
    delegate->setObjectName(QStringLiteral("addDelegation"));

    m_composition->setObjectName(QStringLiteral("composition"));
    m_composition->setAccessibleName(tr("Composition"));
    m_composition->setHeaderLabels({tr("Office or seat"), tr("Who"), tr("Since"), tr("Act")});
    m_composition->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_composition->setAlternatingRowColors(true);

    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setAccessibleName(tr("History of terms"));
    m_terms->setRootIsDecorated(false);
    m_terms->setSortingEnabled(true);
    m_terms->setAlternatingRowColors(true);
    m_terms->setHeaderLabels(
        {tr("From"), tr("To"), tr("Office or seat"), tr("Who"), tr("Organisation"), tr("Act")});

    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addStretch();
    for (QPushButton *b : {designate, end, assign, delegate})
        top->addWidget(b);

    auto *termsBox = new QWidget(this);
    auto *termsLayout = new QVBoxLayout(termsBox);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    auto *termsLabel =
        new QLabel(tr("History of te&rms (who held which seat or office when):"), this);
    termsLabel->setBuddy(m_terms);
    termsLayout->addWidget(termsLabel);
    termsLayout->addWidget(m_terms);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_composition);
    split->addWidget(termsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    connect(m_date, &AsOfDate::dateChanged, this, [this] { fillComposition(); });
    connect(designate, &QPushButton::clicked, this, &CompositionPage::designate);
    connect(end, &QPushButton::clicked, this, &CompositionPage::endDesignation);
    connect(assign, &QPushButton::clicked, this, &CompositionPage::assignOffice);
    connect(delegate, &QPushButton::clicked, this, &CompositionPage::addDelegation);
}

void CompositionPage::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate CompositionPage::date() const
{
    return m_date->date();
}

PrintJob CompositionPage::printJob()
{
    return PrintJobs::composition(archive(), m_date->date());
}

void CompositionPage::refresh()
{
    fillComposition();
    fillTerms();
}

void CompositionPage::fillComposition()
{
    const History &h = history();
    const Composition c = CompositionRules::compositionOn(h, m_date->date());
    m_composition->clear();
    auto *offices = new QTreeWidgetItem(m_composition, {tr("Offices (R-A, R-B)")});
    for (const OfficeHolding &o : c.offices) {
        auto *item = new QTreeWidgetItem(offices, {Offices::label(o.office)});
        if (o.holder) {
            item->setText(1, h.personName(o.holder->personId));
            item->setText(2, RuleText::day(o.holder->period.from));
        } else {
            item->setText(1, tr("— vacant —"));
            item->setIcon(1, ProblemView::icon(Severity::Refused));
        }
        if (o.delegation)
            new QTreeWidgetItem(item,
                                {tr("delegate"), h.personName(o.delegation->delegateId),
                                 RuleText::day(o.delegation->period.from),
                                 o.delegation->actReference});
    }
    for (const CategorySeats &s : c.categories) {
        auto *category = new QTreeWidgetItem(
            m_composition,
            {Categories::label(s.category),
             tr("%n of %1 seat(s) filled", nullptr, int(s.holders.size())).arg(s.seats)});
        for (const Designation &d : s.holders) {
            auto *item =
                new QTreeWidgetItem(category,
                                    {h.organisationName(d.organisationId), h.personName(d.personId),
                                     RuleText::day(d.period.from),
                                     tr("%1 of %2").arg(d.actReference, RuleText::day(d.actDate))});
            item->setData(0, DesignationIdRole, d.id);
        }
        for (int i = 0; i < s.vacancies(); ++i) {
            auto *vacant = new QTreeWidgetItem(category, {tr("vacant seat"), tr("— vacant —")});
            vacant->setIcon(1, ProblemView::icon(Severity::Warning));
        }
    }
    m_composition->expandAll();
    m_composition->resizeColumnToContents(1);
}

void CompositionPage::fillTerms()
{
    const History &h = history();
    m_terms->setSortingEnabled(false);
    m_terms->clear();
    const auto add = [&](const Period &p, const QString &what, const QString &who,
                         const QString &org, const QString &act) {
        auto *item = new dates::SortableItem(m_terms, {QString(), QString(), what, who, org, act});
        item->setDay(0, p.from);
        item->setDay(1, p.to);
        return item;
    };
    for (const OfficeTerm &t : h.officeTerms)
        add(t.period, Offices::label(t.office), h.personName(t.personId), {}, {});
    for (const Delegation &d : h.delegations)
        add(d.period, tr("%1 (delegate)").arg(Offices::label(d.office)), h.personName(d.delegateId),
            {}, tr("%1 of %2").arg(d.actReference, RuleText::day(d.actDate)));
    for (const Designation &d : h.designations)
        add(d.period, Categories::label(d.category), h.personName(d.personId),
            h.organisationName(d.organisationId),
            tr("%1 of %2").arg(d.actReference, RuleText::day(d.actDate)))
            ->setData(0, DesignationIdRole, d.id);
    m_terms->setSortingEnabled(true);
    m_terms->sortByColumn(0, Qt::DescendingOrder);
    for (int i = 0; i < m_terms->columnCount(); ++i)
        m_terms->resizeColumnToContents(i);
}

void CompositionPage::report(const Result<qint64> &result)
{
    m_outcome->setProblems(result.problems());
}

void CompositionPage::designate()
{
    DesignateDialog dialog(history(), m_date->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Designation d = dialog.designation();
    report(
        CompositionCommands(archive(), undoStack()).designate(d, history().personName(d.personId)));
}

void CompositionPage::endDesignation()
{
    qint64 selected = 0;
    if (auto *item = m_composition->currentItem())
        selected = item->data(0, DesignationIdRole).toLongLong();
    EndDesignationDialog dialog(history(), m_date->date(), selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Not undoable: the end of a term is history (R-J); a wrong end is corrected by the clerk
    // with a new designation.
    report(CompositionCommands(archive(), undoStack())
               .endDesignation(dialog.designationId(), dialog.endDate()));
}

void CompositionPage::assignOffice()
{
    OfficeDialog dialog(OfficeDialog::Mode::Assign, history(), m_date->date(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(CompositionCommands(archive(), undoStack()).assignOffice(dialog.term()));
}

void CompositionPage::addDelegation()
{
    OfficeDialog dialog(OfficeDialog::Mode::Delegate, history(), m_date->date(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(CompositionCommands(archive(), undoStack()).addDelegation(dialog.delegation()));
}

} // namespace tavolo
