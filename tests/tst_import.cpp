// Import of the register from spreadsheet CSV (core/operations/registerimport): all or nothing.
#include "archivefixture.h"
#include "core/operations/importvalues.h"
#include "core/operations/registerimport.h"
#include "core/storage/auditlog.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

#include <QFile>

using namespace tavolo;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TAVOLO_TEST_DATA "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QStringList rulesOf(const ImportRowReport &row)
{
    QStringList out;
    for (const Problem &p : row.problems)
        out << p.rule;
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void importsUtf8BomWithQuotedNewlines();
    void importsWindows1252Accents();
    void wrongRowsWriteNothing();
    void dryRunWritesNothing();
    void importsPeopleWithTheirOrganisation();
    void unknownOrganisationRefusesThePerson();
    void columnsNeedMappingWhenUnrecognised();
    void categoriesByIdNameAndAbbreviation();
};

void TestImport::importsUtf8BomWithQuotedNewlines()
{
    ArchiveFixture f;
    const auto report = RegisterImport(f.archive, RegisterImport::Kind::Organisations)
                            .run(fixture("orgs_utf8_bom.csv"));
    QVERIFY2(report, qPrintable(describe(report.problems())));
    QVERIFY(report.value().written);
    QCOMPARE(report.value().encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(report.value().ignoredColumns, QStringList {QStringLiteral("Colonna extra")});
    OrganisationStore store(f.archive);
    QCOMPARE(store.list().size(), 3);
    const auto alfa = store.findByTaxCode(QStringLiteral("00095450144"));
    QVERIFY(alfa);
    QCOMPARE(alfa->name, QStringLiteral("Cooperativa Sociale \"Alfa\""));
    QCOMPARE(alfa->category, Category::SocialCooperative);
    QCOMPARE(alfa->address, QStringLiteral("Via Roma 1 23100 Sondrio"));
    QCOMPARE(alfa->notes, QStringLiteral("Prima riga\nseconda riga"));
    QCOMPARE(alfa->phone, QStringLiteral("0342 526283"));
    const auto city = store.findByTaxCode(QStringLiteral("01234567897"));
    QCOMPARE(city->name, QString::fromUtf8("Associazione Città Aperta"));
    QCOMPARE(city->category, Category::SocialPromotionAssociation);
    QCOMPARE(store.findByTaxCode(QStringLiteral("80001234568"))->category,
             Category::VolunteerOrganisation);
    // Audited as one import.
    const auto entries = AuditLog(f.archive).entries();
    QCOMPARE(entries.size(), 3);
    for (const AuditEntry &e : entries)
        QCOMPARE(e.operation, QStringLiteral("import orgs"));
}

void TestImport::importsWindows1252Accents()
{
    ArchiveFixture f;
    const auto report = RegisterImport(f.archive, RegisterImport::Kind::Organisations)
                            .run(fixture("orgs_windows1252.csv"));
    QVERIFY(report && report.value().written);
    QCOMPARE(report.value().encoding, QStringLiteral("Windows-1252"));
    OrganisationStore store(f.archive);
    const auto coop = store.findByTaxCode(QStringLiteral("91004567896"));
    QCOMPARE(coop->name, QString::fromUtf8("Società Cooperativa Solidarietà"));
    QCOMPARE(coop->notes, QString::fromUtf8("Quota € 20"));
    QCOMPARE(coop->category, Category::SocialCooperative);
    const auto home = store.findByTaxCode(QStringLiteral("02345678904"));
    QCOMPARE(home->name, QString::fromUtf8("Fondazione Casa di Riposo Perché No"));
    QCOMPARE(home->notes, QString::fromUtf8("“virgolette”"));
    QCOMPARE(home->category, Category::CareHomeFoundation);
}

void TestImport::wrongRowsWriteNothing()
{
    ArchiveFixture f;
    Organisation existing;
    existing.name = QStringLiteral("Alfa");
    existing.taxCode = QStringLiteral("00095450144");
    QVERIFY(OrganisationStore(f.archive).add(existing));
    const qsizetype auditBefore = AuditLog(f.archive).entries().size();

    const auto report = RegisterImport(f.archive, RegisterImport::Kind::Organisations)
                            .run(fixture("orgs_wrong.csv"));
    QVERIFY(report);
    QVERIFY(!report.value().written);
    const auto &rows = report.value().rows;
    QCOMPARE(rows.size(), 5);
    QCOMPARE(report.value().refusedRows(), 4);
    QVERIFY(rows[0].problems.isEmpty());
    QCOMPARE(rows[1].line, 3);
    QCOMPARE(rulesOf(rows[1]), QStringList {QStringLiteral("TAX-CODE")});
    QCOMPARE(rulesOf(rows[2]), QStringList {QStringLiteral("CATEGORY")});
    QVERIFY(rows[2].problems.first().message.contains(QLatin1String("Bocciofila")));
    QCOMPARE(rulesOf(rows[3]), QStringList {QStringLiteral("DUPLICATE")});
    QVERIFY(rows[3].problems.first().message.contains(QLatin1String("line 2")));
    QCOMPARE(rulesOf(rows[4]), QStringList {QStringLiteral("DUPLICATE")});
    QVERIFY(rows[4].problems.first().message.contains(QLatin1String("already in the archive")));
    // Nothing written: not even the good first row.
    QCOMPARE(OrganisationStore(f.archive).list().size(), 1);
    QCOMPARE(AuditLog(f.archive).entries().size(), auditBefore);
}

void TestImport::dryRunWritesNothing()
{
    ArchiveFixture f;
    const auto report = RegisterImport(f.archive, RegisterImport::Kind::Organisations)
                            .check(fixture("orgs_utf8_bom.csv"));
    QVERIFY(report);
    QCOMPARE(report.value().rows.size(), 3);
    QVERIFY(!report.value().hasRefusals());
    QVERIFY(!report.value().written);
    QVERIFY(OrganisationStore(f.archive).list().isEmpty());
}

void TestImport::importsPeopleWithTheirOrganisation()
{
    ArchiveFixture f;
    QVERIFY(RegisterImport(f.archive, RegisterImport::Kind::Organisations)
                .run(fixture("orgs_utf8_bom.csv"))
                .value()
                .written);
    const auto report =
        RegisterImport(f.archive, RegisterImport::Kind::People).run(fixture("people.csv"));
    QVERIFY(report);
    QVERIFY2(report.value().written, qPrintable(describe(report.value().rows[1].problems)));
    QCOMPARE(report.value().separator, QLatin1Char(','));
    PersonStore people(f.archive);
    OrganisationStore orgs(f.archive);
    const auto rossi = people.findByTaxCode(QStringLiteral("RSSMRA85T10A562S"));
    QCOMPARE(rossi->organisationId, orgs.findByTaxCode(QStringLiteral("00095450144"))->id);
    QCOMPARE(rossi->phone, QStringLiteral("333 1234567"));
    const auto bianchi = people.findByTaxCode(QStringLiteral("BNCLRA90A41F205I")); // upper-cased
    QVERIFY(bianchi);
    QCOMPARE(bianchi->organisationId, orgs.findByTaxCode(QStringLiteral("01234567897"))->id);
    QCOMPARE(people.list().size(), 3);
}

void TestImport::unknownOrganisationRefusesThePerson()
{
    ArchiveFixture f;
    const auto report =
        RegisterImport(f.archive, RegisterImport::Kind::People).run(fixture("people.csv"));
    QVERIFY(report);
    QVERIFY(!report.value().written);
    QCOMPARE(rulesOf(report.value().rows[0]), QStringList {QStringLiteral("NOT-FOUND")});
    QVERIFY(report.value().rows[2].problems.isEmpty()); // Verdi has no organisation
    QVERIFY(PersonStore(f.archive).list().isEmpty());
}

void TestImport::columnsNeedMappingWhenUnrecognised()
{
    ArchiveFixture f;
    RegisterImport importer(f.archive, RegisterImport::Kind::Organisations);
    const QByteArray bytes = fixture("orgs_custom_headers.csv");
    const auto unmapped = importer.check(bytes);
    QVERIFY(!unmapped);
    QCOMPARE(unmapped.problems().size(), 2); // name and taxCode have no column
    QCOMPARE(unmapped.problems().first().rule, QStringLiteral("IMPORT-COLUMNS"));
    QVERIFY(!importer.check(bytes, {QStringLiteral("Sigla=nome")})); // unknown field
    QVERIFY(!importer.check(bytes, {QStringLiteral("Assente=name")})); // unknown column
    QVERIFY(!importer.check(bytes, {QStringLiteral("no equals sign")}));
    const auto mapped = importer.run(
        bytes, {QStringLiteral("sigla=name"), QStringLiteral("Identificativo fiscale=taxCode")});
    QVERIFY2(mapped, qPrintable(describe(mapped.problems())));
    QVERIFY(mapped.value().written);
    QCOMPARE(OrganisationStore(f.archive).list().first().name, QStringLiteral("Ente Strano"));
    // Two columns for one field are refused; "-" ignores one of them.
    const QByteArray twice = "Denominazione;Nome;Codice fiscale\r\nA;B;01234567897\r\n";
    QVERIFY(!importer.check(twice));
    const auto ignored = importer.check(twice, {QStringLiteral("Nome=-")});
    QVERIFY(ignored);
    QCOMPARE(ignored.value().ignoredColumns, QStringList {QStringLiteral("Nome")});
}

void TestImport::categoriesByIdNameAndAbbreviation()
{
    QCOMPARE(ImportValues::category(QStringLiteral("social-cooperative")),
             Category::SocialCooperative);
    QCOMPARE(ImportValues::category(QStringLiteral("COOPERATIVA SOCIALE")),
             Category::SocialCooperative);
    QCOMPARE(ImportValues::category(QStringLiteral("O.D.V.")), Category::VolunteerOrganisation);
    QCOMPARE(ImportValues::category(QStringLiteral("Forum delle Famiglie")), Category::FamilyForum);
    QCOMPARE(ImportValues::category(QStringLiteral("Ente di patronato")), Category::Patronage);
    QCOMPARE(ImportValues::category(QString()), Category::Other);
    QVERIFY(!ImportValues::category(QStringLiteral("Bocciofila")));
    QCOMPARE(ImportValues::boolean(QString::fromUtf8("Sì"), false), true);
    QCOMPARE(ImportValues::boolean(QStringLiteral("no"), true), false);
    QVERIFY(!ImportValues::boolean(QStringLiteral("forse"), true));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
