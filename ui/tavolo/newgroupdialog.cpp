#include "newgroupdialog.h"

#include "core/rules/grouprules.h"

#include <QFormLayout>
#include <QLineEdit>

namespace tavolo {

NewGroupDialog::NewGroupDialog(const History &history, QWidget *parent)
    : FormDialog(tr("New working group"), tr("&Create group"), parent)
    , m_history(history)
    , m_name(new QLineEdit(this))
    , m_area(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_area->setObjectName(QStringLiteral("area"));
    m_area->setAccessibleName(tr("Area"));
    m_area->setPlaceholderText(tr("e.g. Minori, giovani e famiglie"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Area:"), m_area);
    watch(m_name);
    setCheck([this] { return GroupRules::addProblems(m_history, group()); });
}

WorkingGroup NewGroupDialog::group() const
{
    WorkingGroup g;
    g.name = m_name->text().trimmed();
    g.area = m_area->text().trimmed();
    return g;
}

} // namespace tavolo
