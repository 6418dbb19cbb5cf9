#include "importmappingpage.h"

#include "importwizard.h"
#include "ui/audit/auditwords.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tavolo {

// The register's fields as the clerk calls them (the words of the audit page, which names the
// same columns), the JSON name after it for those who script.
QString ImportMappingPage::fieldLabel(const QString &field)
{
    QString column; // taxCode → tax_code, organisation → organisation_id
    for (const QChar c : field) {
        if (c.isUpper())
            column += QLatin1Char('_');
        column += c.toLower();
    }
    if (column == QLatin1String("organisation"))
        column += QLatin1String("_id");
    const QString label = AuditWords::field(column);
    return label == column ? field : QStringLiteral("%1 (%2)").arg(label, field);
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which field of the register each column of the file fills. "
                   "Columns set to \"ignore\" are not read."));
    auto *inner = new QWidget(this);
    m_grid = new QGridLayout(inner);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void ImportMappingPage::initializePage()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_combos.clear();
    const CsvTable &csv = m_wizard->csv();
    m_header = csv.rows.isEmpty() ? QStringList() : csv.rows.first().fields;
    const QStringList sample = csv.rows.size() > 1 ? csv.rows.at(1).fields : QStringList();
    // The automatic mapping; when it is refused (a required column not recognised, two columns
    // for one field) the clerk starts from "ignore" everywhere and the next step says why.
    QMap<int, QString> automatic;
    if (const auto built = ColumnMapping::build(m_wizard->kind(), m_header))
        automatic = built.value().columns();

    const QStringList fields = ColumnMapping::fields(m_wizard->kind());
    const QStringList required = ColumnMapping::requiredFields(m_wizard->kind());
    auto bold = [this](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        return label;
    };
    m_grid->addWidget(bold(tr("Column of the file")), 0, 0);
    m_grid->addWidget(bold(tr("First record")), 0, 1);
    m_grid->addWidget(bold(tr("Field of the register")), 0, 2);
    for (int i = 0; i < m_header.size(); ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column-%1").arg(i));
        combo->addItem(tr("(ignore)"), QStringLiteral("-"));
        for (const QString &field : fields) {
            const QString label = fieldLabel(field);
            combo->addItem(required.contains(field) ? tr("%1 (required)").arg(label) : label,
                           field);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(automatic.value(i, QStringLiteral("-")))));
        m_combos << combo;
        const QString header =
            m_header.at(i).trimmed().isEmpty() ? tr("(column %1)").arg(i + 1) : m_header.at(i);
        m_grid->addWidget(new QLabel(header, this), i + 1, 0);
        QString example = sample.value(i).simplified();
        if (example.size() > 40)
            example = example.left(39) + QChar(0x2026);
        auto *exampleLabel = new QLabel(example, this);
        exampleLabel->setEnabled(false); // greyed: an example, not a setting
        m_grid->addWidget(exampleLabel, i + 1, 1);
        m_grid->addWidget(combo, i + 1, 2);
    }
    m_grid->setColumnMinimumWidth(1, 260);
    m_grid->setColumnStretch(3, 1); // keep the choices next to their columns
    m_grid->setRowStretch(int(m_header.size()) + 1, 1);
}

QStringList ImportMappingPage::overrides() const
{
    QStringList out;
    for (int i = 0; i < m_combos.size() && i < m_header.size(); ++i) {
        // A column without a name cannot be addressed; it is ignored unless the clerk maps it,
        // and then ColumnMapping refuses with a sentence shown on the next page.
        if (m_header.at(i).trimmed().isEmpty()
            && m_combos.at(i)->currentData().toString() == QLatin1String("-"))
            continue;
        out << m_header.at(i).trimmed() + QLatin1Char('=')
                + m_combos.at(i)->currentData().toString();
    }
    return out;
}

} // namespace tavolo
