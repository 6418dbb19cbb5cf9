#include "history.h"

#include <algorithm>

namespace tavolo {

namespace {

template<typename T> const T *byId(const QList<T> &list, qint64 id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [id](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

QString History::personName(qint64 id) const
{
    return personNames.value(id, QStringLiteral("#%1").arg(id));
}

QString History::organisationName(qint64 id) const
{
    const auto it = organisations.constFind(id);
    return it == organisations.constEnd() ? QStringLiteral("#%1").arg(id) : it->name;
}

const Meeting *History::meeting(qint64 id) const
{
    if (const Meeting *m = byId(meetings, id))
        return m;
    for (const WorkingGroup &g : groups)
        if (const Meeting *m = byId(g.meetings, id))
            return m;
    for (const PlanningTable &t : tables)
        if (const Meeting *m = byId(t.meetings, id))
            return m;
    return nullptr;
}

QList<Meeting> History::meetingsOf(const MeetingBody &body) const
{
    switch (body.kind) {
    case BodyKind::Tavolo:
        return meetings;
    case BodyKind::Group:
        if (const WorkingGroup *g = group(body.id))
            return g->meetings;
        return {};
    case BodyKind::Table:
        if (const PlanningTable *t = table(body.id))
            return t->meetings;
        return {};
    }
    return {};
}

QList<Meeting> History::allMeetings() const
{
    QList<Meeting> all = meetings;
    for (const WorkingGroup &g : groups)
        all += g.meetings;
    for (const PlanningTable &t : tables)
        all += t.meetings;
    return all;
}

const Minutes *History::minutesById(qint64 id) const
{
    return byId(minutes, id);
}

const Minutes *History::minutesOfMeeting(qint64 meetingId) const
{
    const auto it = std::find_if(minutes.cbegin(), minutes.cend(), [meetingId](const Minutes &m) {
        return m.meetingId == meetingId;
    });
    return it == minutes.cend() ? nullptr : &*it;
}

const ConvocationRequest *History::request(qint64 id) const
{
    return byId(requests, id);
}

const WorkingGroup *History::group(qint64 id) const
{
    return byId(groups, id);
}

const PlanningCycle *History::cycle(qint64 id) const
{
    return byId(cycles, id);
}

const PlanningTable *History::table(qint64 id) const
{
    return byId(tables, id);
}

const Call *History::call(qint64 id) const
{
    return byId(calls, id);
}

const Submission *History::submission(qint64 id) const
{
    return byId(submissions, id);
}

const Objective *History::objective(qint64 id) const
{
    return byId(objectives, id);
}

const Objective *History::objectiveByCode(const QString &code) const
{
    for (const Objective &o : objectives)
        if (o.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &o;
    return nullptr;
}

QList<PlanningTable> History::tablesOf(qint64 cycleId) const
{
    QList<PlanningTable> out;
    for (const PlanningTable &t : tables)
        if (t.cycleId == cycleId)
            out << t;
    return out;
}

const Designation *History::designation(qint64 id) const
{
    return byId(designations, id);
}

QDate History::firstDay() const
{
    QDate first;
    auto consider = [&first](QDate d) {
        if (d.isValid() && (first.isNull() || d < first))
            first = d;
    };
    for (const auto &t : officeTerms)
        consider(t.period.from);
    for (const auto &d : designations)
        consider(d.period.from);
    for (const auto &m : meetings)
        consider(m.date);
    return first;
}

} // namespace tavolo
