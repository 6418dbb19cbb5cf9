#include "core/exports/meetingexport.h"
#include "core/operations/compliancejson.h"
#include "core/operations/cyclejson.h"
#include "core/rules/compliance.h"
#include "core/rules/cyclestatus.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "core/storage/organisationstore.h"
#include "probes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <algorithm>
#include <cstdio>

namespace tavolo::bench {

namespace {

// What `tavolo-cli check --date D --json` does with the history once it is read: the
// compliance on the day, each cycle's status, the JSON text. The GUI's pages keep the history
// they read and do the same (without the JSON) when the clerk picks another date.
void checkOn(const History &history, QDate day)
{
    const Compliance compliance = ComplianceRules::on(history, day);
    QJsonObject report = ComplianceJson::toJson(history, compliance);
    QJsonArray statuses;
    for (const PlanningCycle &c : history.cycles)
        statuses << CycleJson::status(CycleStatusRules::of(history, c, day));
    report.insert(QStringLiteral("cycles"), statuses);
    const QByteArray text = QJsonDocument(report).toJson();
    Q_UNUSED(text);
}

// The whole of `tavolo-cli check` once the archive is open: the history read, then checkOn.
qint64 checkInProcess(Archive &archive, QDate day)
{
    QElapsedTimer timer;
    timer.start();
    checkOn(HistoryStore(archive).load(), day);
    return timer.nsecsElapsed();
}

qint64 checkOnHistory(const History &history, QDate day)
{
    QElapsedTimer timer;
    timer.start();
    checkOn(history, day);
    return timer.nsecsElapsed();
}

qint64 checkProcess(const QString &cli, const QString &db, QDate day)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cli,
                  {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json"),
                   QStringLiteral("--date"), day.toString(Qt::ISODate)});
    process.waitForFinished(120000);
    return timer.nsecsElapsed();
}

// One change of an organisation's phone as the clerk's dialog saves it: the record read with
// its version, the update checked and committed (synchronous: on disk, or on the server, when
// it returns).
QList<qint64> durableEdits(Archive &archive)
{
    OrganisationStore store(archive);
    const QList<Organisation> all = store.list();
    QList<qint64> times;
    if (all.isEmpty())
        return times;
    const qint64 id = all.at(all.size() / 2).id;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::optional<Organisation> o = store.find(id);
        o->phone = QStringLiteral("0342 52%1").arg(1000 + i);
        const auto saved = store.update(*o);
        times << timer.nsecsElapsed();
        if (!saved)
            std::printf("edit refused: %s\n", qPrintable(describe(saved.problems())));
    }
    return times;
}

// The held meeting with the most attendance rows (a working group's of 40, at scale).
qint64 biggestMeeting(const History &history)
{
    qint64 id = 0;
    qsizetype most = -1;
    for (const Meeting &m : history.allMeetings())
        if (m.attendance.size() > most) {
            most = m.attendance.size();
            id = m.id;
        }
    return id;
}

} // namespace

int measure(const QString &db, const QString &cli, const QString &scratch)
{
    QElapsedTimer timer;
    timer.start();
    Archive archive;
    if (!archive.open(db, Archive::OpenMode::MustExist))
        return 1;
    result(QStringLiteral("open-ms"), timer.nsecsElapsed() / 1e6);
    timer.restart();
    const History history = HistoryStore(archive).load();
    result(QStringLiteral("history-load-ms"), timer.nsecsElapsed() / 1e6);

    QList<qint64> inProcess;
    QList<qint64> onHistory;
    QList<qint64> processes;
    for (const QDate day : tenDays(history)) {
        inProcess << checkInProcess(archive, day);
        onHistory << checkOnHistory(history, day);
        processes << checkProcess(cli, db, day);
    }
    result(QStringLiteral("check-median-ms"), median(inProcess) / 1e6);
    result(QStringLiteral("check-max-ms"),
           *std::max_element(inProcess.begin(), inProcess.end()) / 1e6);
    result(QStringLiteral("check-read-median-ms"), median(onHistory) / 1e6);
    result(QStringLiteral("check-read-max-ms"),
           *std::max_element(onHistory.begin(), onHistory.end()) / 1e6);
    result(QStringLiteral("check-cli-median-ms"), median(processes) / 1e6);

    const QList<qint64> edits = durableEdits(archive);
    if (!edits.isEmpty()) {
        result(QStringLiteral("edit-median-ms"), median(edits) / 1e6);
        result(QStringLiteral("edit-max-ms"), *std::max_element(edits.begin(), edits.end()) / 1e6);
    }

    const qint64 meeting = biggestMeeting(history);
    const auto exporter = MeetingExport::forMeeting(archive, meeting);
    if (!exporter)
        std::printf("no letters: %s\n", qPrintable(describe(exporter.problems())));
    if (exporter) {
        QList<qint64> runs;
        int recipients = 0;
        for (int run = 0; run < 3; ++run) {
            const QString folder = scratch + QStringLiteral("/letters-%1").arg(run);
            QDir(folder).removeRecursively();
            timer.restart();
            const auto report = exporter.value().letters(folder, QStringLiteral("1/2026"));
            runs << timer.nsecsElapsed();
            if (report)
                recipients = int(report.value().letterFiles.size());
            else if (run == 0)
                std::printf("letters refused: %s\n", qPrintable(describe(report.problems())));
        }
        timer.restart();
        const auto again = MeetingExport::forMeeting(archive, meeting);
        const qint64 gather = timer.nsecsElapsed();
        Q_UNUSED(again);
        // The clerk's export: the meeting's letters gathered from the archive, then written.
        result(QStringLiteral("letters-gather-ms"), gather / 1e6);
        result(QStringLiteral("letters-first-ms"), (gather + runs.first()) / 1e6);
        result(QStringLiteral("letters-ms"), (gather + median(runs)) / 1e6);
        result(QStringLiteral("letters-recipients"), recipients);
    }
    result(QStringLiteral("measure-memory-mb"), peakMemoryMb());
    return 0;
}

} // namespace tavolo::bench
