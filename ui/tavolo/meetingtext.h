#pragma once

#include "core/domain/history.h"

#include <QCoreApplication>

namespace tavolo {

// The words the meeting screens show for a meeting beyond its labels (MeetingTerms): a label
// at the start of a list cell, and the header of its detail.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)
public:
    static QString capitalised(const QString &label); // "convened" → "Convened"
    // Rich text: kind, day and time as a title, then state, convocation, place, link, the
    // request answered (R-D), the joint tables (R-G) and the reason of a cancellation.
    static QString header(const History &history, const Meeting &meeting);
};

} // namespace tavolo
