#include "batch.h"

#include "core/io/jsonreader.h"
#include "core/storage/archive.h"
#include "core/storage/auditscope.h"
#include "problemjson.h"
#include "registry.h"

namespace tavolo {

namespace {

Problem inputProblem(const QString &message)
{
    return Problem::refused(QStringLiteral("INPUT"), message);
}

// Runs one operation in its own transaction (a savepoint when the batch is atomic).
OperationResult runOne(OperationContext &context, int index, const QJsonValue &value)
{
    OperationResult result;
    result.index = index;
    if (!value.isObject()) {
        result.outcome = Result<qint64>::refused(
            inputProblem(Batch::tr("Operation %1 is not a JSON object.").arg(index)));
        return result;
    }
    const QJsonObject object = value.toObject();
    result.op = object.value(QStringLiteral("op")).toString();
    const OperationSpec *spec = OperationRegistry::standard().find(result.op);
    if (!spec) {
        result.outcome = Result<qint64>::refused(inputProblem(
            Batch::tr("Unknown operation \"%1\". Known operations: %2.")
                .arg(result.op, OperationRegistry::standard().names().join(QStringLiteral(", ")))));
        return result;
    }
    const QJsonValue ref = object.value(QStringLiteral("ref"));
    if (!ref.isUndefined() && !ref.isString()) {
        result.outcome = Result<qint64>::refused(inputProblem(Batch::tr("\"ref\" must be text.")));
        return result;
    }
    Fields fields(object);
    const AuditScope audit(context.archive(), result.op);
    result.outcome = context.archive().write([&] {
        Result<qint64> outcome = spec->handler(context, fields);
        // A field the handler did not read is a typo in the script: refuse, and roll back.
        if (outcome && !fields.problems().isEmpty())
            return Result<qint64>::refused(fields.problems());
        // A second record under a name already given would silently make every later use of
        // it point to the second: refused (and rolled back) when the record was made.
        if (outcome && context.knows(ref.toString()))
            return Result<qint64>::refused(inputProblem(
                Batch::tr("The ref \"%1\" is already the name of a record made by an earlier "
                          "operation of this batch: give this one another name.")
                    .arg(ref.toString())));
        return outcome;
    });
    if (result.outcome)
        context.remember(ref.toString(), spec->kind, result.outcome.value());
    return result;
}

} // namespace

QJsonObject OperationResult::toJson() const
{
    QJsonObject out {{QStringLiteral("index"), index},
                     {QStringLiteral("op"), op},
                     {QStringLiteral("ok"), outcome.isOk()}};
    if (outcome) {
        out.insert(QStringLiteral("id"), outcome.value());
        out.insert(QStringLiteral("warnings"), problemsToJson(outcome.warnings()));
    } else {
        out.insert(QStringLiteral("problems"), problemsToJson(outcome.problems()));
    }
    return out;
}

Batch::Batch(Archive &archive)
    : m_archive(archive)
{ }

Problem Batch::tooLarge(const QString &source)
{
    return inputProblem(tr("%1 is larger than %2 MB, more than a batch of operations can be: "
                           "split it into several files.")
                            .arg(source)
                            .arg(MaxBytes / (qint64(1024) * 1024)));
}

Result<QJsonArray> Batch::parse(const QByteArray &text)
{
    if (text.size() > MaxBytes)
        return Result<QJsonArray>::refused(tooLarge(tr("The batch")));
    const auto document = JsonReader::read(text);
    if (!document)
        return Result<QJsonArray>::refused(document.problems());
    if (!document.value().isArray())
        return Result<QJsonArray>::refused(
            inputProblem(tr("The batch must be a JSON array of operations.")));
    return Result<QJsonArray>::ok(document.value().array());
}

bool Batch::run(const QJsonArray &operations, const Sink &sink)
{
    OperationContext context(m_archive);
    bool allOk = true;
    for (int i = 0; i < operations.size(); ++i) {
        const OperationResult result = runOne(context, i, operations.at(i));
        allOk = allOk && result.outcome.isOk();
        sink(result);
    }
    return allOk;
}

bool Batch::runAtomic(const QJsonArray &operations, const Sink &sink)
{
    OperationContext context(m_archive);
    QList<OperationResult> results;
    int refusedAt = -1;
    auto whole = m_archive.write([&]() -> Result<Done> {
        for (int i = 0; i < operations.size(); ++i) {
            results << runOne(context, i, operations.at(i));
            if (!results.last().outcome) {
                refusedAt = i;
                return Result<Done>::refused(results.last().outcome.problems());
            }
        }
        return Result<Done>::ok({});
    });
    if (!whole && refusedAt < 0 && !results.isEmpty())
        refusedAt = int(results.size()) - 1; // the final commit itself failed
    for (OperationResult &result : results) {
        if (!whole && result.index == refusedAt && result.outcome)
            result.outcome = Result<qint64>::refused(whole.problems());
        else if (!whole && result.index != refusedAt) {
            const Problem rolledBack = Problem::refused(
                QStringLiteral("ATOMIC"),
                tr("Not applied: the batch is atomic and operation %1 was refused, so nothing "
                   "was written.")
                    .arg(refusedAt));
            result.outcome = Result<qint64>::refused(rolledBack);
        }
        sink(result);
    }
    return whole.isOk();
}

} // namespace tavolo
