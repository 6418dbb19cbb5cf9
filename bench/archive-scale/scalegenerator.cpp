#include "scalegenerator.h"

#include "core/domain/taxcode.h"

#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace tavolo::bench {

namespace {

const QStringList kGiven = {
    QStringLiteral("Marco"),     QStringLiteral("Giulia"),  QStringLiteral("Luca"),
    QStringLiteral("Francesca"), QStringLiteral("Andrea"),  QStringLiteral("Chiara"),
    QStringLiteral("Paolo"),     QStringLiteral("Sara"),    QStringLiteral("Giovanni"),
    QStringLiteral("Elena"),     QStringLiteral("Stefano"), QStringLiteral("Anna"),
    QStringLiteral("Roberto"),   QStringLiteral("Laura"),   QStringLiteral("Matteo"),
    QStringLiteral("Silvia"),    QStringLiteral("Davide"),  QStringLiteral("Martina"),
    QStringLiteral("Nicolò"),    QStringLiteral("Federica")};
const QStringList kFamily = {
    QStringLiteral("Rossi"),       QStringLiteral("Bianchi"),    QStringLiteral("Ferrari"),
    QStringLiteral("Colombo"),     QStringLiteral("Ricci"),      QStringLiteral("Gallo"),
    QStringLiteral("Conti"),       QStringLiteral("Mancini"),    QStringLiteral("Costa"),
    QStringLiteral("Greco"),       QStringLiteral("Bruno"),      QStringLiteral("Fontana"),
    QStringLiteral("Moretti"),     QStringLiteral("Barbieri"),   QStringLiteral("Lombardi"),
    QStringLiteral("Galli"),       QStringLiteral("Martinelli"), QStringLiteral("Pedrotti"),
    QStringLiteral("Della Valle"), QStringLiteral("Sciortino"),  QStringLiteral("Bertolini"),
    QStringLiteral("Tognoli"),     QStringLiteral("Mottarella"), QStringLiteral("Ciapponi")};
const QStringList kComuni = {QStringLiteral("Sondrio"),  QStringLiteral("Morbegno"),
                             QStringLiteral("Tirano"),   QStringLiteral("Chiavenna"),
                             QStringLiteral("Bormio"),   QStringLiteral("Livigno"),
                             QStringLiteral("Talamona"), QStringLiteral("Cosio Valtellino"),
                             QStringLiteral("Berbenno"), QStringLiteral("Ponte in Valtellina"),
                             QStringLiteral("Teglio"),   QStringLiteral("Grosio")};
const QStringList kWords = {
    QStringLiteral("Il Sentiero"), QStringLiteral("Solidarietà"), QStringLiteral("Nuovi Orizzonti"),
    QStringLiteral("La Quercia"),  QStringLiteral("Il Ponte"),    QStringLiteral("Insieme"),
    QStringLiteral("Arcobaleno"),  QStringLiteral("La Rete"),     QStringLiteral("Il Girasole"),
    QStringLiteral("Valle Amica"), QStringLiteral("Orizzonte"),   QStringLiteral("Casa Aperta"),
    QStringLiteral("Mano Tesa"),   QStringLiteral("Il Faro"),     QStringLiteral("San Martino"),
    QStringLiteral("Alpi Retiche")};
const QStringList kAreas = {
    QStringLiteral("Minori e famiglie"),   QStringLiteral("Anziani"),
    QStringLiteral("Disabilità"),          QStringLiteral("Povertà e inclusione"),
    QStringLiteral("Politiche abitative"), QStringLiteral("Lavoro")};

// The eleven seats of the seed regulation (R-E): a category per seat.
const QStringList kSeats = {QStringLiteral("social-cooperative"),
                            QStringLiteral("social-cooperative"),
                            QStringLiteral("volunteer-organisation"),
                            QStringLiteral("volunteer-organisation"),
                            QStringLiteral("social-promotion-association"),
                            QStringLiteral("care-home-foundation"),
                            QStringLiteral("local-foundation"),
                            QStringLiteral("patronage"),
                            QStringLiteral("family-association"),
                            QStringLiteral("family-forum"),
                            QStringLiteral("religious-body")};
const QStringList kCategoryWords = {QStringLiteral("Cooperativa Sociale"),
                                    QStringLiteral("Organizzazione di Volontariato"),
                                    QStringLiteral("Associazione di Promozione Sociale"),
                                    QStringLiteral("Fondazione RSA"),
                                    QStringLiteral("Fondazione Comunitaria"),
                                    QStringLiteral("Patronato"),
                                    QStringLiteral("Associazione Famiglie"),
                                    QStringLiteral("Forum delle Famiglie"),
                                    QStringLiteral("Parrocchia"),
                                    QStringLiteral("Associazione")};
const QStringList kCategories = {QStringLiteral("social-cooperative"),
                                 QStringLiteral("volunteer-organisation"),
                                 QStringLiteral("social-promotion-association"),
                                 QStringLiteral("care-home-foundation"),
                                 QStringLiteral("local-foundation"),
                                 QStringLiteral("patronage"),
                                 QStringLiteral("family-association"),
                                 QStringLiteral("family-forum"),
                                 QStringLiteral("religious-body"),
                                 QStringLiteral("other")};
const QStringList kOffices = {
    QStringLiteral("mayors-president"), QStringLiteral("planning-office-head"),
    QStringLiteral("asl-social-director"), QStringLiteral("asl-district-director")};

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject op(const char *name)
{
    return QJsonObject {{QStringLiteral("op"), QString::fromLatin1(name)}};
}

} // namespace

ScaleGenerator::ScaleGenerator(double scale, unsigned seed)
    : m_scale(scale)
    , m_random(seed)
    , m_organisations(count(5000))
    , m_people(count(10000))
{
    for (int i = 0; i < m_organisations; ++i)
        // Every tenth is of each seat category at least; the rest anywhere, a third "other".
        m_categories << (i < 90 ? kCategories.at(i % 9) : kCategories.at(pick(kCategories.size())));
    planTerms();
}

int ScaleGenerator::count(int full) const
{
    return qMax(1, int(std::lround(full * m_scale)));
}

QString ScaleGenerator::organisationCode(int i) const
{
    const QString ten = QStringLiteral("8%1").arg(i, 9, 10, QLatin1Char('0'));
    return ten + TaxCode::bodyCheckDigit(ten);
}

QString ScaleGenerator::personCode(int i) const
{
    QString letters;
    for (int k = 0, n = i; k < 6; ++k, n /= 26)
        letters.prepend(QChar(u'A' + n % 26));
    const QString fifteen = letters + QStringLiteral("80A01H501");
    return fifteen + TaxCode::personCheckLetter(fifteen);
}

void ScaleGenerator::planTerms()
{
    // Offices: a holder every five years, each a person of their own (the first people).
    int nextPerson = 0;
    for (const QString &office : kOffices)
        for (int y = firstDay().year(); y <= lastDay().year(); y += 5) {
            const QDate to = QDate(y + 4, 12, 31);
            m_offices << Term {nextPerson++, -1, office, QDate(y, 1, 1),
                               to >= lastDay() ? QDate() : to};
        }
    // Designations: consecutive terms on each of the eleven seats over the twenty years; each
    // representative is a person of her own, member of the organisation that designates her.
    const int total = count(1200);
    const int span = int(firstDay().daysTo(lastDay())) + 1;
    for (int seat = 0; seat < kSeats.size(); ++seat) {
        const int terms = total / kSeats.size() + (seat < total % kSeats.size() ? 1 : 0);
        if (terms == 0)
            continue;
        QList<int> candidates;
        for (int o = 0; o < m_organisations; ++o)
            if (m_categories.at(o) == kSeats.at(seat))
                candidates << o;
        for (int t = 0; t < terms && !candidates.isEmpty(); ++t) {
            const QDate from = firstDay().addDays(qint64(span) * t / terms);
            const QDate to = firstDay().addDays(qint64(span) * (t + 1) / terms - 1);
            const int organisation = candidates.at(pick(candidates.size()));
            m_personOrganisation.insert(nextPerson, organisation);
            m_designations << Term {nextPerson++, organisation, kSeats.at(seat), from,
                                    t + 1 == terms ? QDate() : to};
        }
    }
}

QList<ScaleGenerator::Phase> ScaleGenerator::phases()
{
    return {{QStringLiteral("organisations"), organisations()},
            {QStringLiteral("people"), people()},
            {QStringLiteral("offices and designations"), offices()},
            {QStringLiteral("meetings of the Tavolo"), tavoloMeetings()},
            {QStringLiteral("working groups"), groups()}};
}

QJsonArray ScaleGenerator::organisations()
{
    QJsonArray out;
    for (int i = 0; i < m_organisations; ++i) {
        const int c = int(kCategories.indexOf(m_categories.at(i)));
        const QString &comune = kComuni.at(pick(kComuni.size()));
        QJsonObject o = op("org.add");
        o.insert(QStringLiteral("name"),
                 QStringLiteral("%1 %2 di %3 (%4)")
                     .arg(kCategoryWords.at(c), kWords.at(pick(kWords.size())), comune)
                     .arg(i + 1));
        o.insert(QStringLiteral("category"), m_categories.at(i));
        o.insert(QStringLiteral("taxCode"), organisationCode(i));
        o.insert(QStringLiteral("comune"), comune);
        o.insert(QStringLiteral("pec"), QStringLiteral("ente%1@pec.example.it").arg(i + 1));
        out << o;
    }
    return out;
}

QJsonArray ScaleGenerator::people()
{
    QJsonArray out;
    for (int i = 0; i < m_people; ++i) {
        QJsonObject p = op("person.add");
        const QString &given = kGiven.at(pick(kGiven.size()));
        const QString &family = kFamily.at(pick(kFamily.size()));
        p.insert(QStringLiteral("givenName"), given);
        p.insert(QStringLiteral("familyName"), family);
        p.insert(QStringLiteral("taxCode"), personCode(i));
        p.insert(QStringLiteral("email"), QStringLiteral("persona%1@example.it").arg(i + 1));
        const int organisation =
            m_personOrganisation.value(i, pick(3) == 0 ? -1 : pick(m_organisations));
        if (organisation >= 0)
            p.insert(QStringLiteral("organisation"), organisationCode(organisation));
        out << p;
    }
    return out;
}

QJsonArray ScaleGenerator::offices()
{
    QJsonArray out;
    for (const Term &t : std::as_const(m_offices)) {
        QJsonObject o = op("office.assign");
        o.insert(QStringLiteral("office"), t.category);
        o.insert(QStringLiteral("person"), personCode(t.person));
        o.insert(QStringLiteral("from"), day(t.from));
        if (t.to.isValid())
            o.insert(QStringLiteral("to"), day(t.to));
        out << o;
    }
    return designations(out);
}

QJsonArray ScaleGenerator::designations(QJsonArray out)
{
    int protocol = 0;
    for (const Term &t : std::as_const(m_designations)) {
        QJsonObject d = op("designation.add");
        d.insert(QStringLiteral("organisation"), organisationCode(t.organisation));
        d.insert(QStringLiteral("person"), personCode(t.person));
        d.insert(QStringLiteral("from"), day(t.from));
        if (t.to.isValid())
            d.insert(QStringLiteral("to"), day(t.to));
        d.insert(QStringLiteral("actDate"), day(t.from.addDays(-5)));
        d.insert(QStringLiteral("actReference"),
                 QStringLiteral("prot. %1/%2").arg(++protocol).arg(t.from.year()));
        out << d;
    }
    return out;
}

QStringList ScaleGenerator::membersOn(QDate on) const
{
    QStringList members;
    for (const QList<Term> *terms : {&m_offices, &m_designations})
        for (const Term &t : *terms)
            if (t.from <= on && (!t.to.isValid() || on <= t.to))
                members << personCode(t.person);
    return members;
}

QString ScaleGenerator::attendanceStatus()
{
    const int r = pick(10);
    return r < 8 ? QStringLiteral("present")
        : r < 9  ? QStringLiteral("excused")
                 : QStringLiteral("absent");
}

// Held and minuted, the minutes approved at the body's next meeting: every meeting of the
// benchmark goes the way R-C and R-K ask, so `check` finds what a well-kept archive has.
QJsonArray ScaleGenerator::tavoloMeetings()
{
    QJsonArray out;
    const int meetingCount = count(400);
    const int span = int(firstDay().daysTo(lastDay()));
    for (int i = 0; i < meetingCount; ++i) {
        const QString ref = QStringLiteral("m%1").arg(i);
        const QDate date = firstDay().addDays(20 + qint64(span - 40) * i / meetingCount);
        QJsonObject add = op("meeting.add");
        add.insert(QStringLiteral("ref"), ref);
        add.insert(QStringLiteral("date"), day(date));
        add.insert(QStringLiteral("time"), QStringLiteral("16:30"));
        add.insert(QStringLiteral("place"),
                   QStringLiteral("Sala consiliare, via Nazario Sauro 33, Sondrio"));
        add.insert(
            QStringLiteral("agenda"),
            QJsonArray {QStringLiteral("Comunicazioni del Presidente"),
                        QStringLiteral("Stato di attuazione del Piano di Zona (%1)").arg(i + 1),
                        QStringLiteral("Varie ed eventuali")});
        if (i > 0)
            add.insert(QStringLiteral("approvePreviousMinutes"), true);
        out << add;
        QJsonObject convene = op("meeting.convene");
        convene.insert(QStringLiteral("meeting"), ref);
        convene.insert(QStringLiteral("date"), day(date.addDays(-10)));
        out << convene;
        QJsonArray attendance;
        for (const QString &member : membersOn(date))
            attendance << QJsonObject {{QStringLiteral("person"), member},
                                       {QStringLiteral("status"), attendanceStatus()}};
        QJsonObject hold = op("meeting.hold");
        hold.insert(QStringLiteral("meeting"), ref);
        hold.insert(QStringLiteral("attendance"), attendance);
        out << hold;
        if (i > 0) {
            QJsonObject approve = op("minutes.approve");
            approve.insert(QStringLiteral("minutes"), QStringLiteral("v%1").arg(i - 1));
            approve.insert(QStringLiteral("atMeeting"), ref);
            approve.insert(QStringLiteral("vote"), QStringLiteral("unanimous"));
            out << approve;
        }
        QJsonArray items;
        const int agendaItems = i > 0 ? 4 : 3;
        for (int item = 1; item <= agendaItems; ++item)
            items << QJsonObject {
                {QStringLiteral("item"), item},
                {QStringLiteral("summary"), QStringLiteral("Il Tavolo discute il punto.")},
                {QStringLiteral("decision"), QStringLiteral("Il Tavolo prende atto.")},
                {QStringLiteral("vote"), QStringLiteral("unanimous")}};
        QJsonObject draft = op("minutes.draft");
        draft.insert(QStringLiteral("ref"), QStringLiteral("v%1").arg(i));
        draft.insert(QStringLiteral("meeting"), ref);
        draft.insert(QStringLiteral("opened"), QStringLiteral("16:40"));
        draft.insert(QStringLiteral("closed"), QStringLiteral("18:30"));
        draft.insert(QStringLiteral("secretary"), membersOn(date).at(1)); // the planning office
        draft.insert(QStringLiteral("items"), items);
        out << draft;
    }
    return out;
}

QJsonArray ScaleGenerator::groups()
{
    QJsonArray out;
    const int groupCount = count(200);
    const int meetingCount = count(850);
    constexpr int Participants = 40;
    const int span = int(firstDay().daysTo(lastDay()));
    for (int g = 0; g < groupCount; ++g) {
        const QString ref = QStringLiteral("g%1").arg(g);
        QJsonObject add = op("group.add");
        add.insert(QStringLiteral("ref"), ref);
        add.insert(QStringLiteral("name"),
                   QStringLiteral("Gruppo %1 n. %2").arg(kAreas.at(g % kAreas.size())).arg(g + 1));
        add.insert(QStringLiteral("area"), kAreas.at(g % kAreas.size()));
        out << add;
        QStringList participants;
        QSet<int> chosen;
        while (participants.size() < qMin(Participants, m_people)) {
            const int p = pick(m_people);
            if (chosen.contains(p))
                continue;
            chosen.insert(p);
            participants << personCode(p);
            QJsonObject join = op("group.participant.add");
            join.insert(QStringLiteral("group"), ref);
            join.insert(QStringLiteral("person"), participants.last());
            out << join;
        }
        QJsonObject propose = op("group.coordinator.propose");
        propose.insert(QStringLiteral("group"), ref);
        propose.insert(QStringLiteral("person"), participants.first());
        out << propose;
        const int own = meetingCount / groupCount + (g < meetingCount % groupCount ? 1 : 0);
        const QDate start = firstDay().addDays(30 + qint64(span - 400) * g / groupCount);
        for (int k = 0; k < own; ++k) {
            const QString meeting = QStringLiteral("gm%1-%2").arg(g).arg(k);
            const QDate date = start.addDays(qint64(60) * k);
            QJsonObject madd = op("meeting.add"); // with `group`: takes approvePreviousMinutes
            madd.insert(QStringLiteral("ref"), meeting);
            madd.insert(QStringLiteral("group"), ref);
            madd.insert(QStringLiteral("date"), day(date));
            madd.insert(QStringLiteral("time"), QStringLiteral("10:00"));
            madd.insert(QStringLiteral("place"), QStringLiteral("Ufficio di Piano, Sondrio"));
            madd.insert(QStringLiteral("agenda"),
                        QJsonArray {QStringLiteral("Avanzamento dei lavori del gruppo"),
                                    QStringLiteral("Proposte al Tavolo")});
            if (k > 0)
                madd.insert(QStringLiteral("approvePreviousMinutes"), true);
            out << madd;
            QJsonArray attendance;
            for (const QString &person : std::as_const(participants)) // the coordinator is there
                attendance << QJsonObject {{QStringLiteral("person"), person},
                                           {QStringLiteral("status"),
                                            person == participants.first()
                                                ? QStringLiteral("present")
                                                : attendanceStatus()}};
            QJsonObject hold = op("group.meeting.hold");
            hold.insert(QStringLiteral("meeting"), meeting);
            hold.insert(QStringLiteral("attendance"), attendance);
            if (k == 0)
                hold.insert(QStringLiteral("ratifyCoordinator"), true);
            out << hold;
            if (k > 0) {
                QJsonObject approve = op("minutes.approve");
                approve.insert(QStringLiteral("minutes"),
                               QStringLiteral("gv%1-%2").arg(g).arg(k - 1));
                approve.insert(QStringLiteral("atMeeting"), meeting);
                approve.insert(QStringLiteral("vote"), QStringLiteral("unanimous"));
                out << approve;
            }
            QJsonArray items;
            for (int item = 1; item <= (k > 0 ? 3 : 2); ++item)
                items << QJsonObject {
                    {QStringLiteral("item"), item},
                    {QStringLiteral("summary"), QStringLiteral("Il gruppo discute il punto.")},
                    {QStringLiteral("decision"), QStringLiteral("Il gruppo prende atto.")},
                    {QStringLiteral("vote"), QStringLiteral("unanimous")}};
            QJsonObject draft = op("minutes.draft");
            draft.insert(QStringLiteral("ref"), QStringLiteral("gv%1-%2").arg(g).arg(k));
            draft.insert(QStringLiteral("meeting"), meeting);
            draft.insert(QStringLiteral("opened"), QStringLiteral("10:05"));
            draft.insert(QStringLiteral("closed"), QStringLiteral("12:00"));
            draft.insert(QStringLiteral("secretary"), participants.at(1));
            draft.insert(QStringLiteral("items"), items);
            out << draft;
        }
    }
    return out;
}

} // namespace tavolo::bench
