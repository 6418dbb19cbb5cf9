#pragma once

#include "core/domain/result.h"

#include <QMap>
#include <QUndoCommand>
#include <QVariant>
#include <functional>

namespace tavolo {

class Archive;

// Edit › Undo for a saved letterhead (Settings page): the stored values before and after,
// logo included, put back in one transaction. The save itself ran once, through
// DocumentSettings, before the command was pushed; redo after an undo puts `after` back.
// Like the register's commands, undo and redo are refused when another program changed the
// letterhead since this command's own change (the stamp of DocumentSettingsStore): the command
// is then dropped, and `changed` gets the refusal.
class LetterheadCommand : public QUndoCommand
{
public:
    using Values = QMap<QString, QVariant>; // DocumentSettingsStore keys; null: not set
    using Changed = std::function<void(const Problems &refusal)>;
    LetterheadCommand(Archive &archive, Values before, Values after, Changed changed);

    // The stored letterhead keys (DocumentSettings::keys() and the logo) as they are now.
    static Values current(Archive &archive);

    // This program changed the settings outside the stack (the template editor) from stamp
    // `from` to `to`: a command that knew `from` knows `to` now, so its undo is not refused.
    void followOwnChange(qint64 from, qint64 to);

    void redo() override;
    void undo() override;

private:
    void apply(const Values &values);

    Archive &m_archive;
    Values m_before;
    Values m_after;
    Changed m_changed;
    qint64 m_stamp; // the stored settings' stamp after this command's last change
    bool m_first = true;
};

} // namespace tavolo
