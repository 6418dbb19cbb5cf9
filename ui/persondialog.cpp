#include "persondialog.h"

#include "fieldlimits.h"
#include "fieldmessages.h"

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

PersonDialog::PersonDialog(const Person &person, const QList<Organisation> &organisations,
                           Save save, QWidget *parent)
    : QDialog(parent)
    , m_initial(person)
    , m_save(std::move(save))
    , m_messages(new FieldMessages(this))
    , m_givenName(lineEdit(this, QStringLiteral("givenName"), person.givenName))
    , m_familyName(lineEdit(this, QStringLiteral("familyName"), person.familyName))
    , m_taxCode(lineEdit(this, QStringLiteral("taxCode"), person.taxCode))
    , m_organisation(new QComboBox(this))
    , m_email(lineEdit(this, QStringLiteral("email"), person.email))
    , m_pec(lineEdit(this, QStringLiteral("pec"), person.pec))
    , m_phone(lineEdit(this, QStringLiteral("phone"), person.phone))
    , m_notes(new QPlainTextEdit(person.notes, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(person.id ? tr("Edit person") : tr("New person"));
    setObjectName(QStringLiteral("personDialog"));

    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->addItem(tr("(none)"), QVariant());
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.active ? o.name : tr("%1 (inactive)").arg(o.name), o.id);
    m_organisation->setMaxVisibleItems(20);
    m_organisation->setCurrentIndex(
        person.organisationId ? qMax(0, m_organisation->findData(*person.organisationId)) : 0);

    m_taxCode->setPlaceholderText(tr("16 characters, optional"));
    m_taxCode->setMaxLength(24);
    m_email->setPlaceholderText(tr("name@domain.it"));
    m_pec->setPlaceholderText(tr("name@pec.domain.it"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages->addRow(form, tr("&Given name *"), QStringLiteral("givenName"), m_givenName);
    m_messages->addRow(form, tr("&Family name *"), QStringLiteral("familyName"), m_familyName);
    m_messages->addRow(form, tr("&Tax code"), QStringLiteral("taxCode"), m_taxCode);
    form->addRow(tr("&Organisation"), m_organisation);
    // PEC before e-mail, as in the organisation's dialog: the certified address comes first.
    m_messages->addRow(form, tr("&PEC"), QStringLiteral("pec"), m_pec);
    m_messages->addRow(form, tr("E-ma&il"), QStringLiteral("email"), m_email);
    m_messages->addRow(form, tr("P&hone"), QStringLiteral("phone"), m_phone);
    form->addRow(tr("Not&es"), m_notes);
    const QList<QWidget *> order {m_givenName, m_familyName, m_taxCode, m_organisation,
                                  m_pec,       m_email,      m_phone,   m_notes};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages->generalLabel());
    layout->addWidget(new QLabel(tr("* required"), this));
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    const QList<std::pair<QString, QLineEdit *>> checked {
        {QStringLiteral("givenName"), m_givenName},
        {QStringLiteral("familyName"), m_familyName},
        {QStringLiteral("taxCode"), m_taxCode},
        {QStringLiteral("email"), m_email},
        {QStringLiteral("pec"), m_pec},
        {QStringLiteral("phone"), m_phone},
    };
    for (const auto &[field, edit] : checked) {
        const QString name = field;
        connect(edit, &QLineEdit::textEdited, this, [this, name] { fieldEdited(name); });
        connect(edit, &QLineEdit::textChanged, this, &PersonDialog::validate);
    }
    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            [this] { fieldEdited(QString()); });
    if (person.id)
        m_messages->touchAll();
    FieldLimits::applyByName(this);
    validate();
}

Person PersonDialog::person() const
{
    Person p = m_initial;
    p.givenName = m_givenName->text();
    p.familyName = m_familyName->text();
    p.taxCode = m_taxCode->text();
    const QVariant organisation = m_organisation->currentData();
    p.organisationId =
        organisation.isValid() ? std::optional(organisation.toLongLong()) : std::nullopt;
    p.email = m_email->text();
    p.pec = m_pec->text();
    p.phone = m_phone->text();
    p.notes = m_notes->toPlainText();
    return p;
}

void PersonDialog::fieldEdited(const QString &field)
{
    if (!field.isEmpty())
        m_messages->touch(field);
    m_storeProblems.clear();
    validate();
}

void PersonDialog::validate()
{
    const Problems problems = PersonRules::validate(PersonRules::normalised(person()));
    m_messages->show(problems, m_storeProblems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasRefusal(problems));
}

void PersonDialog::accept()
{
    const auto save =
        m_save ? std::function<Problems()>([this] { return m_save(person()); }) : nullptr;
    if (m_messages->accepted(PersonRules::validate(PersonRules::normalised(person())), save,
                             m_storeProblems, [this] { validate(); }))
        QDialog::accept();
}

} // namespace tavolo
