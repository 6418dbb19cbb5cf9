#include "clicommands.h"
#include "core/operations/registerjson.h"
#include "core/storage/archive.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

template<typename Record> QJsonArray toJsonArray(const QList<Record> &records)
{
    QJsonArray out;
    for (const Record &record : records)
        out << RegisterJson::toJson(record);
    return out;
}

QString textLine(const Organisation &o)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(o.id)
        .arg(o.taxCode, Categories::id(o.category), o.name);
}

QString textLine(const Person &p)
{
    return QStringLiteral("%1\t%2\t%3").arg(p.id).arg(p.taxCode, p.displayName());
}

template<typename Record> void print(Output &out, const QList<Record> &records, bool json)
{
    if (json) {
        out.line(QString::fromUtf8(QJsonDocument(toJsonArray(records)).toJson()));
        return;
    }
    for (const Record &record : records)
        out.line(textLine(record));
}

} // namespace

int Commands::list(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    const bool parsed = invocation.parse(parser);
    const QStringList positional = parser.positionalArguments();
    if (!parsed || positional.size() != 2 || positional.at(1) != QLatin1String("list")) {
        return usageError(invocation, out);
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    if (positional.first() == QLatin1String("org"))
        print(out, OrganisationStore(archive).list(), parser.isSet(json));
    else
        print(out, PersonStore(archive).list(), parser.isSet(json));
    return Success;
}

} // namespace tavolo::cli
