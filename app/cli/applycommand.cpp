#include "clicommands.h"
#include "core/operations/batch.h"
#include "core/storage/archive.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

Result<QByteArray> readInput(const QString &source)
{
    QFile file;
    const bool fromStdin = source == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Result<QByteArray>::refused(
            Problem::refused(QStringLiteral("INPUT"),
                             Commands::tr("Cannot read %1: %2").arg(source, file.errorString())));
    const QString name = fromStdin ? Commands::tr("The standard input") : source;
    // Refused before it is read whole: a file by its size, a pipe once one byte too many came.
    if (!file.isSequential() && file.size() > Batch::MaxBytes)
        return Result<QByteArray>::refused(Batch::tooLarge(name));
    QByteArray bytes;
    while (bytes.size() <= Batch::MaxBytes) {
        const QByteArray chunk = file.read(Batch::MaxBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > Batch::MaxBytes)
        return Result<QByteArray>::refused(Batch::tooLarge(name));
    return Result<QByteArray>::ok(bytes);
}

} // namespace

int Commands::apply(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption atomic(
        QStringLiteral("atomic"),
        tr("Apply the whole batch in one transaction, rolled back at the first refusal."));
    parser.addOption(atomic);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON batch, or - for stdin."));
    if (!invocation.parse(parser) || parser.positionalArguments().size() != 2)
        return usageError(invocation, out, parser.errorText());
    const auto input = readInput(parser.positionalArguments().at(1));
    if (!input) {
        out.problems(input.problems());
        return UsageError;
    }
    const auto operations = Batch::parse(input.value());
    if (!operations) {
        out.problems(operations.problems());
        return UsageError;
    }
    Archive archive;
    const auto opened = archive.open(invocation.archivePath);
    out.problems(opened.problems());
    if (!opened)
        return ArchiveError;
    Batch batch(archive);
    const auto print = [&out](const OperationResult &result) {
        out.line(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    };
    const bool allOk = parser.isSet(atomic) ? batch.runAtomic(operations.value(), print)
                                            : batch.run(operations.value(), print);
    return allOk ? Success : Refused;
}

} // namespace tavolo::cli
