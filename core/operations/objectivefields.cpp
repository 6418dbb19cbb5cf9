#include "objectivefields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

void ObjectiveFields::carry(Fields &outer, const Fields &inner, const QString &name)
{
    for (Problem p : inner.problems()) {
        p.field = QStringLiteral("%1.%2").arg(name, p.field);
        outer.refuse(p);
    }
}

QDate ObjectiveFields::day(Fields &fields, const QString &name, bool required)
{
    if (required)
        return fields.requiredDate(name).value_or(QDate());
    if (fields.has(name) && fields.raw(name).isNull())
        return {};
    return fields.date(name).value_or(QDate());
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
    carry(fields, inner, name);
    return link;
}

void ObjectiveFields::phaseChanges(Fields &f, ObjectivePhase &p)
{
    if (f.has(QStringLiteral("plannedStart")))
        p.planned.from = day(f, QStringLiteral("plannedStart"), true);
    if (f.has(QStringLiteral("plannedEnd")))
        p.planned.to = day(f, QStringLiteral("plannedEnd"), true);
    if (f.has(QStringLiteral("actualStart")))
        p.actualStart = day(f, QStringLiteral("actualStart"), false);
    if (f.has(QStringLiteral("actualEnd")))
        p.actualEnd = day(f, QStringLiteral("actualEnd"), false);
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
    const QString name = QStringLiteral("phases");
    QList<ObjectivePhase> out;
    for (const QJsonValue v : fields.array(name)) {
        Fields inner(v.toObject());
        ObjectivePhase p;
        p.number = int(out.size()) + 1;
        p.description = inner.requiredText(QStringLiteral("description"));
        p.weight = number(inner, QStringLiteral("weight"), true).value_or(0);
        p.planned.from = day(inner, QStringLiteral("plannedStart"), true);
        p.planned.to = day(inner, QStringLiteral("plannedEnd"), true);
        phaseChanges(inner, p);
        carry(fields, inner, name);
        out << p;
    }
    return out;
}

QList<Indicator> ObjectiveFields::indicators(OperationContext &context, Fields &fields)
{
    const QString name = QStringLiteral("indicators");
    QList<Indicator> out;
    for (const QJsonValue v : fields.array(name)) {
        Fields inner(v.toObject());
        Indicator i;
        i.number = int(out.size()) + 1;
        i.description = inner.requiredText(QStringLiteral("description"));
        i.type = inner.text(QStringLiteral("type"));
        i.expected = quantity(inner, QStringLiteral("expected")).value_or(Quantity {});
        i.measure = inner.text(QStringLiteral("measure"));
        i.cycleId = context.resolve(inner, QStringLiteral("cycle"), QStringLiteral("cycle"), false);
        carry(fields, inner, name);
        out << i;
    }
    return out;
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
