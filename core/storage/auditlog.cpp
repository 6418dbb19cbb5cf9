#include "auditlog.h"

#include "archive.h"
#include "server.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tavolo {

namespace {

QJsonObject parseObject(const QVariant &value)
{
    return value.isNull() ? QJsonObject()
                          : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonValue objectOrNull(const QJsonObject &object, const QString &action, bool before)
{
    const bool absent =
        before ? action == QLatin1String("insert") : action == QLatin1String("delete");
    return absent ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

// The value each personal field of an audit row of the person takes: what the register now
// holds. Must stay the same expression as in the audit_no_update trigger (003, 008).
const char *const kScrubbedPerson =
    "(SELECT json_set(%1, '$.given_name', p.given_name, '$.family_name', p.family_name, "
    "'$.tax_code', p.tax_code, '$.email', p.email, '$.pec', p.pec, '$.phone', p.phone, "
    "'$.notes', p.notes) FROM people p WHERE p.id = audit.row_id)";
// The same on PostgreSQL (resources/migrations/pg: audit_no_update), where JSON is edited as jsonb.
const char *const kScrubbedPersonOnServer =
    "(SELECT (%1::jsonb || jsonb_build_object('given_name', p.given_name, 'family_name', "
    "p.family_name, 'tax_code', p.tax_code, 'email', p.email, 'pec', p.pec, 'phone', p.phone, "
    "'notes', p.notes))::text FROM people p WHERE p.id = audit.row_id)";
const char *const kScrubbedGuest =
    "UPDATE audit SET before_json = json_set(before_json, '$.reason', :reason), "
    "after_json = json_set(after_json, '$.reason', :reason) "
    "WHERE table_name = 'guests' AND :id IN "
    "(json_extract(before_json, '$.person_id'), json_extract(after_json, '$.person_id'))";
const char *const kScrubbedGuestOnServer =
    "UPDATE audit SET before_json = (before_json::jsonb || jsonb_build_object('reason', "
    "CAST(:reason AS text)))::text, after_json = (after_json::jsonb || "
    "jsonb_build_object('reason', CAST(:reason AS text)))::text "
    "WHERE table_name = 'guests' AND CAST(:id AS bigint) IN "
    "((before_json::jsonb ->> 'person_id')::bigint, (after_json::jsonb ->> 'person_id')::bigint)";

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("osUser"), osUser},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("table"), table},
            {QStringLiteral("rowId"), rowId},
            {QStringLiteral("action"), action},
            {QStringLiteral("before"), objectOrNull(before, action, true)},
            {QStringLiteral("after"), objectOrNull(after, action, false)}};
}

QStringList AuditEntry::csvHeader()
{
    return {QStringLiteral("id"),        QStringLiteral("at"),     QStringLiteral("osUser"),
            QStringLiteral("operation"), QStringLiteral("table"),  QStringLiteral("rowId"),
            QStringLiteral("action"),    QStringLiteral("before"), QStringLiteral("after")};
}

QStringList AuditEntry::csvFields() const
{
    return {QString::number(id),
            at.toString(Qt::ISODateWithMs),
            osUser,
            operation,
            table,
            QString::number(rowId),
            action,
            compact(before),
            compact(after)};
}

QString AuditEntry::changeSummary() const
{
    const auto text = [](const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return QStringLiteral("∅");
        if (value.isObject())
            return compact(value.toObject());
        return value.toVariant().toString();
    };
    if (action == QLatin1String("insert"))
        return compact(after);
    if (action == QLatin1String("delete"))
        return compact(before);
    QStringList out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out << QStringLiteral("%1: %2 → %3").arg(it.key(), text(old), text(it.value()));
    }
    return out.join(QStringLiteral("; "));
}

AuditLog::AuditLog(Archive &archive)
    : m_archive(archive)
{ }

QList<AuditEntry> AuditLog::entries(const Filter &filter) const
{
    QStringList where {QStringLiteral("1 = 1")};
    QVariantMap bindings;
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = :table");
        bindings.insert(QStringLiteral("table"), filter.table);
        if (filter.rowId) {
            where << QStringLiteral("row_id = :row");
            bindings.insert(QStringLiteral("row"), *filter.rowId);
        }
    }
    // `at` is ISO 8601 UTC text, so its first ten characters are the UTC date.
    if (filter.from.isValid()) {
        where << QStringLiteral("substr(at, 1, 10) >= :from");
        bindings.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("substr(at, 1, 10) <= :to");
        bindings.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    }
    QList<AuditEntry> out;
    auto query = sql::exec(sql::database(m_archive),
                           QStringLiteral("SELECT id, at, os_user, operation, table_name, row_id, "
                                          "action, before_json, after_json FROM audit WHERE %1 "
                                          "ORDER BY id")
                               .arg(where.join(QStringLiteral(" AND "))),
                           bindings);
    if (!query)
        return out;
    QSqlQuery &q = query.value();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.osUser = q.value(2).toString();
        e.operation = q.value(3).toString();
        e.table = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.before = parseObject(q.value(7));
        e.after = parseObject(q.value(8));
        out << e;
    }
    return out;
}

QList<AuditEntry> AuditLog::forRecord(const QString &table, qint64 rowId) const
{
    Filter filter;
    filter.table = table;
    filter.rowId = rowId;
    return entries(filter);
}

QStringList AuditLog::tables() const
{
    QStringList out;
    auto query = sql::exec(sql::database(m_archive),
                           QStringLiteral("SELECT DISTINCT table_name FROM audit ORDER BY 1"));
    if (query) {
        while (query.value().next())
            out << query.value().value(0).toString();
    }
    return out;
}

QString AuditLog::scrubbedGuestReason()
{
    return QStringLiteral("(motivo rimosso: persona anonimizzata)");
}

Result<Done> AuditLog::scrubPerson(qint64 personId)
{
    const bool onServer = server::isServer(sql::database(m_archive));
    const QString person =
        QString::fromLatin1(onServer ? kScrubbedPersonOnServer : kScrubbedPerson);
    const QVariantMap id {{QStringLiteral("id"), personId}};
    QVariantMap idAndReason = id;
    idAndReason.insert(QStringLiteral("reason"), scrubbedGuestReason());
    const QList<std::pair<QString, QVariantMap>> statements {
        {QStringLiteral("UPDATE audit_context SET scrub_person = :id"), id},
        {QStringLiteral("UPDATE audit SET before_json = %1, after_json = %2 "
                        "WHERE table_name = 'people' AND row_id = :id")
             .arg(person.arg(QStringLiteral("before_json")),
                  person.arg(QStringLiteral("after_json"))),
         id},
        {QString::fromLatin1(onServer ? kScrubbedGuestOnServer : kScrubbedGuest), idAndReason},
        {QStringLiteral("UPDATE audit_context SET scrub_person = NULL"), {}}};
    for (const auto &[statement, bindings] : statements) {
        if (auto step = sql::exec(sql::database(m_archive), statement, bindings); !step)
            return Result<Done>::from(step);
    }
    return Result<Done>::ok({});
}

} // namespace tavolo
