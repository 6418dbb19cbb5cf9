#pragma once

#include "core/storage/archive.h"
#include "testserver.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A fresh archive for storage tests: a file in a temporary folder, or, in the tests' PostgreSQL
// variant (testserver.h), a new database on the test server, dropped at the end.
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

    ~ArchiveFixture() { archive.close(); }

    ArchiveFixture(const ArchiveFixture &) = delete;
    ArchiveFixture &operator=(const ArchiveFixture &) = delete;

    // What Archive::open takes: the file, or the connection string.
    QString path() const { return place.location(); }

    QTemporaryDir dir;
    testserver::Place place {dir.filePath(QStringLiteral("archive.sqlite"))};
    tavolo::Archive archive;
};
