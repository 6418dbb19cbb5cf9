#include "archivefixture.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

using namespace tavolo;

namespace {

Organisation alfa()
{
    Organisation o;
    o.name = QStringLiteral("Cooperativa Sociale Alfa");
    o.category = Category::SocialCooperative;
    o.taxCode = QStringLiteral("00095450144");
    o.pec = QStringLiteral("alfa@pec.coopalfa.it");
    o.comune = QStringLiteral("Sondrio");
    return o;
}

Person rossi(std::optional<qint64> organisation = std::nullopt)
{
    Person p;
    p.givenName = QStringLiteral("Mario");
    p.familyName = QStringLiteral("Rossi");
    p.taxCode = QStringLiteral("RSSMRA85T10A562S");
    p.organisationId = organisation;
    return p;
}

bool refusedWith(const Problems &problems, const QString &rule)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem &p) { return p.rule == rule; });
}

} // namespace

class TestRegister : public QObject
{
    Q_OBJECT
private slots:
    void addAndFindOrganisation();
    void normalisesInput();
    void refusesWrongTaxCodeAndChangesNothing();
    void refusesDuplicateTaxCode();
    void refusesBadPecAndEmail();
    void updateOrganisation();
    void deleteRefusedWhileReferenced();
    void restoreGivesBackTheSameRecord();
    void personOptionalTaxCodeAndOrganisation();
    void personRefusals();
    void listsAreSorted();
    void controlCharactersRefusedAtTheDoor();
};

void TestRegister::addAndFindOrganisation()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    const auto added = store.add(alfa());
    QVERIFY2(added, qPrintable(describe(added.problems())));
    const auto found = store.find(added.value());
    QVERIFY(found);
    Organisation expected = alfa();
    expected.id = added.value();
    expected.version = 1; // a new record's first version (migration 007)
    QCOMPARE(*found, expected);
    QCOMPARE(store.findByTaxCode(QStringLiteral("00095450144"))->id, added.value());
}

void TestRegister::normalisesInput()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    Organisation o = alfa();
    o.name = QStringLiteral("  Alfa  ");
    o.taxCode = QStringLiteral("000 954 501 44");
    const auto added = store.add(o);
    QVERIFY(added);
    QCOMPARE(store.find(added.value())->name, QStringLiteral("Alfa"));
    QCOMPARE(store.find(added.value())->taxCode, QStringLiteral("00095450144"));
}

void TestRegister::refusesWrongTaxCodeAndChangesNothing()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    Organisation o = alfa();
    o.taxCode = QStringLiteral("00095450145");
    const auto added = store.add(o);
    QVERIFY(!added);
    QCOMPARE(added.problems().first().rule, QStringLiteral("TAX-CODE"));
    QCOMPARE(added.problems().first().field, QStringLiteral("taxCode"));
    QVERIFY(added.problems().first().message.contains(QStringLiteral("00095450145")));
    QVERIFY(store.list().isEmpty());
}

void TestRegister::refusesDuplicateTaxCode()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    QVERIFY(store.add(alfa()));
    Organisation twin = alfa();
    twin.name = QStringLiteral("Alfa bis");
    const auto again = store.add(twin);
    QVERIFY(!again);
    QVERIFY(refusedWith(again.problems(), QStringLiteral("DUPLICATE")));
    QVERIFY(again.problems().first().message.contains(QStringLiteral("Cooperativa Sociale Alfa")));
    QCOMPARE(store.list().size(), 1);
}

void TestRegister::refusesBadPecAndEmail()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    Organisation o = alfa();
    o.pec = QStringLiteral("alfa at pec");
    o.email = QStringLiteral("info@");
    const auto added = store.add(o);
    QVERIFY(!added);
    QVERIFY(refusedWith(added.problems(), QStringLiteral("PEC")));
    QVERIFY(refusedWith(added.problems(), QStringLiteral("EMAIL")));
}

void TestRegister::updateOrganisation()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    const qint64 id = store.add(alfa()).value();
    Organisation o = *store.find(id);
    o.active = false;
    o.phone = QStringLiteral("0342 526283");
    QVERIFY(store.update(o));
    QCOMPARE(store.find(id)->active, false);
    QCOMPARE(store.find(id)->phone, QStringLiteral("0342 526283"));

    o.taxCode = QStringLiteral("123");
    QVERIFY(!store.update(o));
    QCOMPARE(store.find(id)->taxCode, QStringLiteral("00095450144"));

    o.id = 999;
    QCOMPARE(store.update(o).problems().first().rule, QStringLiteral("NOT-FOUND"));
}

void TestRegister::deleteRefusedWhileReferenced()
{
    ArchiveFixture f;
    OrganisationStore organisations(f.archive);
    PersonStore people(f.archive);
    const qint64 org = organisations.add(alfa()).value();
    const qint64 person = people.add(rossi(org)).value();
    const auto refused = organisations.remove(org);
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("IN-USE"));
    QVERIFY(organisations.find(org));
    QVERIFY(people.remove(person));
    QVERIFY(organisations.remove(org));
    QVERIFY(!organisations.find(org));
}

// Undo of a delete in the GUI puts the record back under its own id, so references by id
// (a person's organisation, later the history) still hold.
void TestRegister::restoreGivesBackTheSameRecord()
{
    ArchiveFixture f;
    OrganisationStore organisations(f.archive);
    PersonStore people(f.archive);
    const qint64 org = organisations.add(alfa()).value();
    const Organisation before = *organisations.find(org);
    const qint64 person = people.add(rossi(org)).value();
    const Person personBefore = *people.find(person);
    QVERIFY(people.remove(person));
    QVERIFY(organisations.remove(org));

    QVERIFY(!people.restore(personBefore)); // its organisation is not back yet: refused
    QVERIFY(!people.find(person));
    const auto restored = organisations.restore(before);
    QVERIFY2(restored, qPrintable(describe(restored.problems())));
    QCOMPARE(*organisations.find(org), before);
    QVERIFY(people.restore(personBefore));
    QCOMPARE(*people.find(person), personBefore);

    // Putting back over an existing id, or a duplicate tax code, is refused and changes nothing.
    QVERIFY(!organisations.restore(before));
    Organisation twin = before;
    twin.id = org + 100;
    const auto duplicate = organisations.restore(twin);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.problems().first().rule, QStringLiteral("DUPLICATE"));
    QCOMPARE(organisations.list().size(), 1);
}

void TestRegister::personOptionalTaxCodeAndOrganisation()
{
    ArchiveFixture f;
    PersonStore people(f.archive);
    Person p = rossi();
    p.taxCode.clear();
    const auto first = people.add(p);
    QVERIFY(first);
    const auto second = people.add(p); // two people without a tax code are allowed
    QVERIFY(second);
    QCOMPARE(people.find(first.value())->organisationId, std::nullopt);
    QVERIFY(people.find(first.value())->taxCode.isEmpty());
}

void TestRegister::personRefusals()
{
    ArchiveFixture f;
    PersonStore people(f.archive);
    Person p = rossi();
    p.taxCode = QStringLiteral("RSSMRA85T10A562T");
    QCOMPARE(people.add(p).problems().first().rule, QStringLiteral("TAX-CODE"));
    p = rossi(4242);
    QCOMPARE(people.add(p).problems().first().rule, QStringLiteral("NOT-FOUND"));
    p = rossi();
    p.familyName = QStringLiteral("   ");
    QCOMPARE(people.add(p).problems().first().rule, QStringLiteral("REQUIRED"));
    QVERIFY(people.add(rossi()));
    QCOMPARE(people.add(rossi()).problems().first().rule, QStringLiteral("DUPLICATE"));
    QCOMPARE(people.list().size(), 1);
}

void TestRegister::listsAreSorted()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    Organisation b = alfa();
    b.name = QStringLiteral("beta");
    QVERIFY(store.add(b));
    Organisation a = alfa();
    a.name = QStringLiteral("Alfa");
    a.taxCode = QStringLiteral("01199250158");
    QVERIFY(store.add(a));
    const auto list = store.list();
    QCOMPARE(list.at(0).name, QStringLiteral("Alfa"));
    QCOMPARE(list.at(1).name, QStringLiteral("beta"));
}

void TestRegister::controlCharactersRefusedAtTheDoor()
{
    ArchiveFixture f;
    PersonStore people(f.archive);
    const QString escape = QStringLiteral("Mario\x1b[31m");
    for (const QString &name : {escape, QStringLiteral("Ma") + QChar(0) + QStringLiteral("rio"),
                                QStringLiteral("Mario") + QChar(0x07),
                                QStringLiteral("Ma") + QChar(0x0b) + QStringLiteral("rio"),
                                QStringLiteral("Ma") + QChar(0x85) + QStringLiteral("rio"),
                                QStringLiteral("Mario") + QChar(0xd800) + QStringLiteral("x")}) {
        Person p = rossi();
        p.givenName = name;
        const auto refused = people.add(p);
        QVERIFY2(!refused, name.toUtf8().toHex().constData());
        QCOMPARE(refused.problems().constFirst().rule, QStringLiteral("TEXT"));
        QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("U+")),
                 qPrintable(refused.problems().constFirst().message));
    }
    QVERIFY(people.list().isEmpty());
    // Line breaks and tabs are text; so is a whole emoji (a surrogate pair).
    Person fine = rossi();
    fine.notes = QStringLiteral("riga uno\n\triga due ") + QString::fromUtf8("\xF0\x9F\x98\x80");
    QVERIFY(people.add(fine));
    // A meeting's place and agenda items go through the same door.
    Meeting m;
    m.date = QDate(2026, 12, 10);
    m.time = QTime(17, 0);
    m.place = QStringLiteral("Sala\x1b]0;owned\x07");
    m.agenda = {QStringLiteral("Bilancio")};
    QVERIFY(!MeetingStore(f.archive).add(m));
    m.place = QStringLiteral("Sala consiliare");
    const auto meeting = MeetingStore(f.archive).add(m);
    QVERIFY(meeting);
    const auto item =
        MeetingStore(f.archive).addAgendaItem(meeting.value(), QStringLiteral("Va\x0brie"));
    QVERIFY(!item);
    QCOMPARE(item.problems().constFirst().rule, QStringLiteral("TEXT"));
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
