#include "migrations.h"

#include "core/storage/archivefile.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace tavolo {

QList<Migrations::Step> Migrations::steps()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    QList<Step> out;
    const QDir folder(QStringLiteral(":/migrations"));
    for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            out << Step {match.captured(1).toInt(), match.captured(2), folder.filePath(file)};
    }
    std::sort(out.begin(), out.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
    return out;
}

int Migrations::latestVersion()
{
    const auto all = steps();
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
    for (const Step &step : steps()) {
        if (step.version <= fromVersion)
            continue;
        if (toVersion >= 0 && step.version > toVersion)
            break;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Done>::refused(sql::storageProblem(
                tr("migration %1 is missing from the program").arg(step.version)));
        QStringList batch {QStringLiteral("BEGIN IMMEDIATE")};
        batch << statements(QString::fromUtf8(file.readAll()));
        batch << QStringLiteral("PRAGMA application_id = %1").arg(ArchiveFile::applicationId)
              << QStringLiteral("PRAGMA user_version = %1").arg(step.version)
              << QStringLiteral("COMMIT");
        for (const QString &statement : std::as_const(batch)) {
            auto done = sql::exec(db, statement);
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
