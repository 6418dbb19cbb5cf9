// The letterhead and template kept in the archive: the template typed in the GUI is
// checked before it is stored (rule TEMPLATE), and the default can be restored.
#include "archivefixture.h"
#include "core/config/settings.h"
#include "core/documents/documenthtml.h"
#include "core/exports/documentsettings.h"

#include <QColor>
#include <QFile>
#include <QImage>
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

    void valuesNameEveryKeyWithTheValueTheDocumentsUse()
    {
        ArchiveFixture f;
        DocumentSettings settings(f.archive);
        const auto fresh = settings.values();
        QCOMPARE(QStringList(fresh.keys()), [] {
            QStringList keys = DocumentSettings::keys();
            keys.sort();
            return keys;
        }());
        // Defaults where nothing is set: the words a first letter prints.
        QCOMPARE(fresh.value(QStringLiteral("officeName")), QStringLiteral("Ufficio di Piano"));
        QCOMPARE(fresh.value(QStringLiteral("signature")), QStringLiteral("printed"));
        QCOMPARE(fresh.value(QStringLiteral("lettersToSignatory")), QStringLiteral("no"));
        QCOMPARE(fresh.value(QStringLiteral("aslSocialDirectorTitle")),
                 QStringLiteral("Direttore Sociale dell'ASL"));
        const QMap<QString, QString> mine {
            {QStringLiteral("enteName"), QStringLiteral("Comunità Montana Valtellina di Sondrio")},
            {QStringLiteral("districtName"), QStringLiteral("Sondrio")},
            {QStringLiteral("signature"), QStringLiteral("digital")},
            {QStringLiteral("lettersToSignatory"), QStringLiteral("yes")},
            {QStringLiteral("aslDistrictDirectorTitle"),
             QStringLiteral("Direttore del Distretto dell'ASST")}};
        QVERIFY(settings.set(mine));
        const auto now = settings.values();
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            QCOMPARE(now.value(it.key()), it.value());
        QCOMPARE(now.value(QStringLiteral("enteName")), settings.letterhead().enteName);
    }

    void letterheadIsValidatedLikeTheRegister()
    {
        // The office PEC goes into the calendar file: a line break there added properties.
        ArchiveFixture f;
        DocumentSettings settings(f.archive);
        const auto injected = settings.set(
            {{QStringLiteral("officePec"),
              QStringLiteral("up@pec.example.it\r\nATTENDEE:mailto:spy@example.org")}});
        QVERIFY(!injected);
        QCOMPARE(injected.problems().constFirst().field, QStringLiteral("officePec"));
        QVERIFY(!settings.set({{QStringLiteral("officePec"), QStringLiteral("not an address")}}));
        QVERIFY(!settings.set({{QStringLiteral("enteName"), QStringLiteral("Comune\nDi")}}));
        QVERIFY(!settings.set({{QStringLiteral("place"), QStringLiteral("Sondrio\x1b[2J")}}));
        QVERIFY(settings.letterhead().officePec != QStringLiteral("not an address"));
        QVERIFY(settings.set(
            {{QStringLiteral("officePec"), QStringLiteral("up@pec.example.it")},
             {QStringLiteral("address"), QStringLiteral("Via Roma 1\n23100 Sondrio")}}));
        QCOMPARE(settings.letterhead().officePec, QStringLiteral("up@pec.example.it"));
    }

    void svgLogoThatIncludesFilesIsRefused()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.png"));
        QImage picture(16, 16, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(secret));
        const QString svg = dir.filePath(QStringLiteral("logo.svg"));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"16\" "
                                  "height=\"16\"><image x=\"0\" y=\"0\" width=\"16\" height=\"16\" "
                                  "xlink:href=\"%1\"/></svg>")
                       .arg(secret)
                       .toUtf8());
        file.close();
        ArchiveFixture f;
        DocumentSettings settings(f.archive);
        const auto refused = settings.setLogo(svg);
        QVERIFY(!refused);
        QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("SVG")),
                 qPrintable(refused.problems().constFirst().message));
        QVERIFY(settings.letterhead().logoImage.isEmpty());
        // Bytes put in an archive by other means are not drawn either.
        QFile bytes(svg);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        documents::Letterhead crafted;
        crafted.logoImage = bytes.readAll();
        QVERIFY(documents::flattenedLogo(crafted).isNull());
        // A self-contained SVG is a logo like any other.
        const QString plain = dir.filePath(QStringLiteral("plain.svg"));
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::WriteOnly));
        plainFile.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
                        "<rect width=\"16\" height=\"16\" fill=\"#1f3a5f\"/></svg>");
        plainFile.close();
        QVERIFY(settings.setLogo(plain));
        QVERIFY(!documents::flattenedLogo(settings.letterhead()).isNull());
    }

    void logoStaysWithItsArchive()
    {
        // Two archives with different logos, read at the same time: each keeps its own (a
        // shared cache file mixed them).
        QTemporaryDir dir;
        const auto logo = [&](const QString &name, Qt::GlobalColor colour) {
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(colour);
            const QString path = dir.filePath(name);
            image.save(path);
            return path;
        };
        ArchiveFixture a;
        ArchiveFixture b;
        QVERIFY(DocumentSettings(a.archive).setLogo(logo(QStringLiteral("red.png"), Qt::red)));
        QVERIFY(DocumentSettings(b.archive).setLogo(logo(QStringLiteral("blue.png"), Qt::blue)));
        const documents::Letterhead first = DocumentSettings(a.archive).letterhead();
        const documents::Letterhead second = DocumentSettings(b.archive).letterhead();
        QCOMPARE(documents::flattenedLogo(first).pixelColor(8, 8), QColor(Qt::red));
        QCOMPARE(documents::flattenedLogo(second).pixelColor(8, 8), QColor(Qt::blue));
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
        QCOMPARE(settings.letterTemplate().html(),
                 documents::LetterTemplate::italianDefault().html());
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
