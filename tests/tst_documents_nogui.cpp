// Without a QGuiApplication the document layer refuses instead of crashing (a front end
// such as tavolo-cli that forgot to create one gets a clear error).

#include "core/documents/attendancesheet.h"
#include "core/documents/letterexporter.h"
#include "documentsamples.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tavolo::documents;

class TestDocumentsWithoutGui : public QObject
{
    Q_OBJECT
private slots:
    void refusedWithoutGuiApplication();
};

void TestDocumentsWithoutGui::refusedWithoutGuiApplication()
{
    QTemporaryDir dir;
    const auto letters =
        LetterExporter(LetterRenderer(samples::letterhead(), samples::ordinaryMeeting()))
            .exportLetters(dir.path(), samples::recipients());
    QVERIFY(!letters);
    QCOMPARE(letters.problems().first().rule, QStringLiteral("PDF"));
    const auto sheet = AttendanceSheet(samples::letterhead(), samples::ordinaryMeeting())
                           .writePdf(dir.filePath(QStringLiteral("p.pdf")), samples::recipients());
    QVERIFY(!sheet);
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentsWithoutGui)
#include "tst_documents_nogui.moc"
