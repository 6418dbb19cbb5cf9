#include "problemjson.h"

#include <QJsonObject>

namespace tavolo {

QJsonArray problemsToJson(const Problems &problems)
{
    QJsonArray out;
    for (const Problem &p : problems) {
        QJsonObject item {{QStringLiteral("rule"), p.rule},
                          {QStringLiteral("severity"), severityId(p.severity)},
                          {QStringLiteral("message"), p.message}};
        if (!p.field.isEmpty())
            item.insert(QStringLiteral("field"), p.field);
        out << item;
    }
    return out;
}

} // namespace tavolo
