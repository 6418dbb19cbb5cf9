// Renders the 20 convocation letters of a meeting with 20 recipients to PDF/A-1b with
// tavolo_documents and, as the baseline in the same run, writes the same 20 letters as ODT
// and converts them with LibreOffice (`soffice --headless --convert-to pdf`), the way a
// mail-merge office suite would. Prints total and per-letter times and the ratio.
//
//   bench_letters [output-folder] [recipients=20]

#include "core/documents/letterexporter.h"
#include "core/documents/pagedoutput.h"
#include "documentsamples.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
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

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    const int n = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    const QString oursDir = out + QStringLiteral("/tavolo");
    const QString odtDir = out + QStringLiteral("/odt");
    const QString loDir = out + QStringLiteral("/libreoffice");
    for (const QString &dir : {oursDir, odtDir, loDir}) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
    }

    const LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    const QList<Recipient> recipients = samples::manyRecipients(n);
    print(QStringLiteral("Letters: %1 recipients, meeting of %2, Qt %3")
              .arg(n)
              .arg(samples::ordinaryMeeting().date.toString(Qt::ISODate),
                   QString::fromLatin1(qVersion())));

    // Fonts are loaded on first use; time that apart so the per-letter figure is honest.
    QElapsedTimer timer;
    timer.start();
    {
        auto warm = renderer.document(recipients.first());
        QTemporaryDir scratch;
        PagedOutput::writePdfFile(scratch.filePath(QStringLiteral("warm.pdf")), {warm.get()},
                                  {renderer.footer()}, PdfMetadata {});
    }
    const qint64 warmUp = timer.nsecsElapsed();

    // Ours, letters only: one PDF/A-1b per recipient, as in the export.
    const double cpuBefore = selfCpu();
    timer.restart();
    for (int i = 0; i < n; ++i) {
        auto document = renderer.document(recipients.at(i));
        PdfMetadata metadata;
        metadata.title = renderer.subject(recipients.at(i));
        PagedOutput::writePdfFile(oursDir + QStringLiteral("/lettera-%1.pdf").arg(i + 1),
                                  {document.get()}, {renderer.footer()}, metadata);
    }
    const qint64 oursLettersOnly = timer.nsecsElapsed();
    const double oursCpu = selfCpu() - cpuBefore;

    // Ours, the clerk's whole export: the letters plus the combined PDF, safe names.
    timer.restart();
    const auto report =
        LetterExporter(renderer).exportLetters(oursDir + QStringLiteral("/export"), recipients);
    const qint64 ours = timer.nsecsElapsed();
    if (!report) {
        print(QStringLiteral("export failed: ") + tavolo::describe(report.problems()));
        return 1;
    }
    print(QStringLiteral("tavolo  first-use font loading          %1").arg(ms(warmUp)));
    print(QStringLiteral("tavolo  %1 letters (PDF/A-1b)           %2  (%3 per letter; %4)")
              .arg(n)
              .arg(ms(oursLettersOnly), ms(oursLettersOnly / n), cpuMs(oursCpu)));
    print(QStringLiteral("tavolo  whole export with combined PDF (%1 pages) %2")
              .arg(report.value().combinedPages)
              .arg(ms(ours)));

    // Baseline: the same letters as ODT, converted by LibreOffice.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        print(QStringLiteral(
            "baseline skipped: soffice not found (bench/run-letters-bench.sh installs it)"));
        return 0;
    }
    QStringList odtFiles;
    timer.restart();
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
    const qint64 odtWrite = timer.nsecsElapsed();
    print(QStringLiteral("odt     %1 letters written (Qt, not timed in the ratio) %2")
              .arg(n)
              .arg(ms(odtWrite)));

    QTemporaryDir profile;
    // Warm-up run: LibreOffice creates its user profile on the first start; not counted.
    QTemporaryDir warmOut;
    const qint64 loWarm =
        convertWithLibreOffice(soffice, profile.path(), {odtFiles.first()}, warmOut.path());
    const double childCpuBefore = childrenCpu();
    const qint64 lo = convertWithLibreOffice(soffice, profile.path(), odtFiles, loDir);
    const double loCpu = childrenCpu() - childCpuBefore;
    if (lo < 0 || loWarm < 0)
        return 1;
    print(QStringLiteral("soffice first start (profile creation, not counted) %1").arg(ms(loWarm)));
    print(QStringLiteral("soffice %1 letters, one batch run        %2  (%3 per letter; %4)")
              .arg(n)
              .arg(ms(lo), ms(lo / n), cpuMs(loCpu)));
    print(QStringLiteral("ratio   soffice / tavolo (letters, CPU time) %1x")
              .arg(QString::number(loCpu / oursCpu, 'f', 1)));
    print(QStringLiteral("ratio   soffice / tavolo (letters, wall clock) %1x")
              .arg(QString::number(double(lo) / double(oursLettersOnly), 'f', 1)));
    print(QStringLiteral("ratio   soffice / tavolo whole export (with combined PDF) %1x")
              .arg(QString::number(double(lo) / double(ours), 'f', 1)));
    print(QStringLiteral("ratio   soffice / tavolo (incl. combined and first font load) %1x")
              .arg(QString::number(double(lo) / double(ours + warmUp), 'f', 1)));

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
    print(QStringLiteral("soffice %1 letters, one start per letter %2  (%3 per letter; %4)")
              .arg(n)
              .arg(ms(perFile), ms(perFile / n), cpuMs(perFileCpu)));
    print(QStringLiteral("ratio   soffice per letter / tavolo      %1x wall, %2x CPU")
              .arg(QString::number(double(perFile) / double(oursLettersOnly), 'f', 1),
                   QString::number(perFileCpu / oursCpu, 'f', 1)));
    return 0;
}
