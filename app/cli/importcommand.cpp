#include "clicommands.h"
#include "core/operations/registerimport.h"
#include "core/storage/archive.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

// A spreadsheet of the register is a few thousand lines; anything far larger is a wrong file.
constexpr qint64 kMaxImportBytes = qint64(64) * 1024 * 1024;

void printReport(Output &out, const ImportReport &report, bool dryRun)
{
    out.line(Commands::tr("File read as %1, separator \"%2\".")
                 .arg(report.encoding,
                      report.separator == QLatin1Char('\t') ? QStringLiteral("TAB")
                                                            : QString(report.separator)));
    QStringList columns;
    for (const auto &pair : report.columns)
        columns << QStringLiteral("%1 → %2").arg(pair.first, pair.second);
    out.line(Commands::tr("Columns: %1.").arg(columns.join(QStringLiteral(", "))));
    if (!report.ignoredColumns.isEmpty())
        out.line(Commands::tr("Ignored columns: %1.")
                     .arg(report.ignoredColumns.join(QStringLiteral(", "))));
    for (const ImportRowReport &row : report.rows) {
        for (const Problem &p : row.problems)
            out.line(Commands::tr("line %1 (%2): [%3] %4")
                         .arg(row.line)
                         .arg(row.label, p.rule, p.message));
    }
    const int total = int(report.rows.size());
    const int refused = report.refusedRows();
    if (refused > 0)
        out.line(
            Commands::tr("Records with problems: %n of %1. Nothing was written.", nullptr, refused)
                .arg(total));
    else if (dryRun)
        out.line(Commands::tr("%n record(s) checked, no problems. Nothing was written (dry run).",
                              nullptr, total));
    else
        out.line(Commands::tr("%n record(s) imported.", nullptr, total));
}

} // namespace

int Commands::import(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check every record and write nothing."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Read COLUMN into FIELD (FIELD - ignores the column)."),
                                 QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOptions({dryRun, map, json});
    const QStringList positional =
        invocation.parse(parser) ? parser.positionalArguments() : QStringList {};
    const bool kindOk = positional.size() == 3
        && (positional.at(1) == QLatin1String("orgs")
            || positional.at(1) == QLatin1String("people"));
    if (!kindOk)
        return usageError(invocation, out, parser.errorText());
    QFile file(positional.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        out.error(tr("Cannot read %1: %2").arg(positional.at(2), file.errorString()));
        return UsageError;
    }
    if (file.size() > kMaxImportBytes) {
        out.error(tr("%1 is too large for a register (over 64 MB): is it the right file?")
                      .arg(positional.at(2)));
        return UsageError;
    }
    const QByteArray bytes = file.readAll();
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    RegisterImport importer(archive,
                            positional.at(1) == QLatin1String("orgs")
                                ? RegisterImport::Kind::Organisations
                                : RegisterImport::Kind::People);
    const auto report = parser.isSet(dryRun) ? importer.check(bytes, parser.values(map))
                                             : importer.run(bytes, parser.values(map));
    if (!report) {
        out.problems(report.problems());
        return Refused;
    }
    if (parser.isSet(json))
        out.line(QString::fromUtf8(QJsonDocument(report.value().toJson()).toJson()));
    else
        printReport(out, report.value(), parser.isSet(dryRun));
    return report.value().hasRefusals() ? Refused : Success;
}

} // namespace tavolo::cli
