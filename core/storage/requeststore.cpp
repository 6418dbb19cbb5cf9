#include "requeststore.h"

#include "core/rules/requestrules.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

RequestStore::RequestStore(Archive &archive)
    : m_archive(archive)
{ }

Result<qint64> RequestStore::add(const ConvocationRequest &r)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return RequestRules::problems(h, r); },
        [&](const History &, Done) -> Result<qint64> {
            QList<QVariantMap> signatories;
            for (qint64 person : r.signatories)
                signatories << QVariantMap {{QStringLiteral("person_id"), person}};
            return sql::insertWithChildren(sql::database(m_archive), QStringLiteral("requests"),
                                           {{QStringLiteral("date"), sql::day(r.date)},
                                            {QStringLiteral("motivation"), r.motivation.trimmed()}},
                                           QStringLiteral("request_signatories"),
                                           QStringLiteral("request_id"), signatories);
        });
}

} // namespace tavolo
