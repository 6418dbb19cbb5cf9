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
        if (testserver::active())
            m_location = testserver::createDatabase(&m_database);
        else
            m_location = dir.filePath(QStringLiteral("archive.sqlite"));
        const auto opened = archive.open(path());
        if (!opened)
            qWarning("%s", qPrintable(tavolo::describe(opened.problems())));
    }

    ~ArchiveFixture()
    {
        if (m_database.isEmpty())
            return;
        archive.close();
        testserver::dropDatabase(m_database);
    }

    ArchiveFixture(const ArchiveFixture &) = delete;
    ArchiveFixture &operator=(const ArchiveFixture &) = delete;

    // What Archive::open takes: the file, or the connection string.
    QString path() const { return m_location; }

    QTemporaryDir dir;
    tavolo::Archive archive;

private:
    QString m_location;
    QString m_database;
};
