// The Settings page driven as the clerk drives it, offscreen (issues 4 and 5): letterhead edits
// change the sample letter's preview before they are saved, Save stores them in the archive,
// a template with an unknown placeholder cannot be saved, the number of daily copies persists.
// With TAVOLO_GRAB_DIR set, the page and the template dialog are grabbed at 1366×768.
#include "archivefixture.h"
#include "core/config/settings.h"
#include "core/exports/documentsettings.h"
#include "core/storage/backups.h"
#include "gui/modaldialog.h"
#include "ui/backupactions.h"
#include "ui/letterpreview.h"
#include "ui/settingspage.h"
#include "ui/tavolo/problemview.h"
#include "ui/templatedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace tavolo;

namespace {

void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(1366, 768);
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Asks the page whether it can be left, answering its question (QMessageBox) with `button`;
// fails when the page does not ask.
bool leaveAnswering(SettingsPage &page, QMessageBox::StandardButton button)
{
    bool left = false;
    withDialog<QMessageBox>(
        [button](QMessageBox *box) {
            QVERIFY(box->button(button));
            box->button(button)->click();
        },
        [&] { left = page.canLeave(); });
    return left;
}

struct PageFixture
{
    PageFixture()
        : settings(ini.filePath(QStringLiteral("settings.ini")))
        , backups(archive.archive, nullptr, [](const QString &) { return true; })
        , page(PageContext {archive.archive, undoStack}, settings, backups)
    { }

    QTemporaryDir ini;
    ArchiveFixture archive;
    QUndoStack undoStack;
    Settings settings;
    BackupActions backups;
    SettingsPage page;
};

} // namespace

class TestGuiSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void letterheadEditsShowInThePreviewAndAreSaved()
    {
        PageFixture f;
        auto *save = f.page.findChild<QPushButton *>(QStringLiteral("saveSettings"));
        auto *ente = f.page.findChild<QLineEdit *>(QStringLiteral("enteName"));
        auto *place = f.page.findChild<QLineEdit *>(QStringLiteral("place"));
        QVERIFY(save && ente && place);
        QVERIFY(!save->isEnabled()); // nothing to save yet
        QVERIFY(!f.page.isModified());
        const QImage before = f.page.preview().image();
        QVERIFY(!before.isNull());

        ente->setText(QStringLiteral("Comunità Montana Valtellina di Sondrio"));
        place->setText(QStringLiteral("Sondrio"));
        QVERIFY(f.page.isModified());
        QVERIFY(save->isEnabled());
        QVERIFY(f.page.preview().image() != before); // the unsaved values are in the letter
        // …but not in the archive until Save.
        QVERIFY(DocumentSettings(f.archive.archive).letterhead().enteName != ente->text());
        grab(f.page, QStringLiteral("settings-page"));

        save->click();
        QVERIFY(!f.page.isModified());
        QVERIFY(!save->isEnabled());
        const auto stored = DocumentSettings(f.archive.archive).letterhead();
        QCOMPARE(stored.enteName, QStringLiteral("Comunità Montana Valtellina di Sondrio"));
        QCOMPARE(stored.place, QStringLiteral("Sondrio"));
        QVERIFY(f.page.canLeave()); // nothing unsaved: no question

        // Edit › Undo puts the letterhead stored before back, in the archive and on the page.
        QCOMPARE(f.undoStack.count(), 1);
        f.undoStack.undo();
        QVERIFY(DocumentSettings(f.archive.archive).letterhead().place.isEmpty());
        QVERIFY(place->text().isEmpty());
        f.undoStack.redo();
        QCOMPARE(DocumentSettings(f.archive.archive).letterhead().place, QStringLiteral("Sondrio"));
        QCOMPARE(place->text(), QStringLiteral("Sondrio"));

        // Revert brings back what is stored.
        place->setText(QStringLiteral("Tirano"));
        f.page.findChild<QPushButton *>(QStringLiteral("revertSettings"))->click();
        QCOMPARE(place->text(), QStringLiteral("Sondrio"));
        QVERIFY(!f.page.isModified());
    }

    // Two programs on one archive: the second Save of the letterhead is refused,
    // naming who saved meanwhile, and overwrites nothing; Revert shows their letterhead.
    void aLetterheadSavedMeanwhileIsRefusedNamingWho()
    {
        PageFixture f;
        auto *place = f.page.findChild<QLineEdit *>(QStringLiteral("place"));
        auto *ente = f.page.findChild<QLineEdit *>(QStringLiteral("enteName"));
        place->setText(QStringLiteral("Tirano"));
        {
            Archive other;
            QVERIFY(other.open(f.archive.path()));
            other.setActor(QStringLiteral("Bruna Altri (baltri)"));
            QVERIFY(DocumentSettings(other).set(
                {{QStringLiteral("enteName"), QStringLiteral("Comunità Montana")}}));
        }
        f.page.findChild<QPushButton *>(QStringLiteral("saveSettings"))->click();
        QVERIFY(f.page.isModified()); // not saved
        QString shown;
        for (const ProblemView *view : f.page.findChildren<ProblemView *>())
            for (const Problem &p : view->problems())
                shown += p.message;
        QVERIFY2(shown.contains(QStringLiteral("Bruna Altri (baltri)")), qPrintable(shown));
        const auto stored = DocumentSettings(f.archive.archive).letterhead();
        QCOMPARE(stored.enteName, QStringLiteral("Comunità Montana"));
        QVERIFY(stored.place.isEmpty());
        QCOMPARE(f.undoStack.count(), 0);

        f.page.findChild<QPushButton *>(QStringLiteral("revertSettings"))->click();
        QCOMPARE(ente->text(), QStringLiteral("Comunità Montana"));
        place->setText(QStringLiteral("Tirano"));
        f.page.findChild<QPushButton *>(QStringLiteral("saveSettings"))->click();
        QVERIFY(!f.page.isModified());
        QCOMPARE(DocumentSettings(f.archive.archive).letterhead().place, QStringLiteral("Tirano"));
        QCOMPARE(DocumentSettings(f.archive.archive).letterhead().enteName,
                 QStringLiteral("Comunità Montana"));
    }

    // Edit › Undo of a letterhead save does not revert another program's change made since:
    // refused, naming who, and dropped from the stack.
    void undoAfterAnotherProgramsLetterheadIsRefused()
    {
        PageFixture f;
        f.page.findChild<QLineEdit *>(QStringLiteral("place"))->setText(QStringLiteral("Sondrio"));
        f.page.findChild<QPushButton *>(QStringLiteral("saveSettings"))->click();
        QCOMPARE(f.undoStack.count(), 1);
        {
            Archive other;
            QVERIFY(other.open(f.archive.path()));
            other.setActor(QStringLiteral("Bruna Altri (baltri)"));
            QVERIFY(DocumentSettings(other).set(
                {{QStringLiteral("enteName"), QStringLiteral("Comunità Montana")}}));
        }
        f.undoStack.undo();
        const auto stored = DocumentSettings(f.archive.archive).letterhead();
        QCOMPARE(stored.enteName, QStringLiteral("Comunità Montana"));
        QCOMPARE(stored.place, QStringLiteral("Sondrio"));
        QString shown;
        for (const ProblemView *view : f.page.findChildren<ProblemView *>())
            for (const Problem &p : view->problems())
                shown += p.message;
        QVERIFY2(shown.contains(QStringLiteral("Bruna Altri (baltri)")), qPrintable(shown));
        QVERIFY(!f.undoStack.canUndo());
        QVERIFY(!f.undoStack.canRedo());
    }

    void leavingWithUnsavedEditsAsks()
    {
        PageFixture f;
        auto *place = f.page.findChild<QLineEdit *>(QStringLiteral("place"));
        place->setText(QStringLiteral("Tirano"));
        QVERIFY(!leaveAnswering(f.page, QMessageBox::Cancel)); // the clerk stays, the edit too
        QCOMPARE(place->text(), QStringLiteral("Tirano"));

        QVERIFY(leaveAnswering(f.page, QMessageBox::Discard));
        QVERIFY(place->text().isEmpty());
        QVERIFY(DocumentSettings(f.archive.archive).letterhead().place.isEmpty());

        // Each answer is checked on its own: withDialog fails when the page does not ask.
        place->setText(QStringLiteral("Tirano"));
        QVERIFY(leaveAnswering(f.page, QMessageBox::Save));
        QCOMPARE(DocumentSettings(f.archive.archive).letterhead().place, QStringLiteral("Tirano"));
        QVERIFY(!f.page.isModified());
        QVERIFY(f.page.canLeave()); // saved: no question this time
    }

    void anUnknownPlaceholderKeepsSaveDisabled()
    {
        PageFixture f;
        TemplateDialog dialog(f.archive.archive, DocumentSettings(f.archive.archive).letterhead(),
                              {});
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("templateEdit"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *problems = dialog.findChild<ProblemView *>();
        QVERIFY(edit && save && problems);
        QVERIFY(save->isEnabled()); // the default is sound
        QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("placeholders"))->count() > 5);

        edit->setPlainText(edit->toPlainText() + QStringLiteral("<p>{{unknown}}</p>"));
        QVERIFY(!save->isEnabled());
        QVERIFY(problems->refused());
        QVERIFY(problems->text().contains(QStringLiteral("unknown")));
        dialog.accept(); // even forced, nothing is stored
        QVERIFY(!DocumentSettings(f.archive.archive)
                     .letterTemplate()
                     .html()
                     .contains(QStringLiteral("{{unknown}}")));
        grab(dialog, QStringLiteral("template-dialog-refusal"));

        // Restore the default: sound again, and saved as "no template of our own".
        dialog.findChild<QPushButton *>(QStringLiteral("restoreDefault"))->click();
        QVERIFY(save->isEnabled());
        edit->setPlainText(QStringLiteral("<p>Gentile {{recipientName}},</p>"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(DocumentSettings(f.archive.archive).letterTemplate().html(),
                 QStringLiteral("<p>Gentile {{recipientName}},</p>"));
    }

    // Issue 12, defect 5: how the letters are signed, and whether the signatory receives
    // one, are chosen on the page and saved with the letterhead.
    void signatureSettingIsSavedWithTheLetterhead()
    {
        PageFixture f;
        auto *mode = f.page.findChild<QComboBox *>(QStringLiteral("signature"));
        auto *toSignatory = f.page.findChild<QCheckBox *>(QStringLiteral("lettersToSignatory"));
        auto *save = f.page.findChild<QPushButton *>(QStringLiteral("saveSettings"));
        QVERIFY(mode && toSignatory && save);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("printed")); // the default
        QVERIFY(!toSignatory->isChecked());
        QVERIFY(!save->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("digital")));
        toSignatory->setChecked(true);
        QVERIFY(save->isEnabled());
        save->click();
        const DocumentSettings stored(f.archive.archive);
        QCOMPARE(stored.letterhead().signature, documents::Letterhead::Signature::Digital);
        QVERIFY(stored.lettersToSignatory());
        QVERIFY(!save->isEnabled());
        f.undoStack.undo(); // Edit › Undo gives the printed signature back
        QCOMPARE(DocumentSettings(f.archive.archive).letterhead().signature,
                 documents::Letterhead::Signature::Printed);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("printed"));
    }

    void backupsToKeepPersists()
    {
        PageFixture f;
        auto *keep = f.page.findChild<QSpinBox *>(QStringLiteral("backupsToKeep"));
        QVERIFY(keep);
        QCOMPARE(keep->value(), 30);
        keep->setValue(12);
        QCOMPARE(Settings(f.ini.filePath(QStringLiteral("settings.ini"))).backupsToKeep(), 12);
        // The list of copies follows Back up now (BackupActions' message box is not shown
        // offscreen in a test, so the copy is made directly).
        QVERIFY(Backups(f.archive.archive.path()).create(f.archive.archive));
        f.page.reload();
        auto *copies = f.page.findChild<QListWidget *>(QStringLiteral("backupCopies"));
        QCOMPARE(copies->count(), 1);
        QVERIFY(copies->item(0)->text().endsWith(QStringLiteral(".sqlite")));
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
