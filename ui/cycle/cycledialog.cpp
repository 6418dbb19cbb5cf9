#include "cycledialog.h"

#include "core/domain/clock.h"
#include "core/rules/cyclerules.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tavolo {

CycleDialog::CycleDialog(const History &history, const PlanningCycle &cycle, QWidget *parent)
    : FormDialog(cycle.id ? tr("Edit %1").arg(cycle.name) : tr("New Piano di Zona cycle"),
                 cycle.id ? tr("&Save") : tr("&Create"), parent)
    , m_history(history)
    , m_id(cycle.id)
    , m_name(new QLineEdit(cycle.name, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_subAreas(new QPlainTextEdit(subAreasText(cycle.subAreas), this))
{
    const int year = Clock::today().year();
    m_from->setDate(cycle.period.from.isValid() ? cycle.period.from : QDate(year, 1, 1));
    m_to->setDate(cycle.period.to.isValid() ? cycle.period.to : QDate(year + 2, 12, 31));
    for (QDateEdit *d : {m_from, m_to})
        d->setCalendarPopup(true);
    m_name->setObjectName(QStringLiteral("cycleName"));
    m_name->setPlaceholderText(tr("Piano di Zona 2024-2026"));
    m_name->setAccessibleName(tr("Name"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_subAreas->setObjectName(QStringLiteral("subAreas"));
    m_subAreas->setAccessibleName(tr("Sub-areas"));
    m_subAreas->setTabChangesFocus(true);
    m_subAreas->setPlaceholderText(tr("One sub-area a line: «Casalasco: Casalmaggiore, "
                                      "Calvatone, …»"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&From:"), m_from);
    form()->addRow(tr("&To:"), m_to);
    form()->addRow(tr("S&ub-areas:"), m_subAreas);
    m_plan = addAct(tr("&Plan approved:"), cycle.planApproved);
    m_agreement = addAct(tr("Programme a&greement:"), cycle.agreementSigned);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_from),
                           static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_subAreas)})
        watch(field);
    setCheck([this] {
        const PlanningCycle c = this->cycle();
        return c.id ? CycleRules::updateProblems(m_history, c)
                    : CycleRules::addProblems(m_history, c);
    });
    resize(640, 480);
}

CycleDialog::ActFields CycleDialog::addAct(const QString &label,
                                           const std::optional<ActRecord> &act)
{
    ActFields f {new QCheckBox(tr("on"), this), new QDateEdit(this), new QLineEdit(this)};
    f.done->setChecked(act.has_value());
    f.date->setCalendarPopup(true);
    f.date->setDate(act ? act->date : Clock::today());
    f.reference->setText(act ? act->actReference : QString());
    f.reference->setPlaceholderText(tr("the act: «Deliberazione n. 9/2021»"));
    const QString name = QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    f.done->setAccessibleName(name);
    f.date->setAccessibleName(tr("%1: date").arg(name));
    f.reference->setAccessibleName(tr("%1: act").arg(name));
    auto *row = new QHBoxLayout;
    row->addWidget(f.done);
    row->addWidget(f.date);
    row->addWidget(f.reference, 1);
    form()->addRow(label, row);
    const auto enable = [f] {
        f.date->setEnabled(f.done->isChecked());
        f.reference->setEnabled(f.done->isChecked());
    };
    enable();
    connect(f.done, &QCheckBox::toggled, this, enable);
    for (QWidget *field : {static_cast<QWidget *>(f.done), static_cast<QWidget *>(f.date),
                           static_cast<QWidget *>(f.reference)})
        watch(field);
    return f;
}

std::optional<ActRecord> CycleDialog::actOf(const ActFields &fields)
{
    if (!fields.done->isChecked())
        return std::nullopt;
    return ActRecord {fields.date->date(), fields.reference->text().trimmed()};
}

PlanningCycle CycleDialog::cycle() const
{
    PlanningCycle c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.period = {m_from->date(), m_to->date()};
    c.subAreas = subAreasFrom(m_subAreas->toPlainText());
    c.planApproved = actOf(m_plan);
    c.agreementSigned = actOf(m_agreement);
    return c;
}

QString CycleDialog::subAreasText(const QList<SubArea> &subAreas)
{
    QStringList lines;
    for (const SubArea &s : subAreas)
        lines << (s.comuni.isEmpty()
                      ? s.name
                      : QStringLiteral("%1: %2").arg(s.name, s.comuni.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

QList<SubArea> CycleDialog::subAreasFrom(const QString &text)
{
    QList<SubArea> subAreas;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        SubArea s {line.left(colon).trimmed(), {}};
        if (colon >= 0)
            for (const QString &comune : line.mid(colon + 1).split(QLatin1Char(',')))
                if (!comune.trimmed().isEmpty())
                    s.comuni << comune.trimmed();
        if (!s.name.isEmpty())
            subAreas << s;
    }
    return subAreas;
}

} // namespace tavolo
