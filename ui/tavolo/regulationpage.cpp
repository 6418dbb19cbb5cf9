#include "regulationpage.h"

#include "amenddialog.h"
#include "core/domain/clock.h"
#include "core/rules/composition.h"
#include "core/rules/ruletext.h"
#include "core/storage/regulationstore.h"
#include "problemview.h"
#include "storecommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

namespace {
QString seatsText(const Regulation &r)
{
    int total = 0;
    for (const int n : r.seats)
        total += n;
    return QString::number(total);
}
} // namespace

RegulationPage::RegulationPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_current(new QLabel(this))
    , m_versions(new QTreeWidget(this))
    , m_outcome(new ProblemView(this))
{
    auto *amend = new QPushButton(tr("&Amend…"), this);
    amend->setObjectName(QStringLiteral("amend"));
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setTextFormat(Qt::RichText);
    m_current->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setAccessibleName(tr("Versions of the regulation"));
    m_versions->setRootIsDecorated(true);
    m_versions->setAlternatingRowColors(true);
    m_versions->setHeaderLabels({tr("In force from"), tr("Meetings a year"), tr("Notice (days)"),
                                 tr("Request threshold"), tr("Days to convene"), tr("Seats"),
                                 tr("Approvals")});

    auto *actions = new QHBoxLayout;
    actions->addWidget(amend);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);
    layout->addWidget(m_current);
    auto *versionsLabel =
        new QLabel(tr("&Versions (each amendment approved by every member):"), this);
    versionsLabel->setBuddy(m_versions);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_versions, 1);
    connect(amend, &QPushButton::clicked, this, &RegulationPage::amend);
}

void RegulationPage::refresh()
{
    const History &h = history();
    const QDate today = Clock::today();
    const Regulation r = CompositionRules::regulationOn(h, today);
    m_current->setText(
        tr("<h3>In force on %1</h3>At least <b>%2</b> meetings a year, convened with <b>%3</b> "
           "days' notice; a request signed by <b>%4</b> of the representatives obliges a "
           "convocation within <b>%5</b> days; <b>%6</b> seats for the third sector.")
            .arg(RuleText::day(today))
            .arg(r.minMeetingsPerYear)
            .arg(r.noticeDays)
            .arg(r.thresholdText())
            .arg(r.requestDeadlineDays)
            .arg(seatsText(r)));
    m_versions->clear();
    const Regulation seed = Regulation::seed();
    new QTreeWidgetItem(m_versions,
                        {tr("the seed (before any amendment)"),
                         QString::number(seed.minMeetingsPerYear), QString::number(seed.noticeDays),
                         seed.thresholdText(), QString::number(seed.requestDeadlineDays),
                         seatsText(seed), QString()});
    for (const Regulation &v : h.amendments) {
        auto *item =
            new QTreeWidgetItem(m_versions,
                                {RuleText::day(v.effective), QString::number(v.minMeetingsPerYear),
                                 QString::number(v.noticeDays), v.thresholdText(),
                                 QString::number(v.requestDeadlineDays), seatsText(v),
                                 QString::number(v.approvals.size())});
        item->setToolTip(6, RuleText::people(h, v.approvals));
        for (const qint64 id : v.approvals)
            new QTreeWidgetItem(item,
                                {QString(), QString(), QString(), QString(), QString(), QString(),
                                 h.personName(id)});
    }
    for (int c = 0; c < m_versions->columnCount(); ++c)
        m_versions->resizeColumnToContents(c);
}

void RegulationPage::amend()
{
    AmendDialog dialog(history(), Clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Amendment a = dialog.amendment();
    Archive &ar = archive();
    // Not undoable: an approved amendment is part of the history (R-H, R-J).
    m_outcome->setProblems(StoreCommand::run(undoStack(), tr("Amend regulation"), [&ar, a] {
                               return RegulationStore(ar).amend(a);
                           }).problems());
}

} // namespace tavolo
