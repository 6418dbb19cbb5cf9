#include "importfilepage.h"

#include "importwizard.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace tavolo {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file saved by a spreadsheet (Excel or LibreOffice: \"Save as… CSV\"). "
                   "The first line must name the columns."));
    m_path->setObjectName(QStringLiteral("filePath"));
    m_info->setObjectName(QStringLiteral("fileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("&File:"), this), 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browseButton, 0, 2);
    layout->addWidget(m_info, 1, 1, 1, 2);
    layout->setRowStretch(2, 1);
    qobject_cast<QLabel *>(layout->itemAtPosition(0, 0)->widget())->setBuddy(m_path);
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::load);
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->hasFile();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ImportFilePage::info() const
{
    return m_info->text();
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportFilePage::load()
{
    QString error;
    if (m_path->text().trimmed().isEmpty()) {
        m_wizard->loadFile(QString(), &error);
        m_info->clear();
    } else if (m_wizard->loadFile(m_path->text().trimmed(), &error)) {
        const CsvTable &csv = m_wizard->csv();
        const QChar sep = csv.separator;
        const QString sepName = sep == QLatin1Char('\t') ? tr("tab") : QString(sep);
        m_info->setStyleSheet(QString());
        m_info->setText(tr("Read as %1, separator “%2”: %n record(s) after the header line.",
                           nullptr, int(csv.rows.size()) - 1)
                            .arg(csv.encoding, sepName));
    } else {
        m_info->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_info->setText(error);
    }
    emit completeChanged();
}

} // namespace tavolo
