#pragma once

#include "core/domain/problem.h"

#include <QCoreApplication>
#include <QString>

namespace tavolo {

class Archive;

// A meeting's material, kept inside the archive, written out as a file: to a private temporary
// folder to open it, or where the clerk chooses to keep it (e.g. to attach it to a PEC).
class MaterialFile
{
    Q_DECLARE_TR_FUNCTIONS(MaterialFile)
public:
    // The name to write the material under: only the last part of the name kept in the archive
    // (it never chooses the folder), made safe for Windows; empty when there is no file.
    static QString safeName(const QString &storedName);

    // Where "Save as…" proposes to keep it: that name in the user's Documents folder (the home
    // folder when there is no Documents folder, rather than wherever the program was started).
    static QString proposedPath(const QString &storedName);

    // Writes the material's content to `path` whole or not at all (QSaveFile): a failure leaves
    // no half-written file and any file already there untouched. The problem names the file.
    static Problems write(Archive &archive, qint64 materialId, const QString &path);

    // Writes it into a private temporary folder, for the program the system associates with it;
    // the path written, or empty with `problems` filled.
    static QString writeForOpening(Archive &archive, qint64 materialId, const QString &storedName,
                                   Problems *problems);
};

} // namespace tavolo
