#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <source_location>

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
    // The JSON array a listing printed (org list --json, audit --json …). Fails the running
    // test when the command did not exit 0 or printed no array: an empty listing and a failed
    // command must never compare equal.
    QJsonArray array(std::source_location at = std::source_location::current()) const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        const bool listed =
            exitCode == 0 && error.error == QJsonParseError::NoError && document.isArray();
        const QString why =
            QStringLiteral("the listing exited with %1 and printed no JSON array: %2")
                .arg(exitCode)
                .arg(QString::fromUtf8(err.isEmpty() ? out.left(300) : err.left(300)));
        QTest::qVerify(listed, "listing", qPrintable(why), at.file_name(), int(at.line()));
        return document.array();
    }
};

inline CliRun runCli(const QString &db, const QStringList &arguments, const QByteArray &input = {},
                     const QString &language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TAVOLO_LANGUAGE"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TAVOLO_CLI), QStringList {QStringLiteral("--db"), db} + arguments);
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
