// Exports the convocation letters of a meeting with 20 recipients as the clerk does (one
// PDF/A-1b per recipient and the combined PDF, LetterExporter) and, as the baseline in the
// same run, writes the same 20 letters as ODT and converts them with LibreOffice
// (`soffice --headless --convert-to pdf`), the way a mail-merge office suite would. Prints
// the medians, the time per letter and the ratios (wall clock and CPU).
//
//   bench_letters [output-folder] [recipients=20]

#include "core/documents/letterexporter.h"
#include "documentsamples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace tavolo::documents;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(qint64 nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 1) + QStringLiteral(" ms");
}

// CPU seconds of this process and of its waited-for children: on a shared, loaded machine the
// wall-clock figures swing with the load, the CPU figures much less.
double selfCpu()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

double childrenCpu()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString cpuMs(double seconds)
{
    return QString::number(seconds * 1000.0, 'f', 1) + QStringLiteral(" ms CPU");
}

// One soffice run converting `files` into `outDir`; returns elapsed ns or -1.
qint64 convertWithLibreOffice(const QString &soffice, const QString &profile,
                              const QStringList &files, const QString &outDir)
{
    QProcess process;
    QStringList arguments = {QStringLiteral("-env:UserInstallation=file://") + profile,
                             QStringLiteral("--headless"),
                             QStringLiteral("--norestore"),
                             QStringLiteral("--convert-to"),
                             QStringLiteral("pdf"),
                             QStringLiteral("--outdir"),
                             outDir};
    arguments += files;
    QElapsedTimer timer;
    timer.start();
    process.start(soffice, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        print(QStringLiteral("soffice failed: ")
              + QString::fromUtf8(process.readAllStandardError()));
        return -1;
    }
    return timer.nsecsElapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const int n = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    constexpr int Runs = 5; // ours (cheap): median of five exports
    constexpr int BaselineRuns = 3; // LibreOffice (1-2 s a run): median of three
    const QString oursDir = out + QStringLiteral("/tavolo");
    const QString odtDir = out + QStringLiteral("/odt");
    const QString loDir = out + QStringLiteral("/libreoffice");
    for (const QString &dir : {oursDir, odtDir, loDir}) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
    }

    const LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    const QList<Recipient> recipients = samples::manyRecipients(n);
    print(QStringLiteral("Letters: %1 recipients, meeting of %2, Qt %3, %4 cores")
              .arg(n)
              .arg(samples::ordinaryMeeting().date.toString(Qt::ISODate),
                   QString::fromLatin1(qVersion()))
              .arg(QThread::idealThreadCount()));

    // Ours: what the clerk's export does, one PDF/A-1b per recipient plus the combined PDF,
    // written to disk (each file synced, as QSaveFile does). The first export of the process
    // also loads the fonts (fontconfig, Qt's font database): reported apart as the cold run;
    // the median is over the runs after it.
    QElapsedTimer timer;
    qint64 cold = 0;
    QList<qint64> oursRuns;
    double oursCpu = 0;
    int combinedPages = 0;
    for (int run = -1; run < Runs; ++run) {
        const QString folder = oursDir + QStringLiteral("/run-%1").arg(run + 1);
        const double cpuBefore = selfCpu();
        timer.restart();
        const auto report = LetterExporter(renderer).exportLetters(folder, recipients);
        if (run < 0) {
            cold = timer.nsecsElapsed();
        } else {
            oursRuns << timer.nsecsElapsed();
            oursCpu += selfCpu() - cpuBefore;
        }
        if (!report) {
            print(QStringLiteral("export failed: ") + tavolo::describe(report.problems()));
            return 1;
        }
        combinedPages = report.value().combinedPages;
    }
    const qint64 ours = median(oursRuns);
    oursCpu /= Runs;
    print(
        QStringLiteral("tavolo  first export of the process (loads the fonts): %1").arg(ms(cold)));
    print(QStringLiteral("tavolo  %1 letters + combined PDF (%2 pages), median of %3: %4  "
                         "(%5 per letter; %6 on average)")
              .arg(n)
              .arg(combinedPages)
              .arg(Runs)
              .arg(ms(ours), ms(ours / n), cpuMs(oursCpu)));

    // Baseline: the same letters as ODT, converted by LibreOffice.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        print(QStringLiteral(
            "baseline skipped: soffice not found (bench/run-letters-bench.sh installs it)"));
        return 0;
    }
    QStringList odtFiles;
    for (int i = 0; i < n; ++i) {
        auto document = renderer.document(recipients.at(i));
        const QString path =
            odtDir + QStringLiteral("/lettera-%1.odt").arg(i + 1, 2, 10, QLatin1Char('0'));
        QTextDocumentWriter writer(path, "odf");
        if (!writer.write(document.get())) {
            print(QStringLiteral("could not write ") + path);
            return 1;
        }
        odtFiles << path;
    }

    QTemporaryDir profile;
    // Warm-up run: LibreOffice creates its user profile on the first start; not counted.
    QTemporaryDir warmOut;
    const qint64 loWarm =
        convertWithLibreOffice(soffice, profile.path(), {odtFiles.first()}, warmOut.path());
    if (loWarm < 0)
        return 1;
    QList<qint64> loRuns;
    double loCpu = 0;
    for (int run = 0; run < BaselineRuns; ++run) {
        const double childCpuBefore = childrenCpu();
        const qint64 lo = convertWithLibreOffice(soffice, profile.path(), odtFiles, loDir);
        if (lo < 0)
            return 1;
        loRuns << lo;
        loCpu += childrenCpu() - childCpuBefore;
    }
    const qint64 lo = median(loRuns);
    loCpu /= BaselineRuns;
    print(QStringLiteral("soffice first start (profile creation, not counted) %1").arg(ms(loWarm)));
    print(QStringLiteral("soffice %1 letters, one batch run, median of %2:    %3  "
                         "(%4 per letter; %5 on average)")
              .arg(n)
              .arg(BaselineRuns)
              .arg(ms(lo), ms(lo / n), cpuMs(loCpu)));
    print(QStringLiteral("ratio   soffice / tavolo, wall clock               %1x")
              .arg(QString::number(double(lo) / double(ours), 'f', 1)));
    print(QStringLiteral("ratio   soffice / tavolo, CPU time                 %1x")
              .arg(QString::number(loCpu / oursCpu, 'f', 1)));
    print(QStringLiteral("ratio   soffice / tavolo first export of the process %1x")
              .arg(QString::number(double(lo) / double(cold), 'f', 1)));

    // Second baseline: one soffice start per letter, as a mail-merge script calling it per
    // file would do (reported apart; the batch run above is the fair comparison).
    const double perFileCpuBefore = childrenCpu();
    qint64 perFile = 0;
    for (const QString &file : std::as_const(odtFiles)) {
        const qint64 one = convertWithLibreOffice(soffice, profile.path(), {file}, loDir);
        if (one < 0)
            return 1;
        perFile += one;
    }
    const double perFileCpu = childrenCpu() - perFileCpuBefore;
    print(
        QStringLiteral("soffice %1 letters, one start per letter           %2  (%3 per letter; %4)")
            .arg(n)
            .arg(ms(perFile), ms(perFile / n), cpuMs(perFileCpu)));
    print(QStringLiteral("ratio   soffice per letter / tavolo                %1x wall, %2x CPU")
              .arg(QString::number(double(perFile) / double(ours), 'f', 1),
                   QString::number(perFileCpu / oursCpu, 'f', 1)));
    return 0;
}
