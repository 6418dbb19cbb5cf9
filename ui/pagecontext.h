#pragma once

class QUndoStack;

namespace tavolo {

class Archive;

// What every page works with: the open archive (the same object for the whole session; another
// file is opened into it) and the undo stack of the main window's Edit menu.
struct PageContext
{
    Archive &archive;
    QUndoStack &undoStack;
};

} // namespace tavolo
