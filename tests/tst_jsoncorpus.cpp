// Replays the JSON fuzz corpus (fuzz/corpus/json, named by TAVOLO_FUZZ_CORPUS) of the apply reader
// through the fuzz target's own checks, so that every input the fuzzer kept stays a regression
// test in the normal build, without clang.
#include <QDir>
#include <QFile>
#include <QTest>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestJsonCorpus : public QObject
{
    Q_OBJECT
private slots:
    void replaysEveryInput()
    {
        const QDir corpus(QStringLiteral(TAVOLO_FUZZ_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 5);
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // The target aborts on a broken invariant: the test then fails with a crash.
            QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                            size_t(bytes.size())),
                     0);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonCorpus)
#include "tst_jsoncorpus.moc"
