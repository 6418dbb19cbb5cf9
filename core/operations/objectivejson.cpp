#include "objectivejson.h"

#include "fields.h"

namespace tavolo {

namespace {

QJsonObject dupLink(const DupLink &link)
{
    return {{QStringLiteral("code"), link.code}, {QStringLiteral("title"), link.title}};
}

QString kindId(CountedItem::Kind kind)
{
    switch (kind) {
    case CountedItem::Kind::Meeting:
        return QStringLiteral("meeting");
    case CountedItem::Kind::Body:
        return QStringLiteral("body");
    case CountedItem::Kind::Table:
        return QStringLiteral("table");
    case CountedItem::Kind::Submission:
        return QStringLiteral("submission");
    case CountedItem::Kind::Adhesion:
        return QStringLiteral("adhesion");
    }
    return {};
}

} // namespace

QJsonValue ObjectiveJson::quantity(const std::optional<Quantity> &q)
{
    return q ? QJsonValue(q->text()) : QJsonValue();
}

QJsonObject ObjectiveJson::phase(const ObjectivePhase &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("weight"), p.weight},
            {QStringLiteral("plannedStart"), Fields::dateValue(p.planned.from)},
            {QStringLiteral("plannedEnd"), Fields::dateValue(p.planned.to)},
            {QStringLiteral("actualStart"), Fields::dateValue(p.actualStart)},
            {QStringLiteral("actualEnd"), Fields::dateValue(p.actualEnd)},
            {QStringLiteral("responsible"), p.responsible},
            {QStringLiteral("responsibilityCentre"), p.responsibilityCentre},
            {QStringLiteral("notes"), p.notes},
            {QStringLiteral("progress"), p.progress}};
}

QJsonObject ObjectiveJson::measurement(const Measurement &m)
{
    QJsonArray counted;
    for (const CountedItem &c : m.counted) {
        QJsonObject item {{QStringLiteral("kind"), kindId(c.kind)},
                          {QStringLiteral("id"), c.id},
                          {QStringLiteral("date"), Fields::dateValue(c.date)},
                          {QStringLiteral("label"), c.label},
                          {QStringLiteral("detail"), c.detail}};
        if (c.personId)
            item.insert(QStringLiteral("person"), *c.personId);
        counted << item;
    }
    return {{QStringLiteral("measure"), m.measure},
            {QStringLiteral("from"), Fields::dateValue(m.from)},
            {QStringLiteral("to"), Fields::dateValue(m.asOf)},
            {QStringLiteral("cycle"), m.cycleId ? QJsonValue(*m.cycleId) : QJsonValue()},
            {QStringLiteral("value"), m.value},
            {QStringLiteral("counted"), counted}};
}

QJsonObject ObjectiveJson::indicator(const History &history, const Indicator &i, QDate date)
{
    const IndicatorValue v = IndicatorValues::on(history, i, date);
    QJsonArray readings;
    for (const IndicatorReading &r : i.readings)
        readings << QJsonObject {{QStringLiteral("id"), r.id},
                                 {QStringLiteral("date"), Fields::dateValue(r.date)},
                                 {QStringLiteral("value"), r.value.text()},
                                 {QStringLiteral("note"), r.note}};
    QJsonObject out {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("number"), i.number},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("type"), i.type},
        {QStringLiteral("expected"), i.expected.text()},
        {QStringLiteral("measure"), i.measure.isEmpty() ? QJsonValue() : QJsonValue(i.measure)},
        {QStringLiteral("cycle"), i.cycleId ? QJsonValue(*i.cycleId) : QJsonValue()},
        {QStringLiteral("actual"), quantity(v.actual)},
        {QStringLiteral("actualDate"), Fields::dateValue(v.date)},
        {QStringLiteral("percent"), v.percent},
        {QStringLiteral("readings"), readings}};
    if (v.measurement)
        out.insert(QStringLiteral("measurement"), measurement(*v.measurement));
    return out;
}

QJsonObject ObjectiveJson::objective(const History &history, const Objective &o, QDate date)
{
    QJsonArray phases;
    for (const ObjectivePhase &p : o.phases)
        phases << phase(p);
    QJsonArray indicators;
    for (const Indicator &i : o.indicators)
        indicators << indicator(history, i, date);
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("code"), o.code},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("type"), o.type},
            {QStringLiteral("classification"), o.classification},
            {QStringLiteral("direction"), o.direction},
            {QStringLiteral("director"), o.director},
            {QStringLiteral("service"), o.service},
            {QStringLiteral("manager"), o.manager},
            {QStringLiteral("strategicDirection"), dupLink(o.strategicDirection)},
            {QStringLiteral("strategicObjective"), dupLink(o.strategicObjective)},
            {QStringLiteral("year"), o.firstYear},
            {QStringLiteral("lastYear"), o.lastYear},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("date"), Fields::dateValue(date)},
            {QStringLiteral("progress"), o.weightedProgress()},
            {QStringLiteral("phases"), phases},
            {QStringLiteral("indicators"), indicators}};
}

QJsonArray ObjectiveJson::measures()
{
    QJsonArray out;
    for (const MeasureInfo &m : Measures::all())
        out << QJsonObject {{QStringLiteral("id"), m.id},
                            {QStringLiteral("name"), m.name},
                            {QStringLiteral("description"), m.description},
                            {QStringLiteral("percent"), m.percent},
                            {QStringLiteral("cycle"), m.overCycle}};
    return out;
}

} // namespace tavolo
