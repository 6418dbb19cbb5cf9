#include "cyclewords.h"

#include "italiandates.h"

namespace tavolo::documents::italian {

QString channelLabel(SubmissionChannel channel)
{
    switch (channel) {
    case SubmissionChannel::Pec:
        return QStringLiteral("PEC");
    case SubmissionChannel::Email:
        return QStringLiteral("e-mail");
    case SubmissionChannel::ByHand:
        return QStringLiteral("a mano");
    case SubmissionChannel::Post:
        return QStringLiteral("posta");
    }
    return {};
}

QString decisionLabel(SubmissionDecision decision)
{
    switch (decision) {
    case SubmissionDecision::None:
        return {};
    case SubmissionDecision::Pending:
        return QStringLiteral("in attesa di decisione");
    case SubmissionDecision::Admitted:
        return QStringLiteral("ammessa");
    case SubmissionDecision::NotAdmitted:
        return QStringLiteral("non ammessa");
    }
    return {};
}

QString deadline(const CallForm &form)
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
