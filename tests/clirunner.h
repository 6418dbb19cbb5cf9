#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Runs the built tavolo-cli (path given by the build as TAVOLO_CLI) and collects its output.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The JSON lines printed by `apply`, one object per operation.
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                result << QJsonDocument::fromJson(line).object();
        }
        return result;
    }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

inline CliRun runCli(const QString &db, const QStringList &arguments, const QByteArray &input = {},
                     const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TAVOLO_LANGUAGE"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAVOLO_CLI), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
