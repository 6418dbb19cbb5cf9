#include "migrations.h"

#include "core/storage/archivefile.h"
#include "server.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace tavolo {

namespace {

QList<Migrations::Step> stepsIn(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    QList<Migrations::Step> out;
    const QDir folder(path);
    for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            out << Migrations::Step {match.captured(1).toInt(), match.captured(2),
                                     folder.filePath(file)};
    }
    std::sort(out.begin(), out.end(), [](const Migrations::Step &a, const Migrations::Step &b) {
        return a.version < b.version;
    });
    return out;
}

} // namespace

QList<Migrations::Step> Migrations::steps()
{
    return stepsIn(QStringLiteral(":/migrations"));
}

int Migrations::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

QList<Migrations::Step> Migrations::serverSteps()
{
    return stepsIn(QStringLiteral(":/migrations/pg"));
}

int Migrations::latestServerVersion()
{
    const auto all = serverSteps();
    return all.isEmpty() ? 0 : all.last().version;
}

QStringList Migrations::statements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<Done> Migrations::upgrade(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    const bool onServer = server::isServer(db);
    for (const Step &step : onServer ? serverSteps() : steps()) {
        if (step.version <= fromVersion)
            continue;
        if (toVersion >= 0 && step.version > toVersion)
            break;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Done>::refused(sql::storageProblem(
                tr("migration %1 is missing from the program").arg(step.version)));
        QStringList batch;
        if (onServer) {
            // PostgreSQL runs a whole script in one call, and its DDL is transactional.
            batch << QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")
                  << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer "
                                    "PRIMARY KEY, name text NOT NULL, applied_at timestamptz "
                                    "NOT NULL DEFAULT now())")
                  << QString::fromUtf8(file.readAll())
                  << QStringLiteral("INSERT INTO schema_version (version, name) VALUES (%1, '%2')")
                         .arg(step.version)
                         .arg(step.name);
        } else {
            batch << QStringLiteral("BEGIN IMMEDIATE")
                  << statements(QString::fromUtf8(file.readAll()))
                  << QStringLiteral("PRAGMA application_id = %1").arg(ArchiveFile::applicationId)
                  << QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        }
        batch << QStringLiteral("COMMIT");
        for (const QString &statement : std::as_const(batch)) {
            const auto done =
                onServer ? sql::execScript(db, statement) : sql::execDone(db, statement);
            if (!done) {
                sql::exec(db, QStringLiteral("ROLLBACK"));
                return Result<Done>::refused(
                    sql::storageProblem(tr("migration %1 (%2) failed: %3")
                                            .arg(step.version)
                                            .arg(step.name, done.problems().constFirst().message)));
            }
        }
    }
    return Result<Done>::ok({});
}

} // namespace tavolo
