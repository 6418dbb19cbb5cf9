#include "tabledialog.h"

#include "core/rules/cyclerules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tavolo {

TableDialog::TableDialog(const History &history, const PlanningCycle &cycle, QWidget *parent)
    : FormDialog(tr("New planning table of %1").arg(cycle.name), tr("&Create table"), parent)
    , m_history(history)
    , m_cycle(cycle.id)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_areas(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    for (const TableKind k : {TableKind::Target, TableKind::Plenary, TableKind::CoProgramming})
        m_kind->addItem(CycleTerms::tableKindLabel(k), int(k));
    m_kind->setAccessibleName(tr("Kind"));
    m_level->addItem(tr("the whole Ambito"), QString());
    for (const SubArea &s : cycle.subAreas)
        m_level->addItem(tr("sub-area %1").arg(s.name), s.name);
    m_level->setAccessibleName(tr("Level"));
    m_areas->setAccessibleName(tr("Transversal areas"));
    m_areas->setPlaceholderText(tr("separated by semicolons"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Level:"), m_level);
    form()->addRow(tr("Transversal &areas:"), m_areas);
    watchQuietly(m_name, QStringLiteral("name"));
    watch(m_kind);
    watch(m_level);
    watch(m_areas);
    setCheck([this] { return CycleRules::tableProblems(m_history, table()); });
    resize(560, 240);
}

PlanningTable TableDialog::table() const
{
    PlanningTable t;
    t.cycleId = m_cycle;
    t.name = m_name->text().trimmed();
    t.kind = TableKind(m_kind->currentData().toInt());
    t.level = m_level->currentData().toString();
    for (const QString &area : m_areas->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!area.trimmed().isEmpty())
            t.areas << area.trimmed();
    return t;
}

} // namespace tavolo
