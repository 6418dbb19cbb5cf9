#include "clicommands.h"
#include "core/domain/taxcode.h"
#include "core/operations/personaldata.h"
#include "core/storage/archive.h"
#include "core/storage/personstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

// A person named on the command line by id or by tax code.
std::optional<qint64> personId(Archive &archive, const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return id;
    if (const auto person = PersonStore(archive).findByTaxCode(TaxCode::normalised(text)))
        return person->id;
    return std::nullopt;
}

} // namespace

int Commands::person(const Invocation &invocation, Output &out)
{
    const QString action = invocation.arguments.value(1);
    if (action == QLatin1String("export") || action == QLatin1String("anonymise"))
        return personData(invocation, out);
    return list(invocation, out);
}

int Commands::personData(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (the only format)."));
    parser.addOption(json);
    const bool parsed = invocation.parse(parser);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (!parsed || positional.size() != 3
        || (action != QLatin1String("export") && action != QLatin1String("anonymise"))) {
        return usageError(invocation, out);
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const auto id = personId(archive, positional.at(2));
    if (!id) {
        out.problems({Problem::refused(QStringLiteral("NOT-FOUND"),
                                       tr("No person in the register has the tax code %1.")
                                           .arg(TaxCode::normalised(positional.at(2))))});
        return Refused;
    }
    PersonalData data(archive);
    if (action == QLatin1String("export")) {
        const auto exported = data.exportPerson(*id);
        if (!exported) {
            out.problems(exported.problems());
            return Refused;
        }
        out.line(QString::fromUtf8(QJsonDocument(exported.value()).toJson()));
        return Success;
    }
    const auto done = data.anonymise(*id);
    if (!done) {
        out.problems(done.problems());
        return Refused;
    }
    out.line(tr("Person %1 anonymised: now \"%2 %3\"; tax code, contacts and notes cleared, "
                "also in the audit trail.")
                 .arg(*id)
                 .arg(PersonalData::pseudonymGivenName(), PersonalData::pseudonymFamilyName(*id)));
    // Not everything is gone yet (another program kept the journal): said, and not a success.
    out.problems(done.warnings());
    return done.warnings().isEmpty() ? Success : Refused;
}

} // namespace tavolo::cli
