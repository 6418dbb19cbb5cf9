#include "minutescommands.h"

#include "core/storage/minutesstore.h"
#include "storecommand.h"

namespace tavolo {

Result<qint64> MinutesCommands::draft(const Minutes &minutes)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Draft minutes"),
                             [&a, minutes] { return MinutesStore(a).draft(minutes); });
}

Result<qint64> MinutesCommands::update(const Minutes &before, const Minutes &after)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Save minutes"), [&a, after] { return MinutesStore(a).update(after); },
        [&a, before](qint64) { return MinutesStore(a).update(before); });
}

Result<qint64> MinutesCommands::approve(qint64 minutes, qint64 atMeeting,
                                        const std::optional<Vote> &vote)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Approve minutes"), [&a, minutes, atMeeting, vote] {
        return MinutesStore(a).approve(minutes, atMeeting, vote);
    });
}

Result<qint64> MinutesCommands::correct(qint64 minutes, const MinutesCorrection &correction)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Correct minutes"), [&a, minutes, correction] {
        return MinutesStore(a).correct(minutes, correction);
    });
}

} // namespace tavolo
