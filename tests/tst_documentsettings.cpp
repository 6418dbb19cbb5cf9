// The letterhead and template kept in the archive (issue 4): the template typed in the GUI is
// checked before it is stored (rule TEMPLATE), and the default can be restored.
#include "archivefixture.h"

#include "core/config/settings.h"
#include "core/exports/documentsettings.h"

#include <QTemporaryDir>

using namespace tavolo;

class TestDocumentSettings : public QObject
{
    Q_OBJECT
private slots:
    void letterheadValuesAreStoredAndTrimmed()
    {
        ArchiveFixture f;
        DocumentSettings settings(f.archive);
        QVERIFY(settings.set({{QStringLiteral("enteName"), QStringLiteral("  Comune di Sondrio ")},
                              {QStringLiteral("place"), QStringLiteral("Sondrio")}}));
        QCOMPARE(settings.letterhead().enteName, QStringLiteral("Comune di Sondrio"));
        QCOMPARE(settings.letterhead().place, QStringLiteral("Sondrio"));
        QVERIFY(!settings.set({{QStringLiteral("colour"), QStringLiteral("red")}}));
    }

    void templateHtmlIsValidatedBeforeItIsStored()
    {
        ArchiveFixture f;
        DocumentSettings settings(f.archive);
        const QString before = settings.letterTemplate().html();
        const auto refused = settings.setTemplateHtml(QStringLiteral("<p>{{unknown}}</p>"));
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().rule, QStringLiteral("TEMPLATE"));
        QCOMPARE(settings.letterTemplate().html(), before); // nothing changed
        QVERIFY(!settings.setTemplateHtml(QStringLiteral("   ")));
        QCOMPARE(settings.letterTemplate().html(), before);

        const QString mine = QStringLiteral("<p>Gentile {{recipientName}},</p>");
        const auto saved = settings.setTemplateHtml(mine);
        QVERIFY2(saved, qPrintable(describe(saved.problems())));
        QCOMPARE(settings.letterTemplate().html(), mine);

        QVERIFY(settings.resetTemplate());
        QCOMPARE(settings.letterTemplate().html(), documents::LetterTemplate::italianDefault().html());
    }

    void backupsToKeepPersistsAndIsAtLeastOne()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            QCOMPARE(settings.backupsToKeep(), 30);
            settings.setBackupsToKeep(7);
            settings.sync();
        }
        QCOMPARE(Settings(ini).backupsToKeep(), 7);
        Settings settings(ini);
        settings.setBackupsToKeep(0);
        QCOMPARE(settings.backupsToKeep(), 1);
    }
};

QTEST_MAIN(TestDocumentSettings)
#include "tst_documentsettings.moc"
