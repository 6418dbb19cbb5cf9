#include "exportdialog.h"

#include "core/rules/ruletext.h"
#include "problemview.h"
#include "ui/printjobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QUrl>

namespace tavolo {

ExportDialog::ExportDialog(MeetingExport exporter, const Problems &warnings, QWidget *parent)
    : QDialog(parent)
    , m_exporter(std::move(exporter))
    , m_folder(new QLineEdit(defaultFolder(m_exporter.pack().meeting.date), this))
    , m_protocol(new QLineEdit(this))
    , m_letters(
          new QCheckBox(tr("Convocation &letters (one PDF per recipient and one with all)"), this))
    , m_attendance(new QCheckBox(tr("&Attendance sheet"), this))
    , m_calendar(new QCheckBox(tr("&Calendar file (.ics)"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_printPreview(new QPushButton(tr("Print previe&w…"), this))
    , m_recipient(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_problems(new ProblemView(this))
{
    setWindowTitle(tr("Export the documents of the meeting of %1")
                       .arg(RuleText::day(m_exporter.pack().meeting.date)));
    setObjectName(QStringLiteral("exportDialog"));
    for (QCheckBox *box : {m_letters, m_attendance, m_calendar})
        box->setChecked(true);
    m_protocol->setPlaceholderText(tr("e.g. 4512/2026"));
    m_protocol->setAccessibleName(tr("Protocol number"));
    m_folder->setAccessibleName(tr("Folder"));
    for (const documents::Recipient &r : m_exporter.pack().recipients)
        m_recipient->addItem(r.guest ? tr("%1 (guest)").arg(r.name) : r.name);
    m_recipient->setAccessibleName(tr("Recipient shown in the preview"));
    m_problems->setProblems(warnings);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Protocol number:"), m_protocol);
    form->addRow(QString(), m_letters);
    form->addRow(QString(), m_attendance);
    form->addRow(QString(), m_calendar);
    form->addRow(tr("Pre&view of:"), m_recipient);
    qobject_cast<QLabel *>(form->labelForField(m_recipient))->setBuddy(m_recipient);
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_folder);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setMinimumSize(460, 420);
    m_preview->setAccessibleName(tr("Preview of the letter"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("export"));
    // Beside Export: the same letters and sheet on paper, through the system's print dialog.
    m_print->setObjectName(QStringLiteral("print"));
    m_printPreview->setObjectName(QStringLiteral("printPreview"));
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printPreview, QDialogButtonBox::ActionRole);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_problems);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::choose);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_protocol, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_print, &QPushButton::clicked, this, [this] { printTicked(false); });
    connect(m_printPreview, &QPushButton::clicked, this, [this] { printTicked(true); });
    // The calendar file is not printed: Print follows the letters and the sheet alone.
    for (QCheckBox *box : {m_letters, m_attendance})
        connect(box, &QCheckBox::toggled, this, [this] {
            const bool any = m_letters->isChecked() || m_attendance->isChecked();
            m_print->setEnabled(any);
            m_printPreview->setEnabled(any);
        });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    // As wide as the letter with its vertical scroll bar: the preview scrolls only downwards.
    scroll->setMinimumWidth(m_preview->width() + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());
}

QString ExportDialog::defaultFolder(QDate meetingDate)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir::toNativeSeparators(QDir(documents).filePath(
        QStringLiteral("Tavolo/") + tr("Meeting %1").arg(meetingDate.toString(Qt::ISODate))));
}

void ExportDialog::choose()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updatePreview()
{
    const auto &recipients = m_exporter.pack().recipients;
    const int index = m_recipient->currentIndex();
    if (index < 0 || index >= recipients.size())
        return;
    m_preview->setPixmap(QPixmap::fromImage(
        m_exporter.renderer(m_protocol->text().trimmed()).previewImage(recipients.at(index), 55)));
    m_preview->adjustSize();
}

PrintJob ExportDialog::printJob()
{
    PrintJob job;
    const QString protocol = m_protocol->text().trimmed();
    if (m_letters->isChecked()) {
        const Problems refused = documents::LetterExporter(m_exporter.renderer(protocol))
                                     .refusalsBeforeWriting(m_exporter.pack().recipients);
        m_problems->setProblems(refused);
        if (hasRefusal(refused))
            return {};
        job = PrintJobs::letters(m_exporter, protocol);
    }
    if (m_attendance->isChecked()) {
        PrintJob sheet = PrintJobs::attendanceSheet(m_exporter);
        if (job.isEmpty())
            job.title = sheet.title;
        job.add(std::move(sheet.documents.front()), sheet.footers.front());
    }
    return job;
}

void ExportDialog::printTicked(bool preview)
{
    PrintJob job = printJob();
    if (job.isEmpty())
        return;
    if (preview)
        Printing::preview(this, job);
    else
        Printing::print(this, job);
}

bool ExportDialog::exportFiles(QStringList *written)
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    Problems problems;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_problems->setProblems({Problem::refused(
            QStringLiteral("INPUT"),
            tr("The folder \"%1\" cannot be created: choose another.").arg(m_folder->text()))});
        return false;
    }
    if (m_letters->isChecked()) {
        QProgressDialog progress(tr("Writing the letters…"), tr("Cancel"), 0,
                                 int(m_exporter.pack().recipients.size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const auto letters = m_exporter.letters(
            folder, m_protocol->text().trimmed(), [&](int done, int total, const QString &name) {
                progress.setMaximum(total);
                progress.setValue(done);
                progress.setLabelText(tr("Writing the letter to %1…").arg(name));
                return !progress.wasCanceled();
            });
        problems << letters.problems();
        if (letters)
            *written << letters.value().letterFiles << letters.value().combinedFile;
    }
    for (const auto &[box, file] : {std::pair {m_attendance, &MeetingExport::attendanceSheet},
                                    std::pair {m_calendar, &MeetingExport::calendar}})
        if (box->isChecked() && !hasRefusal(problems)) {
            const auto one = (m_exporter.*file)(folder);
            problems << one.problems();
            if (one)
                *written << one.value();
        }
    m_problems->setProblems(problems);
    return !hasRefusal(problems);
}

void ExportDialog::accept()
{
    QStringList written;
    if (!exportFiles(&written))
        return;
    QMessageBox done(QMessageBox::Information, windowTitle(),
                     tr("%n file(s) written in %1.", nullptr, int(written.size()))
                         .arg(QDir::toNativeSeparators(m_folder->text())),
                     QMessageBox::Close, this);
    done.setObjectName(QStringLiteral("exportDone"));
    // What comes next, and where each letter goes (copyable from the details).
    if (m_letters->isChecked()) {
        done.setInformativeText(tr("Next: sign the letters, then send each to its recipient by "
                                   "PEC (Show Details… lists the addresses)."));
        QStringList addresses;
        for (const documents::Recipient &r : m_exporter.pack().recipients)
            addresses << tr("%1: %2").arg(r.name,
                                          !r.pec.isEmpty() ? r.pec
                                              : !r.postalAddress.isEmpty()
                                              ? r.postalAddress
                                              : tr("no address in the register"));
        done.setDetailedText(addresses.join(QLatin1Char('\n')));
    }
    QPushButton *open = done.addButton(tr("&Open folder"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QDir::fromNativeSeparators(m_folder->text())));
    QDialog::accept();
}

} // namespace tavolo
