#include "registerimport.h"

#include "core/domain/taxcode.h"
#include "core/io/csvreader.h"
#include "core/storage/archive.h"
#include "core/storage/auditscope.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "importvalues.h"

#include <QHash>
#include <QJsonArray>

namespace tavolo {

namespace {

QJsonArray problemsJson(const Problems &problems)
{
    QJsonArray out;
    for (const Problem &p : problems) {
        QJsonObject item {{QStringLiteral("rule"), p.rule},
                          {QStringLiteral("severity"), severityId(p.severity)},
                          {QStringLiteral("message"), p.message}};
        if (!p.field.isEmpty())
            item.insert(QStringLiteral("field"), p.field);
        out << item;
    }
    return out;
}

Problem rowProblem(const QString &rule, const QString &message, const QString &field = {})
{
    return Problem::refused(rule, message, field);
}

} // namespace

QJsonObject ImportRowReport::toJson() const
{
    QJsonObject out {{QStringLiteral("line"), line},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("problems"), problemsJson(problems)}};
    if (id > 0)
        out.insert(QStringLiteral("id"), id);
    return out;
}

bool ImportReport::hasRefusals() const
{
    return refusedRows() > 0;
}

int ImportReport::refusedRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRowReport &r) { return hasRefusal(r.problems); }));
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject columnsJson;
    for (const auto &pair : columns)
        columnsJson.insert(pair.first, pair.second);
    QJsonArray rowsJson;
    for (const ImportRowReport &row : rows)
        rowsJson << row.toJson();
    return {{QStringLiteral("encoding"), encoding},
            {QStringLiteral("separator"), QString(separator)},
            {QStringLiteral("columns"), columnsJson},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(ignoredColumns)},
            {QStringLiteral("rows"), rowsJson},
            {QStringLiteral("refusedRows"), refusedRows()},
            {QStringLiteral("written"), written}};
}

struct RegisterImport::Plan
{
    ImportReport report;
    QList<Organisation> organisations; // parallel to report.rows (one of the two lists is used)
    QList<Person> people;
};

RegisterImport::RegisterImport(Archive &archive, Kind kind)
    : m_archive(archive)
    , m_kind(kind)
{ }

Result<RegisterImport::Plan> RegisterImport::plan(const QByteArray &bytes,
                                                  const QStringList &overrides) const
{
    const auto table = CsvReader::read(bytes);
    if (!table)
        return Result<Plan>::from(table);
    const QList<CsvRow> &rows = table.value().rows;
    if (rows.size() < 2)
        return Result<Plan>::refused(Problem::refused(
            QStringLiteral("IMPORT-EMPTY"),
            tr("The file has no records: the first line must name the columns and the records "
               "follow it.")));
    const QStringList header = rows.first().fields;
    const auto mapping = ColumnMapping::build(m_kind, header, overrides);
    if (!mapping)
        return Result<Plan>::from(mapping);

    Plan plan;
    plan.report.encoding = table.value().encoding;
    plan.report.separator = table.value().separator;
    plan.report.ignoredColumns = mapping.value().ignored();
    for (auto it = mapping.value().columns().cbegin(); it != mapping.value().columns().cend(); ++it)
        plan.report.columns << qMakePair(header.at(it.key()).trimmed(), it.value());

    OrganisationStore organisations(m_archive);
    PersonStore people(m_archive);
    const QList<Organisation> existingOrganisations =
        m_kind == Kind::People ? organisations.list() : QList<Organisation> {};
    QHash<QString, int> taxCodeLines; // tax code → line of the file where it first appears

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        QHash<QString, QString> cell;
        for (auto it = mapping.value().columns().cbegin(); it != mapping.value().columns().cend();
             ++it)
            cell.insert(it.value(),
                        it.key() < row.fields.size() ? row.fields.at(it.key()) : QString());
        ImportRowReport report;
        report.line = row.line;
        Problems &problems = report.problems;
        QString taxCode;

        if (m_kind == Kind::Organisations) {
            Organisation o;
            o.name = ImportValues::singleLine(cell.value(QStringLiteral("name")));
            o.taxCode = cell.value(QStringLiteral("taxCode"));
            o.runtsSection = ImportValues::singleLine(cell.value(QStringLiteral("runtsSection")));
            o.runtsNumber = ImportValues::singleLine(cell.value(QStringLiteral("runtsNumber")));
            o.comune = ImportValues::singleLine(cell.value(QStringLiteral("comune")));
            o.address = ImportValues::singleLine(cell.value(QStringLiteral("address")));
            o.pec = ImportValues::singleLine(cell.value(QStringLiteral("pec")));
            o.email = ImportValues::singleLine(cell.value(QStringLiteral("email")));
            o.phone = ImportValues::singleLine(cell.value(QStringLiteral("phone")));
            o.notes = ImportValues::multiLine(cell.value(QStringLiteral("notes")));
            const QString categoryText = cell.value(QStringLiteral("category")).trimmed();
            if (auto category = ImportValues::category(categoryText))
                o.category = *category;
            else
                problems << rowProblem(QStringLiteral("CATEGORY"),
                                       tr("Unknown category \"%1\". Write one of the categories "
                                          "of the regulation (e.g. \"Cooperativa sociale\", "
                                          "\"ODV\", \"APS\") or its id (e.g. social-cooperative).")
                                           .arg(categoryText),
                                       QStringLiteral("category"));
            const QString activeText = cell.value(QStringLiteral("active"));
            if (auto active = ImportValues::boolean(activeText, true))
                o.active = *active;
            else
                problems << rowProblem(
                    QStringLiteral("INPUT"),
                    tr("\"%1\" is not yes or no (sì/no).").arg(activeText.trimmed()),
                    QStringLiteral("active"));
            o = OrganisationRules::normalised(o);
            problems << OrganisationRules::validate(o);
            taxCode = o.taxCode;
            report.label = o.name;
            if (!taxCode.isEmpty() && organisations.findByTaxCode(taxCode))
                problems << rowProblem(
                    QStringLiteral("DUPLICATE"),
                    tr("An organisation with tax code %1 is already in the "
                       "archive (%2).")
                        .arg(taxCode, organisations.findByTaxCode(taxCode)->name),
                    QStringLiteral("taxCode"));
            plan.organisations << o;
        } else {
            Person p;
            p.givenName = ImportValues::singleLine(cell.value(QStringLiteral("givenName")));
            p.familyName = ImportValues::singleLine(cell.value(QStringLiteral("familyName")));
            p.taxCode = cell.value(QStringLiteral("taxCode"));
            p.email = ImportValues::singleLine(cell.value(QStringLiteral("email")));
            p.pec = ImportValues::singleLine(cell.value(QStringLiteral("pec")));
            p.phone = ImportValues::singleLine(cell.value(QStringLiteral("phone")));
            p.notes = ImportValues::multiLine(cell.value(QStringLiteral("notes")));
            const QString organisation =
                ImportValues::singleLine(cell.value(QStringLiteral("organisation")));
            if (!organisation.isEmpty()) {
                // By tax code, else by name (a spreadsheet rarely holds our ids).
                const QString code = TaxCode::normalised(organisation);
                QList<qint64> matches;
                for (const Organisation &o : existingOrganisations) {
                    if (o.taxCode == code
                        || ImportValues::folded(o.name) == ImportValues::folded(organisation))
                        matches << o.id;
                }
                if (matches.size() == 1)
                    p.organisationId = matches.first();
                else
                    problems << rowProblem(
                        QStringLiteral("NOT-FOUND"),
                        matches.isEmpty()
                            ? tr("No organisation in the archive has the tax code or name \"%1\": "
                                 "import the organisations first.")
                                  .arg(organisation)
                            : tr("%1 organisations in the archive are called \"%2\": write the "
                                 "tax code instead.")
                                  .arg(matches.size())
                                  .arg(organisation),
                        QStringLiteral("organisation"));
            }
            p = PersonRules::normalised(p);
            problems << PersonRules::validate(p);
            taxCode = p.taxCode;
            report.label = p.displayName().trimmed();
            if (!taxCode.isEmpty() && people.findByTaxCode(taxCode))
                problems << rowProblem(
                    QStringLiteral("DUPLICATE"),
                    tr("A person with tax code %1 is already in the archive "
                       "(%2).")
                        .arg(taxCode, people.findByTaxCode(taxCode)->displayName()),
                    QStringLiteral("taxCode"));
            plan.people << p;
        }
        if (!taxCode.isEmpty()) {
            if (taxCodeLines.contains(taxCode))
                problems << rowProblem(QStringLiteral("DUPLICATE"),
                                       tr("The tax code %1 is also on line %2 of the file.")
                                           .arg(taxCode)
                                           .arg(taxCodeLines.value(taxCode)),
                                       QStringLiteral("taxCode"));
            else
                taxCodeLines.insert(taxCode, row.line);
        }
        plan.report.rows << report;
    }
    return Result<Plan>::ok(plan);
}

Result<ImportReport> RegisterImport::check(const QByteArray &bytes,
                                           const QStringList &overrides) const
{
    const auto planned = plan(bytes, overrides);
    if (!planned)
        return Result<ImportReport>::from(planned);
    return Result<ImportReport>::ok(planned.value().report);
}

Result<ImportReport> RegisterImport::run(const QByteArray &bytes, const QStringList &overrides)
{
    auto planned = plan(bytes, overrides);
    if (!planned)
        return Result<ImportReport>::from(planned);
    Plan &p = planned.value();
    if (p.report.hasRefusals())
        return Result<ImportReport>::ok(p.report);
    const AuditScope audit(m_archive,
                           m_kind == Kind::Organisations ? QStringLiteral("import orgs")
                                                         : QStringLiteral("import people"));
    QList<qint64> ids;
    const auto written = m_archive.write([&]() -> Result<Done> {
        for (qsizetype i = 0; i < p.report.rows.size(); ++i) {
            const auto added = m_kind == Kind::Organisations
                ? OrganisationStore(m_archive).add(p.organisations.at(i))
                : PersonStore(m_archive).add(p.people.at(i));
            if (!added) {
                p.report.rows[i].problems << added.problems();
                return Result<Done>::refused(added.problems());
            }
            p.report.rows[i].problems << added.warnings();
            ids << added.value();
        }
        return Result<Done>::ok({});
    });
    if (written) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            p.report.rows[i].id = ids.at(i);
        p.report.written = true;
    } else if (!p.report.hasRefusals() && !p.report.rows.isEmpty()) {
        p.report.rows.last().problems << written.problems(); // the commit itself failed
    }
    return Result<ImportReport>::ok(p.report);
}

} // namespace tavolo
