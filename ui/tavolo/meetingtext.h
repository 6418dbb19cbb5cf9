#pragma once

#include "core/domain/history.h"

#include <QCoreApplication>

namespace tavolo {

// The words the meeting screens show for a meeting: its kind and state as the list shows them
// (capitalised, the unusual kinds in capitals to stand out), and the header of its detail.
// The one place of these labels in ui/ (the attendance labels are MeetingRules'), until the
// labels move to core beside their enums (issue 15, h15).
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)
public:
    static QString kind(MeetingKind kind);
    static QString state(MeetingState state);
    // Rich text: kind, day and time as a title, then state, convocation, place, link, the
    // request answered (R-D), the joint tables (R-G) and the reason of a cancellation.
    static QString header(const History &history, const Meeting &meeting);
};

} // namespace tavolo
