// bench/archive-scale (issue 18): an archive at twenty years' scale, built through the
// operations of `tavolo-cli apply`, and what the clerk waits for on it — on SQLite and on a
// PostgreSQL server — beside the small Sondrio archive. Not a test: bench/run-archive-scale.sh
// builds it, starts a private server and runs `all`.
//
//   bench_archive_scale all --work DIR --cli PATH --scenario FILE [--scale 1] [--seed 18]
//                           [--pg CONNECTION [--pg-by-copy]] [--reuse]
//   bench_archive_scale generate --db DB [--scale 1] [--seed 18]
//   bench_archive_scale apply --db DB --scenario FILE
//   bench_archive_scale measure --db DB --cli PATH --work DIR
//   bench_archive_scale gui --db DB

#include "core/domain/history.h"
#include "probes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tavolo::bench {

void result(const QString &key, double value)
{
    std::printf("RESULT %s %.3f\n", qPrintable(key), value);
    std::fflush(stdout);
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QList<QDate> tenDays(const History &history)
{
    const QDate first = history.firstDay().isValid() ? history.firstDay() : QDate::currentDate();
    const qint64 span = first.daysTo(QDate::currentDate());
    QList<QDate> days;
    for (int i = 1; i <= 10; ++i)
        days << first.addDays(span * i / 10);
    return days;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

namespace {

using Figures = QHash<QString, double>;

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Runs this program with `arguments`, passing its lines on (indented) and keeping its
// RESULTs; `readyAt`, when given, receives the time from the start to the line "READY".
bool child(const QStringList &arguments, Figures &figures, qint64 *readyAt = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (!process.canReadLine() && !process.waitForReadyRead(3600 * 1000))
            continue;
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line == QLatin1String("READY") && readyAt)
                *readyAt = timer.nsecsElapsed();
            else if (line.startsWith(QLatin1String("RESULT ")))
                figures.insert(line.section(QLatin1Char(' '), 1, 1),
                               line.section(QLatin1Char(' '), 2, 2).toDouble());
            else if (!line.isEmpty())
                print(QStringLiteral("    ") + line);
        }
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        print(QStringLiteral("    %1 failed (exit %2)")
                  .arg(arguments.first())
                  .arg(process.exitCode()));
        return false;
    }
    return true;
}

struct Column
{
    QString title;
    QString db;
    bool generated = true; // by the scale generator; else the Sondrio scenario
    Figures figures;
    QString copyFrom; // filled by `tavolo-cli copy` from this archive file instead (--pg-by-copy)
};

// `tavolo-cli copy --from FILE --to CONNECTION`: the same archive on the server, in one
// transaction (issue 18, point 4), much faster than applying the operations again.
void copyToServer(Column &c, const QString &cli)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(cli,
                  {QStringLiteral("copy"), QStringLiteral("--from"), c.copyFrom,
                   QStringLiteral("--to"), c.db});
    process.waitForFinished(-1);
    if (process.exitCode() == 0)
        c.figures.insert(QStringLiteral("copy-s"), timer.nsecsElapsed() / 1e9);
    else
        print(QStringLiteral("    tavolo-cli copy failed (exit %1)").arg(process.exitCode()));
}

void runColumn(Column &c, const QCommandLineParser &p, bool reuse)
{
    print(QStringLiteral("== %1: %2").arg(c.title, c.db));
    const bool exists = !c.db.contains(QLatin1String("://")) && QFile::exists(c.db);
    if (!c.copyFrom.isEmpty()) {
        copyToServer(c, p.value(QStringLiteral("cli")));
    } else if (!(reuse && exists)) {
        if (exists)
            QFile::remove(c.db);
        if (c.generated)
            child({QStringLiteral("generate"), QStringLiteral("--db"), c.db,
                   QStringLiteral("--scale"), p.value(QStringLiteral("scale")),
                   QStringLiteral("--seed"), p.value(QStringLiteral("seed"))},
                  c.figures);
        else
            child({QStringLiteral("apply"), QStringLiteral("--db"), c.db,
                   QStringLiteral("--scenario"), p.value(QStringLiteral("scenario"))},
                  c.figures);
    }
    child({QStringLiteral("measure"), QStringLiteral("--db"), c.db, QStringLiteral("--cli"),
           p.value(QStringLiteral("cli")), QStringLiteral("--work"),
           p.value(QStringLiteral("work"))},
          c.figures);
    // Three starts of the GUI: the first after the archive was made, then two more (the
    // figures kept are the median's; the memory is the largest).
    QList<qint64> starts;
    double memory = 0;
    for (int run = 0; run < 3; ++run) {
        Figures figures;
        qint64 ready = -1;
        if (!child({QStringLiteral("gui"), QStringLiteral("--db"), c.db}, figures, &ready))
            continue;
        starts << ready;
        memory = qMax(memory, figures.value(QStringLiteral("gui-memory-peak-mb")));
        if (run == 0)
            c.figures.insert(QStringLiteral("gui-ready-first-ms"), ready / 1e6);
        if (run == 1)
            c.figures.insert(figures);
    }
    c.figures.insert(QStringLiteral("gui-ready-ms"), median(starts) / 1e6);
    c.figures.insert(QStringLiteral("gui-memory-peak-mb"), memory);
}

struct Row
{
    const char *key;
    const char *label;
    double target; // 0: none
};

const Row kRows[] = {
    {"generate-s", "generating the archive (s)", 0},
    {"generate-operations", "  operations applied", 0},
    {"generate-refused", "  operations refused", 0},
    {"copy-s", "tavolo-cli copy of the large file to it (s)", 0},
    {"open-ms", "opening the archive (ms)", 0},
    {"history-load-ms", "loading the whole history (ms)", 0},
    {"gui-ready-first-ms", "GUI ready, first start (ms)", 500},
    {"gui-ready-ms", "GUI ready, median of 3 starts (ms)", 500},
    {"gui-ready-in-process-ms", "  of which in main() (ms)", 0},
    {"check-median-ms", "check --date, median of 10 dates (ms)", 10},
    {"check-max-ms", "check --date, slowest of 10 (ms)", 10},
    {"check-read-median-ms", "  on the history already read, median (ms)", 10},
    {"check-read-max-ms", "  on the history already read, slowest (ms)", 10},
    {"gui-date-median-ms", "dashboard: another date, median of 10 (ms)", 10},
    {"gui-date-max-ms", "dashboard: another date, slowest of 10 (ms)", 10},
    {"check-cli-median-ms", "tavolo-cli check --date, whole process (ms)", 0},
    {"keystroke-filter-median-ms", "keystroke: filter, median (ms)", 16},
    {"keystroke-filter-max-ms", "keystroke: filter, slowest (ms)", 16},
    {"keystroke-painted-median-ms", "keystroke: filter + paint, median (ms)", 16},
    {"keystroke-painted-max-ms", "keystroke: filter + paint, slowest (ms)", 16},
    {"edit-median-ms", "durable edit, median of 7 (ms)", 10},
    {"edit-max-ms", "durable edit, slowest of 7 (ms)", 10},
    {"gui-edit-median-ms", "durable edit with the GUI open (ms)", 10},
    {"letters-recipients", "letters: recipients", 0},
    {"letters-ms", "letters: gather + export, median of 3 (ms)", 0},
    {"letters-first-ms", "letters: first export of the process (ms)", 0},
    {"gui-memory-ready-mb", "GUI memory at the dashboard (MB)", 150},
    {"gui-memory-peak-mb", "GUI peak memory, VmHWM (MB)", 150},
};

QString cell(const Figures &f, const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (!f.contains(k))
        return QStringLiteral("—");
    const double v = f.value(k);
    return QString::number(v, 'f', v >= 100 || v == std::floor(v) ? 0 : 1);
}

void printTable(const QList<Column> &columns)
{
    const Column *sqlite = columns.size() > 1 ? &columns.at(1) : nullptr;
    const Column *pg = columns.size() > 2 ? &columns.at(2) : nullptr;
    QString header = QStringLiteral("%1").arg(QString(), -44);
    for (const Column &c : columns)
        header += QStringLiteral("%1").arg(c.title, 14);
    if (pg)
        header += QStringLiteral("%1").arg(QStringLiteral("PG/SQLite"), 11);
    header += QStringLiteral("  target");
    print(QString());
    print(header);
    for (const Row &row : kRows) {
        QString line = QStringLiteral("%1").arg(QString::fromLatin1(row.label), -44);
        for (const Column &c : columns)
            line += QStringLiteral("%1").arg(cell(c.figures, row.key), 14);
        const QString key = QString::fromLatin1(row.key);
        if (pg) {
            const double a = sqlite->figures.value(key);
            const double b = pg->figures.value(key);
            const bool ratio = a > 0 && b > 0 && !key.startsWith(QLatin1String("generate-o"))
                && !key.startsWith(QLatin1String("generate-r"))
                && key != QLatin1String("letters-recipients");
            line += QStringLiteral("%1").arg(
                ratio ? QString::number(b / a, 'f', 2) + QLatin1Char('x') : QString(), 11);
        }
        if (row.target > 0 && sqlite) {
            const double v = sqlite->figures.value(key, -1);
            line += QStringLiteral("  < %1 %2")
                        .arg(row.target)
                        .arg(v < 0                ? QStringLiteral("?")
                                 : v < row.target ? QStringLiteral("met")
                                                  : QStringLiteral("MISSED"));
        }
        print(line);
    }
}

int all(const QCommandLineParser &p)
{
    const QString work = p.value(QStringLiteral("work"));
    QList<Column> columns {
        {QStringLiteral("small SQLite"), work + QStringLiteral("/sondrio.tavolo"), false, {}, {}},
        {QStringLiteral("large SQLite"), work + QStringLiteral("/large.tavolo"), true, {}, {}}};
    if (p.isSet(QStringLiteral("pg")))
        columns << Column {QStringLiteral("large PG"),
                           p.value(QStringLiteral("pg")),
                           true,
                           {},
                           p.isSet(QStringLiteral("pg-by-copy")) ? columns.at(1).db : QString()};
    print(QStringLiteral("Archive at twenty years' scale, scale %1, seed %2, Qt %3")
              .arg(p.value(QStringLiteral("scale")), p.value(QStringLiteral("seed")),
                   QString::fromLatin1(qVersion())));
    for (Column &c : columns)
        runColumn(c, p, p.isSet(QStringLiteral("reuse")));
    printTable(columns);
    return 0;
}

} // namespace

} // namespace tavolo::bench

using namespace tavolo::bench;

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("gui")) {
        // The GUI child builds its own QApplication, as the program does.
        const QString db = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
        return gui(argc, argv, db);
    }
    QGuiApplication app(argc, argv); // the letters are rendered (offscreen without a display)
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("mode"),
                            QStringLiteral("all, generate, apply, measure, gui"));
    for (const char *name : {"db", "cli", "work", "scenario", "pg"})
        p.addOption({QString::fromLatin1(name), QString(), QStringLiteral("VALUE")});
    p.addOption(
        {QStringLiteral("scale"), QString(), QStringLiteral("FACTOR"), QStringLiteral("1")});
    p.addOption({QStringLiteral("seed"), QString(), QStringLiteral("N"), QStringLiteral("18")});
    p.addOption({QStringLiteral("reuse"), QString()});
    p.addOption({QStringLiteral("pg-by-copy"), QString()});
    p.process(app);
    const QString db = p.value(QStringLiteral("db"));
    if (mode == QLatin1String("generate"))
        return generate(db, p.value(QStringLiteral("scale")).toDouble(),
                        p.value(QStringLiteral("seed")).toUInt());
    if (mode == QLatin1String("apply"))
        return applyFile(db, p.value(QStringLiteral("scenario")));
    if (mode == QLatin1String("measure"))
        return measure(db, p.value(QStringLiteral("cli")), p.value(QStringLiteral("work")));
    if (mode == QLatin1String("all"))
        return all(p);
    std::fprintf(stderr, "usage: bench_archive_scale all|generate|apply|measure|gui …\n");
    return 2;
}
