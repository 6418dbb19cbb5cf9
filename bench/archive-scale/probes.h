#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace tavolo {
struct History;
}

namespace tavolo::bench {

// What each child process of the benchmark runs; each prints its figures as lines
// "RESULT <key> <value>" on standard output (the parent, `all`, gathers them).

// Fills an archive: the scale generator's operations, or a batch file (the Sondrio scenario),
// through Batch::run, one transaction per operation as `tavolo-cli apply` does.
int generate(const QString &db, double scale, unsigned seed);
int applyFile(const QString &db, const QString &batchFile);

// `check --date` on ten dates (in the process, and as a `tavolo-cli` process), a durable edit
// of an organisation, the letters of the meeting with the most attendance rows.
int measure(const QString &db, const QString &cli, const QString &scratch);

// The GUI: the real main window over the archive, shown offscreen; prints "READY" once the
// dashboard is painted, then moves the dashboard to ten other dates, types into the
// organisations register's search box, a key at a time, edits an organisation, and reports
// each step's time and the peak memory (VmHWM).
int gui(int &argc, char **argv, const QString &db);

// Helpers shared by the probes.
void result(const QString &key, double value);
double peakMemoryMb(); // VmHWM of this process
qint64 median(QList<qint64> values);
// Ten days spread over the archive's history, the last one today.
QList<QDate> tenDays(const History &history);

} // namespace tavolo::bench
