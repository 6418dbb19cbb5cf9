#include "measures.h"

#include "cycleattendance.h"
#include "ruletext.h"
#include "submissionrules.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace tavolo {

namespace {

const QString kTavoloMeetings = QStringLiteral("tavolo-meetings-held");
const QString kTavoloAttendance = QStringLiteral("tavolo-attendance-rate");
const QString kCoDesign = QStringLiteral("co-design-activities");
const QString kBodies = QStringLiteral("cycle-bodies");
const QString kSubmissions = QStringLiteral("submissions-received");
const QString kAdhesions = QStringLiteral("adhesions");

// The window a measure counts over: [from, to]; a null `from` has no first day.
struct Window
{
    QDate from;
    QDate to;
    std::optional<qint64> cycleId;

    bool contains(QDate day) const
    {
        return day.isValid() && day <= to && (from.isNull() || day >= from);
    }
    bool takes(const PlanningTable &t) const { return !cycleId || t.cycleId == *cycleId; }
    bool takes(const Call &c) const { return !cycleId || c.cycleId == *cycleId; }
};

QList<Meeting> heldTavoloMeetings(const History &h, const Window &w)
{
    QList<Meeting> out;
    for (const Meeting &m : h.meetings)
        if (m.isHeld() && w.contains(m.date))
            out << m;
    return out;
}

// The held meetings of the window's planning tables, each with its table.
QList<std::pair<const PlanningTable *, Meeting>> heldTableMeetings(const History &h,
                                                                   const Window &w)
{
    QList<std::pair<const PlanningTable *, Meeting>> out;
    for (const PlanningTable &t : h.tables)
        if (w.takes(t))
            for (const Meeting &m : t.meetings)
                if (m.isHeld() && w.contains(m.date))
                    out << std::pair {&t, m};
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.second.date < b.second.date; });
    return out;
}

bool isGuest(const Meeting &m, qint64 personId)
{
    return std::any_of(m.guests.cbegin(), m.guests.cend(),
                       [&](const Guest &g) { return g.personId == personId; });
}

void tavoloMeetings(const History &h, const Window &w, Measurement &out)
{
    for (const Meeting &m : heldTavoloMeetings(h, w))
        out.counted << CountedItem {CountedItem::Kind::Meeting,
                                    m.id,
                                    std::nullopt,
                                    m.date,
                                    Measures::meetingLabel(h, m),
                                    MeetingTerms::kindLabel(m.kind)};
    out.value = double(out.counted.size());
}

void tavoloAttendance(const History &h, const Window &w, Measurement &out)
{
    int present = 0;
    int marks = 0;
    for (const Meeting &m : heldTavoloMeetings(h, w)) {
        int here = 0;
        int marked = 0;
        for (auto it = m.attendance.cbegin(); it != m.attendance.cend(); ++it) {
            if (isGuest(m, it.key()))
                continue;
            ++marked;
            here += it.value() == Attendance::Present ? 1 : 0;
        }
        present += here;
        marks += marked;
        out.counted << CountedItem {CountedItem::Kind::Meeting,
                                    m.id,
                                    std::nullopt,
                                    m.date,
                                    Measures::meetingLabel(h, m),
                                    Measures::tr("%1 present of %2").arg(here).arg(marked)};
    }
    out.value = marks == 0 ? 0.0 : 100.0 * present / marks;
}

void coDesign(const History &h, const Window &w, Measurement &out)
{
    QMap<qint64, QList<QDate>> held; // table → days of its held meetings
    for (const auto &[table, meeting] : heldTableMeetings(h, w))
        if (table->kind == TableKind::CoProgramming)
            held[table->id] << meeting.date;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        QStringList days;
        for (QDate d : it.value())
            days << RuleText::day(d);
        out.counted << CountedItem {
            CountedItem::Kind::Table,
            it.key(),
            std::nullopt,
            it.value().first(),
            h.table(it.key())->name,
            Measures::tr("%n meeting(s) held: %1", nullptr, int(days.size()))
                .arg(days.join(QStringLiteral(", ")))};
    }
    out.value = double(out.counted.size());
}

void bodies(const History &h, const Window &w, Measurement &out)
{
    struct Took
    {
        AttendanceBody body;
        QDate first;
        int meetings = 0;
    };
    QMap<QString, Took> took; // by name, then key
    for (const auto &[table, meeting] : heldTableMeetings(h, w)) {
        QSet<QString> here;
        for (auto it = meeting.attendance.cbegin(); it != meeting.attendance.cend(); ++it) {
            if (it.value() != Attendance::Present)
                continue;
            const AttendanceBody b = CycleAttendanceReport::bodyOf(h, it.key());
            const QString key = b.name
                + (b.organisationId ? QStringLiteral("\x1fo%1").arg(*b.organisationId)
                                    : QStringLiteral("\x1fp%1").arg(*b.personId));
            if (here.contains(key))
                continue;
            here.insert(key);
            Took &t = took[key];
            if (t.meetings == 0)
                t = Took {b, meeting.date, 0};
            ++t.meetings;
        }
    }
    for (const Took &t : std::as_const(took))
        out.counted << CountedItem {CountedItem::Kind::Body,
                                    t.body.organisationId.value_or(0),
                                    t.body.personId,
                                    t.first,
                                    t.body.name,
                                    Measures::tr("present at %n meeting(s)", nullptr, t.meetings)};
    out.value = double(out.counted.size());
}

void submissions(const History &h, const Window &w, Measurement &out)
{
    for (const Submission &s : h.submissions) {
        const Call *c = h.call(s.callId);
        if (!c || !w.takes(*c) || !w.contains(s.received.date()))
            continue;
        out.counted << CountedItem {
            CountedItem::Kind::Submission,
            s.id,
            std::nullopt,
            s.received.date(),
            SubmissionRules::describe(h, s),
            Measures::tr("form %1, %2").arg(s.form, CycleTerms::timelinessLabel(s.late))};
    }
    out.value = double(out.counted.size());
}

void adhesions(const History &h, const Window &w, Measurement &out)
{
    for (const Adhesion &a : h.adhesions) {
        if ((w.cycleId && a.cycleId != *w.cycleId) || !w.contains(a.requested))
            continue;
        out.counted << CountedItem {
            CountedItem::Kind::Adhesion,          a.id,          std::nullopt, a.requested,
            h.organisationName(a.organisationId), a.actReference};
    }
    std::sort(out.counted.begin(), out.counted.end(),
              [](const CountedItem &a, const CountedItem &b) { return a.date < b.date; });
    out.value = double(out.counted.size());
}

} // namespace

QList<MeasureInfo> Measures::all()
{
    return {
        {kTavoloMeetings, tr("Meetings of the Tavolo held"),
         tr("The meetings of the Tavolo del Terzo Settore held from 1 January of the date's "
            "year up to the date. Meetings planned, convened but not yet held, or cancelled "
            "are not counted; those of working groups and planning tables neither."),
         false, false},
        {kTavoloAttendance, tr("Attendance at the Tavolo"),
         tr("Of the members marked at the Tavolo's meetings held from 1 January of the date's "
            "year up to the date, the share marked present, in percent (present over present, "
            "excused and absent together; the guests invited by the chair are not counted)."),
         true, false},
        {kCoDesign, tr("Co-design activities carried out"),
         tr("The co-programming and co-design tables that held at least one meeting from 1 "
            "January of the date's year up to the date (of the cycle given: every meeting of "
            "the cycle up to the date). A table counts once however many times it met."),
         false, true},
        {kBodies, tr("Bodies that took part"),
         tr("The bodies (an organisation, or a person who belongs to none) of which someone "
            "was marked present at a held meeting of a planning table or plenary, from 1 "
            "January of the date's year up to the date (of the cycle given: every meeting of "
            "the cycle up to the date). A body counts once."),
         false, true},
        {kSubmissions, tr("Submissions received"),
         tr("The submissions to the calls for expressions of interest received from 1 January "
            "of the date's year up to the date (of the cycle given: every one received up to "
            "the date), on time or late, whatever was decided, each form counted."),
         false, true},
        {kAdhesions, tr("Adhesions to the programme agreement"),
         tr("The bodies' requests to adhere to the accordo di programma made from 1 January "
            "of the date's year up to the date (of the cycle given: every one up to the "
            "date)."),
         false, true},
    };
}

std::optional<MeasureInfo> Measures::find(const QString &id)
{
    for (const MeasureInfo &m : all())
        if (m.id == id)
            return m;
    return std::nullopt;
}

Problems Measures::problems(const History &history, const QString &measure,
                            std::optional<qint64> cycleId, const QString &field)
{
    const auto info = find(measure);
    if (!info) {
        QStringList ids;
        for (const MeasureInfo &m : all())
            ids << m.id;
        return {Problem::refused(QStringLiteral("MEASURE"),
                                 tr("There is no measure \"%1\"; the measures are: %2.")
                                     .arg(measure, ids.join(QStringLiteral(", "))),
                                 field)};
    }
    if (cycleId && !info->overCycle)
        return {Problem::refused(QStringLiteral("MEASURE"),
                                 tr("The measure \"%1\" counts the Tavolo's meetings: it takes "
                                    "no cycle.")
                                     .arg(info->name),
                                 field)};
    if (cycleId && !history.cycle(*cycleId))
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no cycle with id %1.").arg(*cycleId), field)};
    return {};
}

Measurement Measures::compute(const History &history, const QString &measure, QDate asOf,
                              std::optional<qint64> cycleId)
{
    Measurement out;
    out.measure = measure;
    out.asOf = asOf;
    out.cycleId = cycleId;
    const auto info = find(measure);
    if (!info || !asOf.isValid())
        return out;
    const Window w {cycleId && info->overCycle ? QDate() : QDate(asOf.year(), 1, 1), asOf,
                    info->overCycle ? cycleId : std::nullopt};
    out.from = w.from;
    if (measure == kTavoloMeetings)
        tavoloMeetings(history, w, out);
    else if (measure == kTavoloAttendance)
        tavoloAttendance(history, w, out);
    else if (measure == kCoDesign)
        coDesign(history, w, out);
    else if (measure == kBodies)
        bodies(history, w, out);
    else if (measure == kSubmissions)
        submissions(history, w, out);
    else if (measure == kAdhesions)
        adhesions(history, w, out);
    return out;
}

QString Measures::meetingLabel(const History &history, const Meeting &meeting)
{
    QString body = tr("Tavolo del Terzo Settore");
    if (meeting.body.kind == BodyKind::Table) {
        if (const PlanningTable *t = history.table(meeting.body.id))
            body = t->name;
    } else if (meeting.body.kind == BodyKind::Group) {
        if (const WorkingGroup *g = history.group(meeting.body.id))
            body = g->name;
    }
    return QStringLiteral("%1 – %2").arg(RuleText::day(meeting.date), body);
}

} // namespace tavolo
