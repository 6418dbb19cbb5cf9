#include "settingspage.h"

#include "backupactions.h"
#include "core/config/settings.h"
#include "core/documents/documenthtml.h"
#include "core/exports/documentsettings.h"
#include "core/storage/archive.h"
#include "core/storage/backups.h"
#include "core/storage/documentsettingsstore.h"
#include "letterheadcommand.h"
#include "letterpreview.h"
#include "naturalwidth.h"
#include "signaturechoice.h"
#include "tavolo/problemview.h"
#include "templatedialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace tavolo {

namespace {

// The form's labels, in the order of DocumentSettings::keys().
QList<std::pair<QString, QString>> fieldLabels()
{
    return {{QStringLiteral("enteName"), SettingsPage::tr("&Lead body:")},
            {QStringLiteral("officeName"), SettingsPage::tr("&Office:")},
            {QStringLiteral("address"), SettingsPage::tr("&Address:")},
            {QStringLiteral("contacts"), SettingsPage::tr("&Contacts:")},
            {QStringLiteral("officePec"), SettingsPage::tr("Office &PEC:")},
            {QStringLiteral("signatoryName"), SettingsPage::tr("Signed b&y:")},
            {QStringLiteral("signatoryTitle"), SettingsPage::tr("Signatory's &title:")},
            {QStringLiteral("place"), SettingsPage::tr("Place of &writing:")},
            {QStringLiteral("districtName"), SettingsPage::tr("&District:")}};
}

QString stripMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace

SettingsPage::SettingsPage(const PageContext &context, Settings &settings, BackupActions &backups,
                           QWidget *parent)
    : Page(parent)
    , m_archive(context.archive)
    , m_undoStack(context.undoStack)
    , m_settings(settings)
    , m_backups(backups)
    , m_logo(new QLabel(this))
    , m_signature(new SignatureChoice(this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_problems(new ProblemView(this))
    , m_preview(new LetterPreview(this))
    , m_archivePath(new QLineEdit(this))
    , m_backupFolder(new QLineEdit(this))
    , m_keep(new QSpinBox(this))
    , m_copies(new QListWidget(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings")), this);

    // The letterhead beside its preview, the archive and the language under them: two columns
    // fit the window from 1300×720 up without scrolling sideways.
    auto *left = new QVBoxLayout;
    left->addWidget(createLetterheadBox());
    auto *below = new QHBoxLayout;
    below->addWidget(createArchiveBox(), 3);
    below->addWidget(createLanguageBox(), 2, Qt::AlignTop);
    left->addLayout(below, 1);

    auto *previewBox = new QGroupBox(tr("Preview of a letter"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *previewNote =
        new QLabel(tr("A sample convocation with the values above, saved or not."), previewBox);
    previewNote->setWordWrap(true);
    auto *previewScroll = new QScrollArea(previewBox);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    previewLayout->addWidget(previewNote);
    previewLayout->addWidget(previewScroll, 1);
    previewBox->setMinimumWidth(370);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(previewBox, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading);
    contentLayout->addLayout(columns, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    reload();
}

QWidget *SettingsPage::createLetterheadBox()
{
    auto *box = new QGroupBox(tr("Letterhead and signature"), this);
    auto *form = new QFormLayout;
    for (const auto &[key, label] : fieldLabels()) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(key);
        edit->setAccessibleName(stripMnemonic(label));
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::edited);
        m_fields.insert(key, edit);
        form->addRow(label, edit); // the label's buddy is the field
    }
    m_fields.value(QStringLiteral("officePec"))
        ->setPlaceholderText(tr("e.g. ufficiodipiano@pec.it"));
    connect(m_signature, &SignatureChoice::changed, this, &SettingsPage::edited);
    auto *signatureLabel = new QLabel(tr("Signature &mode:"), box);
    signatureLabel->setBuddy(m_signature->mode());
    form->addRow(signatureLabel, m_signature);

    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setAccessibleName(tr("Current logo"));
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Choose a lo&go…"), box);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo, 0, Qt::AlignVCenter);
    logoRow->addStretch(1);
    auto *logoLabel = new QLabel(tr("Logo:"), box);
    logoLabel->setBuddy(chooseLogo);
    form->addRow(logoLabel, logoRow);

    auto *templateButton = new QPushButton(tr("Ed&it template…"), box);
    templateButton->setObjectName(QStringLiteral("editTemplate"));
    connect(templateButton, &QPushButton::clicked, this, &SettingsPage::editTemplate);
    auto *templateLabel = new QLabel(tr("Letter:"), box);
    templateLabel->setBuddy(templateButton);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templateButton);
    templateRow->addStretch(1);
    form->addRow(templateLabel, templateRow);

    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(box);
    auto *note = new QLabel(tr("Printed on every convocation letter; kept in the archive, so "
                               "everyone who opens it prints the same letterhead."),
                            box);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    return box;
}

void SettingsPage::reload()
{
    const bool open = m_archive.isOpen();
    if (open) {
        const DocumentSettings settings(m_archive);
        m_loadedStamp = DocumentSettingsStore(m_archive).stamp();
        m_savedLetterhead = settings.letterhead();
        m_saved = settings.values();
    } else {
        m_savedLetterhead = {};
        m_saved.clear();
        m_loadedStamp = -1;
    }
    m_pendingLogo.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setText(m_saved.value(it.key()));
    }
    m_signature->setValues(m_saved);
    m_problems->setProblems({});
    showLogo(documents::flattenedLogo(m_savedLetterhead, 72));
    m_archivePath->setText(
        open ? QDir::toNativeSeparators(QFileInfo(m_archive.path()).absoluteFilePath())
             : tr("No archive open"));
    reloadBackups();
    edited();
}

QMap<QString, QString> SettingsPage::formValues() const
{
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    if (m_archive.isOpen())
        values.insert(m_signature->values());
    return values;
}

bool SettingsPage::isModified() const
{
    if (!m_pendingLogo.isEmpty())
        return true;
    const auto values = formValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.value() != m_saved.value(it.key()).trimmed())
            return true;
    return false;
}

documents::Letterhead SettingsPage::previewLetterhead() const
{
    const auto v = formValues();
    documents::Letterhead l = m_savedLetterhead;
    l.enteName = v.value(QStringLiteral("enteName"));
    l.officeName = v.value(QStringLiteral("officeName"));
    l.address = v.value(QStringLiteral("address"));
    l.contacts = v.value(QStringLiteral("contacts"));
    l.officePec = v.value(QStringLiteral("officePec"));
    l.signatoryName = v.value(QStringLiteral("signatoryName"));
    l.signatoryTitle = v.value(QStringLiteral("signatoryTitle"));
    l.place = v.value(QStringLiteral("place"));
    l.signature = v.value(QStringLiteral("signature")) == QLatin1String("digital")
        ? documents::Letterhead::Signature::Digital
        : documents::Letterhead::Signature::Printed;
    if (!m_pendingLogo.isEmpty()) {
        l.logoPath = m_pendingLogo;
        l.logoImage.clear();
    }
    return l;
}

void SettingsPage::edited()
{
    const bool modified = m_archive.isOpen() && isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    updatePreview();
}

void SettingsPage::updatePreview()
{
    if (!m_archive.isOpen()) {
        m_preview->clear();
        return;
    }
    m_preview->render(previewLetterhead(), formValues().value(QStringLiteral("districtName")),
                      DocumentSettings(m_archive).letterTemplate());
}

void SettingsPage::showLogo(const QImage &image)
{
    if (image.isNull()) {
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(
        image.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool SettingsPage::save()
{
    if (!m_archive.isOpen())
        return false;
    DocumentSettings settings(m_archive);
    const auto values = formValues();
    const QString logo = m_pendingLogo;
    const LetterheadCommand::Values before = LetterheadCommand::current(m_archive);
    // Letterhead and logo in one transaction: a refused logo leaves the letterhead as it was.
    // Another program's save since the page loaded is refused, not overwritten: Revert shows it.
    const auto saved = m_archive.write([&]() -> Result<Done> {
        if (auto unchanged = DocumentSettingsStore(m_archive).checkUnchangedSince(m_loadedStamp);
            !unchanged)
            return unchanged;
        if (auto set = settings.set(values); !set)
            return set;
        if (!logo.isEmpty())
            return settings.setLogo(logo);
        return Result<Done>::ok(Done {});
    });
    if (!saved) {
        m_problems->setProblems(saved.problems());
        return false;
    }
    m_undoStack.push(new LetterheadCommand(m_archive, before, LetterheadCommand::current(m_archive),
                                           [this](const Problems &refusal) {
                                               reload();
                                               m_problems->setProblems(refusal);
                                           }));
    reload();
    return true;
}

void SettingsPage::revert()
{
    reload();
}

bool SettingsPage::canLeave()
{
    if (!m_archive.isOpen() || !isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved settings"),
        tr("The letterhead has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void SettingsPage::editTemplate()
{
    if (!m_archive.isOpen())
        return;
    TemplateDialog dialog(m_archive, previewLetterhead(),
                          formValues().value(QStringLiteral("districtName")), this);
    const qint64 before = DocumentSettingsStore(m_archive).stamp();
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The template saved here moves the settings' stamp: neither the form's next save nor the
    // undo of a letterhead saved before is another program's change.
    const qint64 after = DocumentSettingsStore(m_archive).stamp();
    if (m_loadedStamp == before)
        m_loadedStamp = after;
    // QUndoStack hands out its commands as const only; the stamp is the command's own record.
    for (int i = 0; i < m_undoStack.count(); ++i)
        if (auto *command = dynamic_cast<const LetterheadCommand *>(m_undoStack.command(i)))
            const_cast<LetterheadCommand *>(command)->followOwnChange(before, after);
    updatePreview();
}

} // namespace tavolo
