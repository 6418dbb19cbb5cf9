#pragma once

#include "core/documents/letterhead.h"
#include "page.h"
#include "pagecontext.h"

#include <QImage>
#include <QMap>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace tavolo {

class BackupActions;
class LetterPreview;
class ProblemView;

// Settings: the letterhead and signatory kept in the archive, with a live
// preview of a sample letter; the letter template; where the archive and its backups are, how
// many daily copies to keep; the language. Letterhead edits wait for Save (or Revert); leaving
// the page or closing the window with unsaved edits asks first.
class SignatureChoice;

class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(const PageContext &context, Settings &settings, BackupActions &backups,
                 QWidget *parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QString pageName() const override { return QStringLiteral("settings"); }
    void reload() override;
    bool canLeave() override;

    bool isModified() const;
    bool save(); // false when refused (the problems are shown on the page)
    void revert();
    void editTemplate();
    const LetterPreview &preview() const { return *m_preview; }

private:
    QWidget *createLetterheadBox();
    QWidget *createArchiveBox();
    QWidget *createLanguageBox();
    QMap<QString, QString> formValues() const;
    documents::Letterhead previewLetterhead() const;
    void chooseLogo();
    void showLogo(const QImage &image);
    void edited();
    void updatePreview();
    void reloadBackups();
    void showInFolder(const QString &folder);

    Archive &m_archive;
    QUndoStack &m_undoStack; // Edit › Undo of a saved letterhead
    Settings &m_settings;
    BackupActions &m_backups;
    QMap<QString, QLineEdit *> m_fields; // by DocumentSettings::keys()
    QMap<QString, QString> m_saved; // as loaded, to tell what changed
    documents::Letterhead m_savedLetterhead;
    QString m_pendingLogo; // an image chosen, not saved yet
    qint64 m_loadedStamp = -1; // where the stored settings stood when loaded
    QLabel *m_logo;
    SignatureChoice *m_signature; // the keys "signature" and "lettersToSignatory"
    QPushButton *m_save;
    QPushButton *m_revert;
    ProblemView *m_problems;
    LetterPreview *m_preview;
    // Read-only fields, not labels: a long path scrolls inside them instead of widening the page.
    QLineEdit *m_archivePath;
    QLineEdit *m_backupFolder;
    QSpinBox *m_keep;
    QListWidget *m_copies;
};

} // namespace tavolo
