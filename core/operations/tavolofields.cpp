#include "tavolofields.h"

#include "core/rules/meetingrules.h"

#include <QJsonArray>

namespace tavolo {

std::optional<Office> TavoloFields::office(Fields &fields, const QString &name)
{
    const QString id = fields.requiredText(name);
    if (id.isEmpty())
        return std::nullopt;
    const auto office = Offices::fromId(id);
    if (!office) {
        QStringList ids;
        for (Office o : Offices::all())
            ids << Offices::id(o);
        fields.refuse(name,
                      tr("\"%1\" is not an office; the offices are: %2.")
                          .arg(id, ids.join(QStringLiteral(", "))));
    }
    return office;
}

Period TavoloFields::period(Fields &fields)
{
    Period p;
    p.from = fields.requiredDate(QStringLiteral("from")).value_or(QDate());
    p.to = fields.date(QStringLiteral("to")).value_or(QDate());
    return p;
}

QList<qint64> TavoloFields::people(OperationContext &context, Fields &fields, const QString &name)
{
    QList<qint64> ids;
    for (const QJsonValue value : fields.array(name))
        if (const auto id = context.personValue(fields, value, name))
            ids << *id;
    return ids;
}

QHash<qint64, Attendance> TavoloFields::attendance(OperationContext &context, Fields &fields)
{
    const QString name = QStringLiteral("attendance");
    QHash<qint64, Attendance> out;
    for (const QJsonValue value : fields.array(name)) {
        const QJsonObject entry = value.toObject();
        const auto id = context.personValue(fields, entry.value(QStringLiteral("person")), name);
        const auto status =
            MeetingTerms::attendanceFromId(entry.value(QStringLiteral("status")).toString());
        if (!status)
            fields.refuse(name,
                          tr("Each attendance is {\"person\": …, \"status\": \"present\" | "
                             "\"excused\" | \"absent\"}."));
        if (id && status)
            out.insert(*id, *status);
    }
    return out;
}

} // namespace tavolo
