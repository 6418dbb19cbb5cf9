#include "cyclewords.h"

#include "italiandates.h"

namespace tavolo::documents::italian {

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Pec:
        return QStringLiteral("PEC");
    case Channel::Email:
        return QStringLiteral("e-mail");
    case Channel::Hand:
        return QStringLiteral("a mano");
    case Channel::Post:
        return QStringLiteral("posta");
    }
    return {};
}

QString decisionLabel(std::optional<Decision> decision)
{
    if (!decision)
        return {};
    switch (*decision) {
    case Decision::Pending:
        return QStringLiteral("in attesa di decisione");
    case Decision::Admitted:
        return QStringLiteral("ammessa");
    case Decision::NotAdmitted:
        return QStringLiteral("non ammessa");
    }
    return {};
}

QString deadline(const CallFormInfo &form)
{
    if (!form.deadlineTime.isValid())
        return longDate(form.deadline);
    return longDate(form.deadline) + QStringLiteral(", ore ")
        + form.deadlineTime.toString(QStringLiteral("HH:mm"));
}

QString attendanceRate(const AttendanceTally &tally)
{
    if (tally.invited <= 0)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(qRound(100.0 * tally.present / tally.invited));
}

} // namespace tavolo::documents::italian
