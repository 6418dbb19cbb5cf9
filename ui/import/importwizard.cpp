#include "importwizard.h"

#include "importcheckpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"

#include <QFile>
#include <QMessageBox>

namespace tavolo {

namespace {

// A spreadsheet of the register is a few thousand lines; anything far larger is a wrong file
// (the same bound as `tavolo-cli import`).
constexpr qint64 kMaxImportBytes = qint64(64) * 1024 * 1024;

} // namespace

ImportWizard::ImportWizard(Archive &archive, Kind kind, QWidget *parent)
    : QWizard(parent)
    , m_archive(archive)
    , m_kind(kind)
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_checkPage(new ImportCheckPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == Kind::Organisations ? tr("Import organisations") : tr("Import people"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FileStep, m_filePage);
    setPage(MappingStep, m_mappingPage);
    setPage(CheckStep, m_checkPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(820, 560);
}

void ImportWizard::run(Archive &archive, Kind kind, QWidget *parent)
{
    ImportWizard wizard(archive, kind, parent);
    if (wizard.exec() != QDialog::Accepted)
        return;
    QMessageBox::information(parent, wizard.windowTitle(),
                             tr("%n record(s) imported.", nullptr, wizard.importedCount()));
}

bool ImportWizard::loadFile(const QString &path, QString *error)
{
    m_bytes.clear();
    m_table = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxImportBytes) {
        *error = tr("%1 is too large for a register (over 64 MB): is it the right file?").arg(path);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto read = CsvReader::read(bytes);
    if (!read) {
        *error = describe(read.problems());
        return false;
    }
    if (read.value().rows.isEmpty()) {
        *error = tr("%1 holds no records.").arg(path);
        return false;
    }
    m_bytes = bytes;
    m_table = read.value();
    return true;
}

QStringList ImportWizard::overrides() const
{
    return m_mappingPage->overrides();
}

} // namespace tavolo
