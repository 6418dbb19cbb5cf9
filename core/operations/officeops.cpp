#include "officeops.h"

#include "core/storage/designationstore.h"
#include "core/storage/officestore.h"
#include "core/storage/regulationstore.h"
#include "registry.h"
#include "tavolofields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

namespace {

Result<qint64> assignOffice(OperationContext &c, Fields &f)
{
    OfficeTerm t;
    const auto office = TavoloFields::office(f);
    const auto person = c.person(f, QStringLiteral("person"));
    t.period = TavoloFields::period(f);
    return TavoloFields::whenValid(f, [&] {
        t.office = *office;
        t.personId = *person;
        return OfficeStore(c.archive()).assign(t);
    });
}

Result<qint64> endOffice(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, QStringLiteral("term"), QStringLiteral("office term"));
    const auto to = f.requiredDate(QStringLiteral("to"));
    return TavoloFields::whenValid(f, [&] { return OfficeStore(c.archive()).end(*id, *to); });
}

Result<qint64> addDelegation(OperationContext &c, Fields &f)
{
    Delegation d;
    const auto office = TavoloFields::office(f);
    const auto delegate = c.person(f, QStringLiteral("delegate"));
    d.period = TavoloFields::period(f);
    d.actDate = f.date(QStringLiteral("actDate")).value_or(QDate());
    d.actReference = f.text(QStringLiteral("actReference"));
    return TavoloFields::whenValid(f, [&] {
        d.office = *office;
        d.delegateId = *delegate;
        return OfficeStore(c.archive()).delegate(d);
    });
}

Result<qint64> addDesignation(OperationContext &c, Fields &f)
{
    Designation d;
    const auto organisation = c.organisation(f, QStringLiteral("organisation"));
    const auto person = c.person(f, QStringLiteral("person"));
    d.period = TavoloFields::period(f);
    d.actDate = f.date(QStringLiteral("actDate")).value_or(QDate());
    d.actReference = f.text(QStringLiteral("actReference"));
    return TavoloFields::whenValid(f, [&] {
        d.organisationId = *organisation;
        d.personId = *person;
        return DesignationStore(c.archive()).add(d);
    });
}

Result<qint64> endDesignation(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, QStringLiteral("designation"), QStringLiteral("designation"));
    const auto to = f.requiredDate(QStringLiteral("to"));
    return TavoloFields::whenValid(f, [&] { return DesignationStore(c.archive()).end(*id, *to); });
}

// "changes": {"minMeetingsPerYear": 2, "noticeDays": 10, "requestThreshold": "1/4",
//             "requestDeadlineDays": 20, "seats": {"social-cooperative": 2}, "offices": [...]}
// A count of the regulation: a whole number from 0 to 1000 (QJsonValue::toInt gives 0 for 1e20).
std::optional<int> count(Fields &f, const QString &key, const QJsonValue &v)
{
    const double number = v.toDouble();
    if (number >= 0 && number <= 1000 && number == double(int(number)))
        return int(number);
    f.refuse(QStringLiteral("changes"),
             TavoloFields::tr("\"%1\" must be a whole number from 0 to 1000; %2 is not.")
                 .arg(key, QString::number(number)));
    return std::nullopt;
}

void readChanges(Fields &f, const QJsonObject &changes, Amendment &a)
{
    const QString name = QStringLiteral("changes");
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("minMeetingsPerYear") && v.isDouble())
            a.minMeetingsPerYear = count(f, key, v);
        else if (key == QLatin1String("noticeDays") && v.isDouble())
            a.noticeDays = count(f, key, v);
        else if (key == QLatin1String("requestDeadlineDays") && v.isDouble())
            a.requestDeadlineDays = count(f, key, v);
        else if (key == QLatin1String("requestThreshold") && v.isString()) {
            const QStringList parts = v.toString().split(QLatin1Char('/'));
            bool okN = false, okD = false;
            const int n = parts.value(0).toInt(&okN), d = parts.value(1).toInt(&okD);
            if (parts.size() == 2 && okN && okD)
                a.threshold = std::pair {n, d};
            else
                f.refuse(name,
                         TavoloFields::tr("\"requestThreshold\" is a fraction such as \"1/3\"."));
        } else if (key == QLatin1String("seats") && v.isObject()) {
            QMap<Category, int> seats;
            const QJsonObject o = v.toObject();
            for (auto s = o.begin(); s != o.end(); ++s) {
                const auto category = Categories::fromId(s.key());
                if (!category || *category == Category::Other || !s.value().isDouble())
                    f.refuse(name,
                             TavoloFields::tr("\"seats\" maps a category with seats to a "
                                              "number; \"%1\" is not one.")
                                 .arg(s.key()));
                else if (const auto n = count(f, s.key(), s.value()))
                    seats.insert(*category, *n);
            }
            a.seats = seats;
        } else if (key == QLatin1String("offices") && v.isArray()) {
            QList<Office> offices;
            for (const QJsonValue o : v.toArray())
                if (const auto office = Offices::fromId(o.toString()))
                    offices << *office;
                else
                    f.refuse(name, TavoloFields::tr("\"%1\" is not an office.").arg(o.toString()));
            a.offices = offices;
        } else
            f.refuse(name,
                     TavoloFields::tr("\"%1\" is not a change the regulation knows, or its "
                                      "value has the wrong type.")
                         .arg(key));
    }
}

Result<qint64> amendRegulation(OperationContext &c, Fields &f)
{
    Amendment a;
    a.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    readChanges(f, f.object(QStringLiteral("changes")), a);
    a.approvals = TavoloFields::people(c, f, QStringLiteral("approvals"));
    a.atMeeting = c.resolve(f, QStringLiteral("atMeeting"), QStringLiteral("meeting"), false);
    return TavoloFields::whenValid(f, [&] { return RegulationStore(c.archive()).amend(a); });
}

} // namespace

void registerOfficeOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("office.assign"), QStringLiteral("office term"), assignOffice);
    registry.add(QStringLiteral("office.end"), QStringLiteral("office term"), endOffice);
    registry.add(QStringLiteral("delegation.add"), QStringLiteral("delegation"), addDelegation);
    registry.add(QStringLiteral("designation.add"), QStringLiteral("designation"), addDesignation);
    registry.add(QStringLiteral("designation.end"), QStringLiteral("designation"), endDesignation);
    registry.add(QStringLiteral("regulation.amend"), QStringLiteral("regulation"), amendRegulation);
}

} // namespace tavolo
