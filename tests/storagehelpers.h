#pragma once

#include "core/domain/taxcode.h"
#include "core/storage/archive.h"
#include "core/storage/archivefile.h"
#include "core/storage/internal/migrations.h"
#include "core/storage/organisationstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// Helpers for the tests of damaged files, sharing and backups.
namespace storagehelpers {

inline QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A valid organisation, different for each n.
inline tavolo::Organisation organisation(int n)
{
    const QString body = QStringLiteral("%1").arg(2000000 + n, 10, 10, QLatin1Char('0'));
    tavolo::Organisation o;
    o.name = QStringLiteral("Associazione %1").arg(n);
    o.taxCode = body + tavolo::TaxCode::bodyCheckDigit(body);
    o.comune = QStringLiteral("Sondrio");
    return o;
}

inline int addOrganisations(tavolo::Archive &archive, int from, int count)
{
    tavolo::OrganisationStore store(archive);
    int added = 0;
    for (int n = from; n < from + count; ++n)
        added += store.add(organisation(n)) ? 1 : 0;
    return added;
}

// Runs SQL on `path` through a connection of its own, as another program would.
inline void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements)
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// The single integer `statement` answers on `path`, through a connection of its own.
inline qint64 rawScalar(const QString &path, const QString &statement)
{
    qint64 out = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(statement) && query.next())
            out = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return out;
}

// The statements that make an empty file an archive of schema `version`, as the Tavolo of that
// version left it: migrations 001 to `version` in one transaction, for rawExec. Rows written
// after them go through that schema's triggers.
inline QStringList schemaUpTo(int version)
{
    QStringList out {QStringLiteral("BEGIN")};
    for (const tavolo::Migrations::Step &step : tavolo::Migrations::steps()) {
        if (step.version > version)
            break;
        QFile script(step.resourcePath);
        if (!script.open(QIODevice::ReadOnly))
            return {};
        out << tavolo::Migrations::statements(QString::fromUtf8(script.readAll()));
    }
    return out
        << QStringLiteral("PRAGMA application_id = %1").arg(tavolo::ArchiveFile::applicationId)
        << QStringLiteral("PRAGMA user_version = %1").arg(version) << QStringLiteral("COMMIT");
}

} // namespace storagehelpers
