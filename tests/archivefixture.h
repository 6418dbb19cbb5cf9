#pragma once

#include "core/storage/archive.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A fresh archive in a temporary folder, for storage tests.
class ArchiveFixture
{
public:
    ArchiveFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto opened = archive.open(path());
        if (!opened)
            qWarning("%s", qPrintable(tavolo::describe(opened.problems())));
    }

    QString path() const { return dir.filePath(QStringLiteral("archive.sqlite")); }

    QTemporaryDir dir;
    tavolo::Archive archive;
};
