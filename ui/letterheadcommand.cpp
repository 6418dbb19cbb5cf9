#include "letterheadcommand.h"

#include "core/exports/documentsettings.h"
#include "core/storage/archive.h"
#include "core/storage/documentsettingsstore.h"

namespace tavolo {

LetterheadCommand::LetterheadCommand(Archive &archive, Values before, Values after, Changed changed)
    : QUndoCommand(DocumentSettings::tr("Change the letterhead"))
    , m_archive(archive)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_stamp(DocumentSettingsStore(archive).stamp())
{ }

LetterheadCommand::Values LetterheadCommand::current(Archive &archive)
{
    const auto all = DocumentSettingsStore(archive).all();
    Values values;
    QStringList keys = DocumentSettings::keys();
    keys << QStringLiteral("logo");
    for (const QString &key : std::as_const(keys))
        values.insert(key, all.value(key)); // a missing key stays null: removed on undo
    return values;
}

void LetterheadCommand::followOwnChange(qint64 from, qint64 to)
{
    if (m_stamp == from)
        m_stamp = to;
}

void LetterheadCommand::redo()
{
    if (m_first) { // already saved by the page
        m_first = false;
        return;
    }
    apply(m_after);
}

void LetterheadCommand::undo()
{
    apply(m_before);
}

void LetterheadCommand::apply(const Values &values)
{
    // A refusal (another program's change since ours, an archive become read-only) leaves the
    // stored values as they were; the page shows what is stored either way.
    DocumentSettingsStore store(m_archive);
    const auto applied = m_archive.write([&]() -> Result<Done> {
        if (auto unchanged = store.checkUnchangedSince(m_stamp); !unchanged)
            return unchanged;
        return store.set(values);
    });
    if (applied)
        m_stamp = store.stamp();
    else
        setObsolete(true); // the stack drops it: it would only be refused again
    if (m_changed)
        m_changed(applied.problems());
}

} // namespace tavolo
