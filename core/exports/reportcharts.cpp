#include "reportcharts.h"

#include "core/rules/composition.h"
#include "core/rules/cycleattendance.h"
#include "reportcounts.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace tavolo::reportcharts {

using namespace documents;
using namespace reportcounts;

void add(const History &h, int year, AnnualReportData &d)
{
    // Meetings per year: the five years up to this one (fewer if the archive is younger).
    const QList<Meeting> tavolo = h.meetingsOf(MeetingBody::tavolo());
    int first = year;
    for (const Meeting &m : tavolo)
        if (m.isHeld() && m.date.isValid())
            first = std::min(first, m.date.year());
    first = std::max(first, year - 4);
    ReportChart perYear {QStringLiteral("Sedute del Tavolo per anno"), {}, {}, false, false};
    ReportChart::Series held {QStringLiteral("Sedute tenute"), {}};
    ReportChart::Series minimum {QStringLiteral("Minimo previsto dal Regolamento"), {}};
    for (int y = first; y <= year; ++y) {
        perYear.categories << QString::number(y);
        held.values << double(std::count_if(tavolo.cbegin(), tavolo.cend(), [y](const Meeting &m) {
            return m.isHeld() && m.date.year() == y;
        }));
        minimum.values << CompositionRules::regulationOn(h, QDate(y, 12, 31)).minMeetingsPerYear;
    }
    perYear.series = {held, minimum};
    if (std::any_of(held.values.cbegin(), held.values.cend(), [](double v) { return v > 0; }))
        d.meetingsPerYear = perYear;

    // Attendance per body at the Tavolo's meetings of the year.
    struct Tally
    {
        QString name;
        int present = 0;
        int recorded = 0;
    };
    QMap<QString, Tally> bodies;
    for (const Meeting &m : tavolo) {
        if (!m.isHeld() || !inYear(m.date, year))
            continue;
        // A body is present when one of its people is.
        QHash<QString, bool> atMeeting;
        for (auto it = m.attendance.cbegin(); it != m.attendance.cend(); ++it) {
            const AttendanceBody b = CycleAttendanceReport::bodyOf(h, it.key());
            const QString key = bodyKey(b);
            bodies[key].name = b.name;
            atMeeting[key] = atMeeting.value(key) || it.value() == Attendance::Present;
        }
        for (auto it = atMeeting.cbegin(); it != atMeeting.cend(); ++it) {
            ++bodies[it.key()].recorded;
            bodies[it.key()].present += it.value() ? 1 : 0;
        }
    }
    QList<Tally> tallies = bodies.values();
    std::sort(tallies.begin(), tallies.end(),
              [](const Tally &a, const Tally &b) { return a.name.localeAwareCompare(b.name) < 0; });
    ReportChart perBody {
        QStringLiteral("Presenza alle sedute del Tavolo per ente (%)"), {}, {}, true, true};
    ReportChart::Series rates {QStringLiteral("Presenza"), {}};
    for (const Tally &t : tallies) {
        perBody.categories << t.name;
        rates.values << (t.recorded > 0 ? 100.0 * t.present / t.recorded : 0.0);
    }
    perBody.series = {rates};
    if (!tallies.isEmpty())
        d.attendancePerBody = perBody;

    // Participation per table (and group) with a meeting held in the year.
    ReportChart perTable {
        QStringLiteral("Partecipazione ai gruppi e ai tavoli"), {}, {}, false, true};
    ReportChart::Series meetings {QStringLiteral("Sedute tenute"), {}};
    ReportChart::Series present {QStringLiteral("Enti presenti"), {}};
    for (const ReportBodyActivity &a : std::as_const(d.activity)) {
        if (a.meetingsHeld == 0)
            continue;
        perTable.categories << a.name;
        meetings.values << a.meetingsHeld;
        present.values << a.bodies;
    }
    perTable.series = {meetings, present};
    if (!perTable.categories.isEmpty())
        d.participationPerTable = perTable;
}

} // namespace tavolo::reportcharts
