#include "adhesionspanel.h"

#include "adhesiondialog.h"
#include "core/domain/clock.h"
#include "core/exports/cycleexport.h"
#include "core/rules/ruletext.h"
#include "cyclecommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

AdhesionsPanel::AdhesionsPanel(Archive &archive, QUndoStack *undo, QWidget *parent)
    : CyclePanel(archive, undo, parent)
    , m_adhesions(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Record adhesion…"), this))
    , m_export(new QPushButton(tr("List of adherents…"), this))
{
    m_add->setObjectName(QStringLiteral("addAdhesion"));
    m_export->setObjectName(QStringLiteral("exportAdherents"));
    m_adhesions->setObjectName(QStringLiteral("adhesions"));
    m_adhesions->setAccessibleName(tr("Adhesions"));
    m_adhesions->setRootIsDecorated(false);
    m_adhesions->setAlternatingRowColors(true);
    m_adhesions->setHeaderLabels({tr("Body"), tr("Requested on"), tr("Act")});
    m_adhesions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch();
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_adhesions, 1);
    layout->addLayout(actions);
    connect(m_add, &QPushButton::clicked, this, &AdhesionsPanel::addAdhesion);
    connect(m_export, &QPushButton::clicked, this, &AdhesionsPanel::exportAdherents);
}

void AdhesionsPanel::refresh()
{
    m_adhesions->clear();
    for (const Adhesion &a : history().adhesions) {
        if (a.cycleId != cycleId())
            continue;
        new QTreeWidgetItem(
            m_adhesions,
            {history().organisationName(a.organisationId), RuleText::day(a.requested),
             a.actDate.isValid() ? tr("%1 of %2").arg(a.actReference, RuleText::day(a.actDate))
                                 : tr("awaiting the act")});
    }
    m_add->setEnabled(cycle());
    m_export->setEnabled(cycle());
}

void AdhesionsPanel::addAdhesion()
{
    if (!cycle())
        return;
    AdhesionDialog dialog(history(), cycleId(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(CycleCommands(archive(), undoStack()).addAdhesion(dialog.adhesion()));
}

void AdhesionsPanel::exportAdherents()
{
    const qint64 id = cycleId();
    exportTo(tr("List of adherents"), [this, id](const QString &folder) {
        return CycleExport::adherents(archive(), id, Clock::today(), folder);
    });
}

} // namespace tavolo
