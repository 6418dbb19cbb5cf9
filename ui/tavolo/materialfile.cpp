#include "materialfile.h"

#include "core/documents/safefilename.h"
#include "core/storage/meetingstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace tavolo {

QString MaterialFile::safeName(const QString &storedName)
{
    const QFileInfo name(QFileInfo(storedName).fileName());
    if (name.fileName().isEmpty())
        return {};
    return documents::safefilename::make(name.completeBaseName(), name.suffix());
}

QString MaterialFile::proposedPath(const QString &storedName)
{
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.exists())
        folder = QDir::home();
    return folder.filePath(safeName(storedName));
}

Problems MaterialFile::write(Archive &archive, qint64 materialId, const QString &path)
{
    const QByteArray content = MeetingStore(archive).materialContent(materialId);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return {};
    return {Problem::refused(
        QStringLiteral("FILE"),
        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()))};
}

QString MaterialFile::writeForOpening(Archive &archive, qint64 materialId,
                                      const QString &storedName, Problems *problems)
{
    const QString name = safeName(storedName);
    if (name.isEmpty())
        return {};
    const QDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                          .filePath(QStringLiteral("tavolo-materials")));
    folder.mkpath(QStringLiteral("."));
    const QString path = folder.filePath(name);
    *problems = write(archive, materialId, path);
    return problems->isEmpty() ? path : QString();
}

} // namespace tavolo
