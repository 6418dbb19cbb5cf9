#include "reportdocuments.h"

#include "core/documents/italiandates.h"
#include "core/documents/italianwords.h"
#include "core/rules/composition.h"
#include "core/rules/cycleattendance.h"
#include "core/rules/objectiverules.h"
#include "core/rules/requestrules.h"
#include "core/storage/historystore.h"
#include "documentsettings.h"
#include "meetingdocuments.h"
#include "reportcharts.h"
#include "reportcounts.h"

#include <QSet>
#include <algorithm>

namespace tavolo {

using namespace documents;
using namespace reportcounts;

namespace {

QString kindWord(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Requested:
        return QStringLiteral("su richiesta");
    case MeetingKind::Joint:
        return QStringLiteral("congiunta");
    case MeetingKind::Ordinary:
        break;
    }
    return QStringLiteral("ordinaria");
}

QString act(QDate date, const QString &reference)
{
    QStringList parts;
    if (!reference.isEmpty())
        parts << reference;
    if (date.isValid())
        parts << QStringLiteral("del %1").arg(italian::shortDate(date));
    return parts.join(QLatin1Char(' '));
}

QString withAct(const QString &text, QDate date, const QString &reference)
{
    const QString a = act(date, reference);
    return a.isEmpty() ? text : QStringLiteral("%1 – %2").arg(text, a);
}

// A term that began or ended in the year: its first day says `began`, its last `ended`.
void term(QList<ReportChange> &out, int year, const Period &period, const QString &began,
          const QString &ended)
{
    if (inYear(period.from, year))
        out << ReportChange {period.from, began};
    if (inYear(period.to, year))
        out << ReportChange {period.to, ended};
}

QList<ReportChange> changes(const History &h, int year,
                            const ReportDocuments::OfficeTitle &officeTitle)
{
    QList<ReportChange> out;
    for (const OfficeTerm &t : h.officeTerms) {
        const QString who =
            QStringLiteral("%1, %2").arg(h.personName(t.personId), officeTitle(t.office));
        term(out, year, t.period, QStringLiteral("Inizio dell'incarico: ") + who,
             QStringLiteral("Fine dell'incarico: ") + who);
    }
    for (const Delegation &d : h.delegations) {
        const QString who = QStringLiteral("%1, delegato del %2")
                                .arg(h.personName(d.delegateId), officeTitle(d.office));
        term(out, year, d.period,
             withAct(QStringLiteral("Delega: ") + who, d.actDate, d.actReference),
             QStringLiteral("Fine della delega: ") + who);
    }
    for (const Designation &d : h.designations) {
        const QString who =
            QStringLiteral("%1 per %2")
                .arg(h.personName(d.personId), h.organisationName(d.organisationId));
        term(out, year, d.period,
             withAct(QStringLiteral("Designazione: ") + who, d.actDate, d.actReference),
             QStringLiteral("Fine della designazione: ") + who);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReportChange &a, const ReportChange &b) { return a.date < b.date; });
    return out;
}

QString outcome(const History &h, const ConvocationRequest &r, int year)
{
    const RequestStatus s = RequestRules::status(h, r, QDate(year, 12, 31));
    if (s.answeredBy) {
        if (const Meeting *m = h.meeting(*s.answeredBy))
            return m->isHeld()
                ? QStringLiteral("Seduta su richiesta tenuta il %1").arg(italian::longDate(m->date))
                : QStringLiteral("Seduta su richiesta convocata per il %1")
                      .arg(italian::longDate(m->date));
    }
    if (s.overdue)
        return QStringLiteral("Non convocata entro il termine del %1")
            .arg(italian::longDate(s.deadline));
    return QStringLiteral("In attesa al 31 dicembre: termine il %1")
        .arg(italian::longDate(s.deadline));
}

QString amendmentText(const Regulation &before, const Regulation &after)
{
    QStringList out;
    const auto changed = [&](const QString &what, int from, int to) {
        if (from != to)
            out << QStringLiteral("%1: da %2 a %3").arg(what).arg(from).arg(to);
    };
    changed(QStringLiteral("sedute minime annue"), before.minMeetingsPerYear,
            after.minMeetingsPerYear);
    changed(QStringLiteral("giorni di preavviso"), before.noticeDays, after.noticeDays);
    if (before.thresholdText() != after.thresholdText())
        out << QStringLiteral("soglia delle richieste di convocazione: da %1 a %2")
                   .arg(before.thresholdText(), after.thresholdText());
    changed(QStringLiteral("giorni per convocare su richiesta"), before.requestDeadlineDays,
            after.requestDeadlineDays);
    for (const Category c : Categories::withSeats())
        changed(QStringLiteral("seggi «%1»").arg(Categories::label(c)), before.seatsOf(c),
                after.seatsOf(c));
    if (out.isEmpty())
        return QStringLiteral("nessun parametro cambiato");
    QString text = out.join(QStringLiteral("; "));
    text[0] = text[0].toUpper();
    return text;
}

QString quantity(const Quantity &q, bool percent)
{
    const auto one = [](double v) {
        return italian::locale().toString(v, 'f', qFuzzyCompare(v, qRound(v)) ? 0 : 1);
    };
    if (q.per)
        return QStringLiteral("%1/%2").arg(one(q.amount), one(*q.per));
    return one(q.amount) + (percent ? QStringLiteral("%") : QString());
}

QString countedWords(int n)
{
    if (n == 0)
        return QStringLiteral("nessun elemento contato");
    return n == 1 ? QStringLiteral("1 elemento contato")
                  : QStringLiteral("%1 elementi contati").arg(n);
}

ReportObjective objective(const History &h, const Objective &o, int year)
{
    ReportObjective r {o, {}, {}};
    if (!o.strategicObjective.title.isEmpty())
        r.strategicObjective = o.strategicObjective.code.isEmpty()
            ? o.strategicObjective.title
            : QStringLiteral("%1 (%2)").arg(o.strategicObjective.title, o.strategicObjective.code);
    const QDate end(year, 12, 31);
    for (const Indicator &i : o.indicators) {
        const IndicatorValue v = IndicatorValues::on(h, i, end);
        ReportIndicator row {
            i.number, i.description, i.type, quantity(i.expected, false), QStringLiteral("–"),
            QString()};
        if (v.actual)
            row.actual = quantity(*v.actual, v.percent);
        if (v.measurement)
            row.source = QStringLiteral("calcolato dall'archivio al %1 (%2)")
                             .arg(italian::shortDate(end))
                             .arg(countedWords(int(v.measurement->counted.size())));
        else if (v.actual)
            row.source = QStringLiteral("rilevato al %1").arg(italian::shortDate(v.date));
        else
            row.source = QStringLiteral("nessun valore rilevato");
        r.indicators << row;
    }
    return r;
}

QString tableKind(const PlanningTable &t)
{
    QString kind;
    switch (t.kind) {
    case TableKind::Target:
        kind = QStringLiteral("Tavolo tematico");
        break;
    case TableKind::Plenary:
        kind = QStringLiteral("Plenaria");
        break;
    case TableKind::CoProgramming:
        kind = QStringLiteral("Tavolo di co-programmazione");
        break;
    }
    return kind
        + (t.level.isEmpty() ? QStringLiteral(" (Ambito)")
                             : QStringLiteral(" (sub-ambito %1)").arg(t.level));
}

ReportBodyActivity activity(const History &h, const QString &name, const QString &kind,
                            const QList<Meeting> &meetings, int year)
{
    ReportBodyActivity a {name, kind, 0, 0, 0, 0};
    QSet<QString> bodies;
    for (const Meeting &m : meetings) {
        if (!m.isHeld() || !inYear(m.date, year))
            continue;
        ++a.meetingsHeld;
        a.present += present(m);
        a.recorded += int(m.attendance.size());
        for (auto it = m.attendance.cbegin(); it != m.attendance.cend(); ++it)
            if (it.value() == Attendance::Present)
                bodies.insert(bodyKey(CycleAttendanceReport::bodyOf(h, it.key())));
    }
    a.bodies = int(bodies.size());
    return a;
}

void cycles(const History &h, int year, AnnualReportData &d)
{
    const Period whole {QDate(year, 1, 1), QDate(year, 12, 31)};
    for (const PlanningCycle &c : h.cycles) {
        if (!c.period.overlaps(whole))
            continue;
        QStringList acts;
        const auto dated = [](const QString &what, const ActRecord &a) {
            QString text = QStringLiteral("%1 il %2").arg(what, italian::longDate(a.date));
            if (!a.actReference.isEmpty())
                text += QStringLiteral(" (%1)").arg(a.actReference);
            return text;
        };
        if (c.planApproved)
            acts << dated(QStringLiteral("Piano approvato"), *c.planApproved);
        if (c.agreementSigned)
            acts << dated(QStringLiteral("accordo di programma sottoscritto"), *c.agreementSigned);
        d.cycles << ReportCycle {
            c.name,
            c.period.isOpen()
                ? QStringLiteral("dal %1").arg(italian::longDate(c.period.from))
                : QStringLiteral("dal %1 al %2")
                      .arg(italian::longDate(c.period.from), italian::longDate(c.period.to)),
            acts.isEmpty() ? QString() : acts.join(QStringLiteral("; ")) + QLatin1Char('.')};
        for (const Call &call : h.calls) {
            if (call.cycleId != c.id || !inYear(call.published, year))
                continue;
            ReportCall r {c.name, call.title, call.published, call.reference, 0, 0, 0, 0};
            for (const Submission &s : h.submissions) {
                if (s.callId != call.id)
                    continue;
                ++r.submissions;
                if (s.late) {
                    ++r.late;
                    r.admitted += s.decision == Decision::Admitted ? 1 : 0;
                    r.notAdmitted += s.decision == Decision::NotAdmitted ? 1 : 0;
                }
            }
            d.calls << r;
        }
        for (const Adhesion &a : h.adhesions)
            if (a.cycleId == c.id && inYear(a.requested, year))
                d.adhesions << ReportAdhesion {c.name, h.organisationName(a.organisationId),
                                               a.requested, act(a.actDate, a.actReference)};
        for (const PlanningTable &t : h.tablesOf(c.id))
            d.activity << activity(h, t.name, tableKind(t), t.meetings, year);
    }
    std::stable_sort(
        d.adhesions.begin(), d.adhesions.end(),
        [](const ReportAdhesion &a, const ReportAdhesion &b) { return a.requested < b.requested; });
}

} // namespace

AnnualReportData ReportDocuments::fromHistory(const History &h, int year,
                                              const OfficeTitle &officeTitle)
{
    AnnualReportData d;
    d.year = year;
    const QDate end(year, 12, 31);
    d.minMeetings = CompositionRules::regulationOn(h, end).minMeetingsPerYear;
    d.changes = changes(h, year, officeTitle);
    for (const Meeting &m : h.meetingsOf(MeetingBody::tavolo())) {
        if (!inYear(m.date, year))
            continue;
        if (m.state == MeetingState::Cancelled)
            ++d.cancelled;
        if (m.isHeld())
            d.meetings << ReportMeeting {m.date, kindWord(m.kind), present(m),
                                         int(m.attendance.size()), m.place};
    }
    for (const ConvocationRequest &r : h.requests) {
        if (!inYear(r.date, year))
            continue;
        QStringList names;
        for (const qint64 id : r.signatories)
            names << h.personName(id);
        d.requests << ReportRequest {r.date, names.join(QStringLiteral(", ")), r.motivation,
                                     outcome(h, r, year)};
    }
    for (const Regulation &a : h.amendments) {
        if (!inYear(a.effective, year))
            continue;
        const Regulation before = CompositionRules::regulationOn(h, a.effective.addDays(-1));
        const Meeting *at = a.approvedAtMeeting ? h.meeting(*a.approvedAtMeeting) : nullptr;
        d.amendments << ReportAmendment {
            a.effective, amendmentText(before, a),
            at ? QStringLiteral("seduta del %1").arg(italian::longDate(at->date)) : QString()};
    }
    for (const WorkingGroup &g : h.groups) {
        const ReportBodyActivity a =
            activity(h, g.name, QStringLiteral("Gruppo di lavoro"), g.meetings, year);
        if (a.meetingsHeld > 0)
            d.activity << a;
    }
    cycles(h, year, d);
    for (const Objective &o : h.objectives)
        if (o.firstYear <= year && year <= std::max(o.firstYear, o.lastYear))
            d.objectives << objective(h, o, year);
    reportcharts::add(h, year, d);
    return d;
}

AnnualReportData ReportDocuments::annual(Archive &archive, int year, QDate written)
{
    return annual(archive, HistoryStore(archive).load(), year, written);
}

AnnualReportData ReportDocuments::annual(Archive &archive, const History &history, int year,
                                         QDate written)
{
    const DocumentSettings settings(archive);
    AnnualReportData d =
        fromHistory(history, year, [&settings](Office o) { return settings.officeTitle(o); });
    d.tavoloName = QStringLiteral("Tavolo del Terzo Settore")
        + italian::districtSuffix(settings.districtName());
    d.composition = MeetingDocuments::composition(archive, QDate(year, 12, 31));
    d.written = written;
    return d;
}

} // namespace tavolo
