#include "cyclefields.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

void CycleFields::carry(Fields &outer, const Fields &inner, const QString &name)
{
    outer.carry(inner, name);
}

QList<SubArea> CycleFields::subAreas(Fields &fields)
{
    const QString name = QStringLiteral("subAreas");
    QList<SubArea> out;
    for (const QJsonValue v : fields.array(name)) {
        Fields inner(v.toObject());
        SubArea s;
        s.name = inner.requiredText(QStringLiteral("name"));
        s.comuni = inner.textList(QStringLiteral("comuni"));
        carry(fields, inner, name);
        out << s;
    }
    return out;
}

std::optional<ActRecord> CycleFields::act(Fields &fields, const QString &name)
{
    if (!fields.has(name))
        return std::nullopt;
    const QJsonValue value = fields.raw(name);
    if (value.isNull())
        return std::nullopt;
    Fields inner(value.toObject());
    ActRecord a;
    a.date = inner.requiredDate(QStringLiteral("date")).value_or(QDate());
    a.actReference = inner.requiredText(QStringLiteral("actReference"));
    carry(fields, inner, name);
    return a;
}

QList<CallForm> CycleFields::forms(Fields &fields)
{
    const QString name = QStringLiteral("forms");
    QList<CallForm> out;
    for (const QJsonValue v : fields.array(name)) {
        Fields inner(v.toObject());
        CallForm f;
        f.form = inner.requiredText(QStringLiteral("form"));
        f.title = inner.text(QStringLiteral("title"));
        f.deadline = inner.requiredDate(QStringLiteral("deadline")).value_or(QDate());
        f.deadlineTime = inner.time(QStringLiteral("deadlineTime")).value_or(QTime());
        f.survey = inner.boolean(QStringLiteral("survey")).value_or(false);
        carry(fields, inner, name);
        out << f;
    }
    return out;
}

QDateTime CycleFields::moment(Fields &fields, const QString &name)
{
    const QString value = fields.requiredText(name);
    if (value.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    if (!parsed.isValid())
        fields.refuse(name,
                      tr("The field \"%1\" must be a day and time written "
                         "YYYY-MM-DDTHH:MM; \"%2\" is not.")
                          .arg(name, value));
    return parsed;
}

QList<qint64> CycleFields::tables(OperationContext &context, Fields &fields)
{
    const QString name = QStringLiteral("tables");
    QList<qint64> out;
    for (const QJsonValue v : fields.array(name))
        if (const auto id = context.resolveValue(fields, v, name, QStringLiteral("table")))
            out << *id;
    return out;
}

QList<StoredFile> CycleFields::files(Fields &fields)
{
    QList<StoredFile> out;
    for (const QString &path : fields.textList(QStringLiteral("files"))) {
        if (const auto content = fields.fileContent(QStringLiteral("files"), path)) {
            const QString fileName = QFileInfo(path).fileName();
            out << StoredFile {fileName, fileName, *content};
        }
    }
    return out;
}

} // namespace tavolo
