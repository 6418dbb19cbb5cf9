#include "clicommands.h"
#include "core/exports/documentsettings.h"
#include "core/storage/archive.h"

#include <QCommandLineParser>

namespace tavolo::cli {

int Commands::letterhead(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"), tr("Set a letterhead value."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption logo(QStringLiteral("logo"),
                                  tr("The logo image to keep in the archive."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption letter(QStringLiteral("template"),
                                    tr("The letter template (HTML with placeholders)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({set, logo, letter});
    if (!invocation.parse(parser) || parser.positionalArguments().size() != 1) {
        return usageError(invocation, out);
    }
    QMap<QString, QString> values;
    for (const QString &pair : parser.values(set)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            out.error(tr("\"%1\" is not KEY=VALUE.").arg(pair));
            return UsageError;
        }
        values.insert(pair.left(equals), pair.mid(equals + 1));
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    DocumentSettings settings(archive);
    for (const Result<Done> &done :
         {values.isEmpty() ? Result<Done>::ok({}) : settings.set(values),
          parser.isSet(logo) ? settings.setLogo(parser.value(logo)) : Result<Done>::ok({}),
          parser.isSet(letter) ? settings.setTemplate(parser.value(letter)) : Result<Done>::ok({})})
        if (!done) {
            out.problems(done.problems());
            return Refused;
        }
    const QMap<QString, QString> current = settings.values();
    for (const QString &key : DocumentSettings::keys())
        out.line(QStringLiteral("%1\t%2").arg(key, current.value(key)));
    return Success;
}

} // namespace tavolo::cli
