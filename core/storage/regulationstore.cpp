#include "regulationstore.h"

#include "ruledwrite.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tavolo {

RegulationStore::RegulationStore(Archive &archive)
    : m_archive(archive)
{ }

Result<qint64> RegulationStore::amend(const Amendment &a)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return RegulationRules::amend(h, a); },
        [&](const History &, const Regulation &r) -> Result<qint64> {
            QJsonObject seats;
            for (auto it = r.seats.cbegin(); it != r.seats.cend(); ++it)
                seats.insert(Categories::id(it.key()), it.value());
            QList<QVariantMap> approvals;
            for (qint64 person : r.approvals)
                approvals << QVariantMap {{QStringLiteral("person_id"), person}};
            return sql::insertWithChildren(
                sql::database(m_archive), QStringLiteral("regulation_versions"),
                {{QStringLiteral("effective"), sql::day(r.effective)},
                 {QStringLiteral("approved_at_meeting"), sql::nullable(r.approvedAtMeeting)},
                 {QStringLiteral("min_meetings_per_year"), r.minMeetingsPerYear},
                 {QStringLiteral("notice_days"), r.noticeDays},
                 {QStringLiteral("threshold_numerator"), r.thresholdNumerator},
                 {QStringLiteral("threshold_denominator"), r.thresholdDenominator},
                 {QStringLiteral("request_deadline_days"), r.requestDeadlineDays},
                 {QStringLiteral("seats"),
                  QString::fromUtf8(QJsonDocument(seats).toJson(QJsonDocument::Compact))}},
                QStringLiteral("regulation_approvals"), QStringLiteral("regulation_id"), approvals);
        });
}

} // namespace tavolo
