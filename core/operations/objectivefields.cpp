#include "objectivefields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

void ObjectiveFields::changeDay(Fields &fields, const QString &name, QDate &day, bool clearable)
{
    const QJsonValue value = fields.raw(name);
    if (value.isUndefined())
        return;
    if (value.isNull() && clearable)
        day = {};
    else
        day = fields.requiredDate(name).value_or(QDate());
}

std::optional<double> ObjectiveFields::number(Fields &fields, const QString &name, bool required)
{
    if (!fields.has(name)) {
        fields.raw(name);
        if (required)
            fields.refuse(name, tr("The field \"%1\" is required (a number).").arg(name));
        return std::nullopt;
    }
    const QJsonValue value = fields.raw(name);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        if (const auto q = Quantity::parse(value.toString()); q && !q->isRatio())
            return q->amount;
    fields.refuse(name, tr("The field \"%1\" must be a number.").arg(name));
    return std::nullopt;
}

std::optional<Quantity> ObjectiveFields::quantity(Fields &fields, const QString &name)
{
    if (!fields.has(name)) {
        fields.raw(name);
        fields.refuse(name,
                      tr("The field \"%1\" is required (a number or a ratio such as "
                         "80/15).")
                          .arg(name));
        return std::nullopt;
    }
    const QJsonValue value = fields.raw(name);
    std::optional<Quantity> q;
    if (value.isDouble() && value.toDouble() >= 0)
        q = Quantity {value.toDouble(), std::nullopt};
    else if (value.isString())
        q = Quantity::parse(value.toString());
    if (!q)
        fields.refuse(name,
                      tr("The field \"%1\" must be a number or a ratio such as 80/15.").arg(name));
    return q;
}

DupLink ObjectiveFields::dupLink(Fields &fields, const QString &name)
{
    if (!fields.has(name)) {
        fields.raw(name);
        return {};
    }
    Fields inner(fields.object(name));
    DupLink link;
    link.code = inner.text(QStringLiteral("code"));
    link.title = inner.text(QStringLiteral("title"));
    fields.carry(inner, name);
    return link;
}

void ObjectiveFields::phaseChanges(Fields &f, ObjectivePhase &p)
{
    changeDay(f, QStringLiteral("plannedStart"), p.planned.from, false);
    changeDay(f, QStringLiteral("plannedEnd"), p.planned.to, false);
    changeDay(f, QStringLiteral("actualStart"), p.actualStart, true);
    changeDay(f, QStringLiteral("actualEnd"), p.actualEnd, true);
    if (f.has(QStringLiteral("progress")))
        p.progress = number(f, QStringLiteral("progress"), true).value_or(-1);
    if (f.has(QStringLiteral("responsible")))
        p.responsible = f.text(QStringLiteral("responsible"));
    if (f.has(QStringLiteral("responsibilityCentre")))
        p.responsibilityCentre = f.text(QStringLiteral("responsibilityCentre"));
    if (f.has(QStringLiteral("notes")))
        p.notes = f.text(QStringLiteral("notes"));
}

QList<ObjectivePhase> ObjectiveFields::phases(Fields &fields)
{
    return fields.objects<ObjectivePhase>(QStringLiteral("phases"), [](Fields &f, int number) {
        ObjectivePhase p;
        p.number = number;
        p.description = f.requiredText(QStringLiteral("description"));
        p.weight = ObjectiveFields::number(f, QStringLiteral("weight"), true).value_or(0);
        p.planned.from = f.requiredDate(QStringLiteral("plannedStart")).value_or(QDate());
        p.planned.to = f.requiredDate(QStringLiteral("plannedEnd")).value_or(QDate());
        phaseChanges(f, p);
        return p;
    });
}

QList<Indicator> ObjectiveFields::indicators(OperationContext &context, Fields &fields)
{
    return fields.objects<Indicator>(QStringLiteral("indicators"), [&](Fields &f, int number) {
        Indicator i;
        i.number = number;
        i.description = f.requiredText(QStringLiteral("description"));
        i.type = f.text(QStringLiteral("type"));
        i.expected = quantity(f, QStringLiteral("expected")).value_or(Quantity {});
        i.measure = f.text(QStringLiteral("measure"));
        i.cycleId = context.resolve(f, QStringLiteral("cycle"), QStringLiteral("cycle"), false);
        return i;
    });
}

std::optional<Objective> ObjectiveFields::objective(OperationContext &context, Fields &fields,
                                                    const History &history)
{
    const QString name = QStringLiteral("objective");
    if (fields.has(name) && fields.raw(name).isString())
        if (const Objective *o = history.objectiveByCode(fields.raw(name).toString()))
            return *o;
    const auto id = context.resolve(fields, name, name);
    if (!id)
        return std::nullopt;
    if (const Objective *o = history.objective(*id))
        return *o;
    fields.refuse(Problem::refused(QStringLiteral("NOT-FOUND"),
                                   tr("There is no objective with id %1.").arg(*id), name));
    return std::nullopt;
}

} // namespace tavolo
