#pragma once

#include <QMap>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace tavolo {

class Archive;

// Edit › Undo for a saved letterhead (Settings page): the stored values before and after,
// logo included, put back in one transaction. The save itself ran once, through
// DocumentSettings, before the command was pushed; redo after an undo puts `after` back.
class LetterheadCommand : public QUndoCommand
{
public:
    using Values = QMap<QString, QVariant>; // DocumentSettingsStore keys; null: not set
    LetterheadCommand(Archive &archive, Values before, Values after, std::function<void()> changed);

    // The stored letterhead keys (DocumentSettings::keys() and the logo) as they are now.
    static Values current(Archive &archive);

    void redo() override;
    void undo() override;

private:
    void apply(const Values &values);

    Archive &m_archive;
    Values m_before;
    Values m_after;
    std::function<void()> m_changed;
    bool m_first = true;
};

} // namespace tavolo
