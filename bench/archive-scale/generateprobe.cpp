#include "core/operations/batch.h"
#include "core/storage/archive.h"
#include "probes.h"
#include "scalegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace tavolo::bench {

namespace {

// Runs one batch as `tavolo-cli apply` does; prints the first refusals (a generator that
// breaks a rule is a bug of the generator, and the figures would not be of a real archive).
bool runBatch(Archive &archive, const QString &name, const QJsonArray &operations, int &refused)
{
    QElapsedTimer timer;
    timer.start();
    int refusedHere = 0;
    Batch(archive).run(operations, [&](const OperationResult &r) {
        if (r.outcome)
            return;
        if (++refusedHere <= 5)
            std::printf("  refused %s #%d: %s\n", qPrintable(r.op), r.index,
                        qPrintable(describe(r.outcome.problems())));
    });
    refused += refusedHere;
    std::printf("  %-26s %6lld operations in %8.1f s (%d refused)\n", qPrintable(name),
                qlonglong(operations.size()), timer.nsecsElapsed() / 1e9, refusedHere);
    std::fflush(stdout);
    return true;
}

} // namespace

int generate(const QString &db, double scale, unsigned seed)
{
    QElapsedTimer timer;
    timer.start();
    Archive archive;
    if (const auto opened = archive.open(db, Archive::OpenMode::CreateIfMissing); !opened) {
        std::printf("cannot open %s: %s\n", qPrintable(db),
                    qPrintable(describe(opened.problems())));
        return 1;
    }
    ScaleGenerator generator(scale, seed);
    int refused = 0;
    qint64 operations = 0;
    for (const ScaleGenerator::Phase &phase : generator.phases()) {
        runBatch(archive, phase.name, phase.operations, refused);
        operations += phase.operations.size();
    }
    result(QStringLiteral("generate-s"), timer.nsecsElapsed() / 1e9);
    result(QStringLiteral("generate-operations"), double(operations));
    result(QStringLiteral("generate-refused"), refused);
    result(QStringLiteral("generate-memory-mb"), peakMemoryMb());
    return 0;
}

int applyFile(const QString &db, const QString &batchFile)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(batchFile);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const auto operations = Batch::parse(file.readAll());
    Archive archive;
    if (!operations || !archive.open(db, Archive::OpenMode::CreateIfMissing))
        return 1;
    int refused = 0;
    runBatch(archive, batchFile.section(QLatin1Char('/'), -1), operations.value(), refused);
    result(QStringLiteral("generate-s"), timer.nsecsElapsed() / 1e9);
    result(QStringLiteral("generate-operations"), double(operations.value().size()));
    result(QStringLiteral("generate-refused"), refused);
    result(QStringLiteral("generate-memory-mb"), peakMemoryMb());
    return 0;
}

} // namespace tavolo::bench
