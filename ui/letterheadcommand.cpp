#include "letterheadcommand.h"

#include "core/exports/documentsettings.h"
#include "core/storage/documentsettingsstore.h"

namespace tavolo {

LetterheadCommand::LetterheadCommand(Archive &archive, Values before, Values after,
                                     std::function<void()> changed)
    : QUndoCommand(DocumentSettings::tr("Change the letterhead"))
    , m_archive(archive)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
}

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
    // A refusal here (the archive became read-only) leaves the stored values as they were;
    // the page shows what is stored either way.
    DocumentSettingsStore(m_archive).set(values);
    if (m_changed)
        m_changed();
}

} // namespace tavolo
