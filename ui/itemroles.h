#pragma once

#include <Qt>

namespace tavolo {

// Data roles shared by the item models of the UI.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the record's id in the archive (qint64)
};

} // namespace tavolo
