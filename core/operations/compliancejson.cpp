#include "compliancejson.h"

#include "fields.h"
#include "problemjson.h"

#include <QJsonArray>

namespace tavolo {

namespace {

QJsonObject person(const History &h, qint64 id)
{
    return {{QStringLiteral("person"), id}, {QStringLiteral("name"), h.personName(id)}};
}

QJsonObject term(const History &h, qint64 id, const Period &p)
{
    QJsonObject o = person(h, id);
    o.insert(QStringLiteral("from"), Fields::dateValue(p.from));
    o.insert(QStringLiteral("to"), Fields::dateValue(p.to));
    return o;
}

QJsonObject holder(const History &h, const OfficeTerm &t)
{
    QJsonObject o = term(h, t.personId, t.period);
    o.insert(QStringLiteral("term"), t.id);
    return o;
}

} // namespace

QJsonObject ComplianceJson::regulation(const Regulation &r)
{
    QJsonObject seats;
    for (auto it = r.seats.cbegin(); it != r.seats.cend(); ++it)
        seats.insert(Categories::id(it.key()), it.value());
    return {{QStringLiteral("effective"), Fields::dateValue(r.effective)},
            {QStringLiteral("minMeetingsPerYear"), r.minMeetingsPerYear},
            {QStringLiteral("noticeDays"), r.noticeDays},
            {QStringLiteral("requestThreshold"), r.thresholdText()},
            {QStringLiteral("requestDeadlineDays"), r.requestDeadlineDays},
            {QStringLiteral("seats"), seats}};
}

QJsonArray ComplianceJson::offices(const History &h, const Composition &c)
{
    QJsonArray out;
    for (const OfficeHolding &o : c.offices) {
        QJsonObject delegate;
        if (o.delegation) {
            delegate = term(h, o.delegation->delegateId, o.delegation->period);
            delegate.insert(QStringLiteral("actDate"), Fields::dateValue(o.delegation->actDate));
            delegate.insert(QStringLiteral("actReference"), o.delegation->actReference);
        }
        out << QJsonObject {
            {QStringLiteral("office"), Offices::id(o.office)},
            {QStringLiteral("holder"), o.holder ? QJsonValue(holder(h, *o.holder)) : QJsonValue()},
            {QStringLiteral("delegate"), o.delegation ? QJsonValue(delegate) : QJsonValue()}};
    }
    return out;
}

QJsonArray ComplianceJson::categories(const History &h, const Composition &c)
{
    QJsonArray out;
    for (const CategorySeats &s : c.categories) {
        QJsonArray holders;
        for (const Designation &d : s.holders) {
            QJsonObject o = term(h, d.personId, d.period);
            o.insert(QStringLiteral("designation"), d.id);
            o.insert(QStringLiteral("organisation"), d.organisationId);
            o.insert(QStringLiteral("organisationName"), h.organisationName(d.organisationId));
            o.insert(QStringLiteral("actDate"), Fields::dateValue(d.actDate));
            o.insert(QStringLiteral("actReference"), d.actReference);
            holders << o;
        }
        out << QJsonObject {{QStringLiteral("category"), Categories::id(s.category)},
                            {QStringLiteral("seats"), s.seats},
                            {QStringLiteral("vacancies"), s.vacancies()},
                            {QStringLiteral("holders"), holders}};
    }
    return out;
}

QJsonArray ComplianceJson::requests(const QList<RequestStatus> &statuses)
{
    QJsonArray out;
    for (const RequestStatus &s : statuses)
        out << QJsonObject {
            {QStringLiteral("request"), s.requestId},
            {QStringLiteral("deadline"), Fields::dateValue(s.deadline)},
            {QStringLiteral("answeredBy"), s.answeredBy ? QJsonValue(*s.answeredBy) : QJsonValue()},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("daysLeft"), s.daysLeft}};
    return out;
}

QJsonObject ComplianceJson::toJson(const History &h, const Compliance &c)
{
    const auto chair = c.composition.chair();
    QJsonArray members;
    for (qint64 id : c.composition.members())
        members << person(h, id);
    return {{QStringLiteral("date"), Fields::dateValue(c.composition.date)},
            {QStringLiteral("clean"), !hasRefusal(c.problems)},
            {QStringLiteral("chair"), chair ? QJsonValue(person(h, *chair)) : QJsonValue()},
            {QStringLiteral("offices"), offices(h, c.composition)},
            {QStringLiteral("categories"), categories(h, c.composition)},
            {QStringLiteral("members"), members},
            {QStringLiteral("regulation"), regulation(c.composition.regulation)},
            {QStringLiteral("meetingsThisYear"), c.meetingsThisYear},
            {QStringLiteral("requests"), requests(c.requests)},
            {QStringLiteral("problems"), problemsToJson(c.problems)}};
}

} // namespace tavolo
