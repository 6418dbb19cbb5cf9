#include "clicommands.h"
#include "core/io/csvwriter.h"
#include "core/storage/archive.h"
#include "core/storage/auditlog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

// The date of `option`, a null date when absent; `ok` turns false when it is not YYYY-MM-DD.
QDate dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool &ok)
{
    if (!parser.isSet(option))
        return {};
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    ok = ok && date.isValid();
    return date;
}

} // namespace

int Commands::audit(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption table(QStringLiteral("table"), tr("Only this table."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption id(QStringLiteral("id"), tr("Only this row (needs --table)."),
                                QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("From this UTC date (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Up to this UTC date (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV for a spreadsheet."));
    parser.addOptions({table, id, from, to, json, csv});
    bool ok = invocation.parse(parser) && parser.positionalArguments().size() == 1
        && !(parser.isSet(json) && parser.isSet(csv)) && (!parser.isSet(id) || parser.isSet(table));
    AuditLog::Filter filter;
    filter.table = parser.value(table);
    if (ok && parser.isSet(id)) {
        const qint64 row = parser.value(id).toLongLong(&ok);
        filter.rowId = row;
    }
    if (ok) {
        filter.from = dateOption(parser, from, ok);
        filter.to = dateOption(parser, to, ok);
    }
    if (!ok)
        return usageError(invocation, out, parser.errorText());
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const QList<AuditEntry> entries = AuditLog(archive).entries(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array << e.toJson();
        out.line(QString::fromUtf8(QJsonDocument(array).toJson()));
    } else if (parser.isSet(csv)) {
        // ';' and a byte-order mark: what Italian Excel opens with accents intact.
        const QChar sep = QLatin1Char(';');
        out.line(QChar(0xFEFF) + CsvWriter::row(AuditEntry::csvHeader(), sep).chopped(2));
        for (const AuditEntry &e : entries)
            out.line(CsvWriter::row(e.csvFields(), sep).chopped(2));
    } else {
        for (const AuditEntry &e : entries)
            out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5 %6\t%7\t%8")
                         .arg(e.id)
                         .arg(e.at.toString(Qt::ISODateWithMs), e.osUser, e.operation, e.table)
                         .arg(e.rowId)
                         .arg(e.action, e.changeSummary()));
    }
    return Success;
}

} // namespace tavolo::cli
