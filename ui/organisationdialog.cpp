#include "organisationdialog.h"

#include "fieldlimits.h"
#include "fieldmessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tavolo {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

OrganisationDialog::OrganisationDialog(const Organisation &organisation, Save save, QWidget *parent)
    : QDialog(parent)
    , m_initial(organisation)
    , m_save(std::move(save))
    , m_messages(new FieldMessages(this))
    , m_name(lineEdit(this, QStringLiteral("name"), organisation.name))
    , m_category(new QComboBox(this))
    , m_taxCode(lineEdit(this, QStringLiteral("taxCode"), organisation.taxCode))
    , m_runtsSection(new QComboBox(this))
    , m_runtsNumber(lineEdit(this, QStringLiteral("runtsNumber"), organisation.runtsNumber))
    , m_comune(lineEdit(this, QStringLiteral("comune"), organisation.comune))
    , m_address(lineEdit(this, QStringLiteral("address"), organisation.address))
    , m_pec(lineEdit(this, QStringLiteral("pec"), organisation.pec))
    , m_email(lineEdit(this, QStringLiteral("email"), organisation.email))
    , m_phone(lineEdit(this, QStringLiteral("phone"), organisation.phone))
    , m_notes(new QPlainTextEdit(organisation.notes, this))
    , m_active(new QCheckBox(tr("Active (operating in the Ambito)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(organisation.id ? tr("Edit organisation") : tr("New organisation"));
    setObjectName(QStringLiteral("organisationDialog"));

    m_category->setObjectName(QStringLiteral("category"));
    for (Category c : Categories::all())
        m_category->addItem(Categories::label(c), Categories::id(c));
    m_category->setCurrentIndex(m_category->findData(Categories::id(organisation.category)));

    m_runtsSection->setObjectName(QStringLiteral("runtsSection"));
    m_runtsSection->addItem(tr("(not registered)"), QString());
    for (const QString &section : OrganisationRules::runtsSections())
        m_runtsSection->addItem(section, section);
    if (!organisation.runtsSection.isEmpty()
        && m_runtsSection->findData(organisation.runtsSection) < 0)
        m_runtsSection->addItem(organisation.runtsSection, organisation.runtsSection);
    m_runtsSection->setCurrentIndex(qMax(0, m_runtsSection->findData(organisation.runtsSection)));

    m_runtsSection->setToolTip(tr("The section of the national register of third-sector bodies "
                                  "(RUNTS, D.Lgs. 117/2017, art. 46) the organisation is enrolled "
                                  "in; \"not registered\" when it is not enrolled."));
    m_runtsNumber->setToolTip(tr("The enrolment number given by the RUNTS: only for an "
                                 "organisation enrolled in a section."));
    m_taxCode->setPlaceholderText(tr("11 digits"));
    m_taxCode->setMaxLength(20);
    m_pec->setPlaceholderText(tr("name@pec.domain.it"));
    m_email->setPlaceholderText(tr("name@domain.it"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(organisation.active);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages->addRow(form, tr("&Name *"), QStringLiteral("name"), m_name);
    form->addRow(tr("C&ategory"), m_category);
    m_messages->addRow(form, tr("&Tax code *"), QStringLiteral("taxCode"), m_taxCode);
    form->addRow(tr("RUNTS s&ection"), m_runtsSection);
    m_messages->addRow(form, tr("RUNTS n&umber"), QStringLiteral("runtsNumber"), m_runtsNumber);
    form->addRow(tr("Co&mune"), m_comune);
    form->addRow(tr("A&ddress"), m_address);
    m_messages->addRow(form, tr("&PEC"), QStringLiteral("pec"), m_pec);
    m_messages->addRow(form, tr("E-ma&il"), QStringLiteral("email"), m_email);
    m_messages->addRow(form, tr("P&hone"), QStringLiteral("phone"), m_phone);
    form->addRow(tr("N&otes"), m_notes);
    form->addRow(QString(), m_active);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages->generalLabel());
    layout->addWidget(new QLabel(tr("* required"), this));
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    const QList<std::pair<QString, QLineEdit *>> checked {
        {QStringLiteral("name"), m_name},   {QStringLiteral("taxCode"), m_taxCode},
        {QStringLiteral("pec"), m_pec},     {QStringLiteral("email"), m_email},
        {QStringLiteral("phone"), m_phone}, {QStringLiteral("runtsNumber"), m_runtsNumber},
    };
    for (const auto &[field, edit] : checked) {
        const QString name = field;
        connect(edit, &QLineEdit::textEdited, this, [this, name] { fieldEdited(name); });
        connect(edit, &QLineEdit::textChanged, this, &OrganisationDialog::validate);
    }
    // Fields not checked by the rules still clear a refusal of the archive when edited.
    for (QLineEdit *edit : {m_comune, m_address})
        connect(edit, &QLineEdit::textEdited, this, [this] { fieldEdited(QString()); });
    // The section decides whether a RUNTS number may be given.
    connect(m_runtsSection, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_runtsNumber->text().isEmpty())
            fieldEdited(QStringLiteral("runtsNumber"));
    });
    // An existing record is shown with its messages at once: it was entered before.
    if (organisation.id)
        m_messages->touchAll();
    FieldLimits::applyByName(this);
    validate();
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_initial;
    o.name = m_name->text();
    o.category = Categories::fromId(m_category->currentData().toString()).value_or(Category::Other);
    o.taxCode = m_taxCode->text();
    o.runtsSection = m_runtsSection->currentData().toString();
    o.runtsNumber = m_runtsNumber->text();
    o.comune = m_comune->text();
    o.address = m_address->text();
    o.pec = m_pec->text();
    o.email = m_email->text();
    o.phone = m_phone->text();
    o.notes = m_notes->toPlainText();
    o.active = m_active->isChecked();
    return o;
}

void OrganisationDialog::fieldEdited(const QString &field)
{
    if (!field.isEmpty())
        m_messages->touch(field);
    m_storeProblems.clear();
    validate();
}

void OrganisationDialog::validate()
{
    const Problems problems =
        OrganisationRules::validate(OrganisationRules::normalised(organisation()));
    m_messages->show(problems, m_storeProblems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasRefusal(problems));
}

void OrganisationDialog::accept()
{
    const auto save =
        m_save ? std::function<Problems()>([this] { return m_save(organisation()); }) : nullptr;
    if (m_messages->accepted(
            OrganisationRules::validate(OrganisationRules::normalised(organisation())), save,
            m_storeProblems, [this] { validate(); }))
        QDialog::accept();
}

} // namespace tavolo
