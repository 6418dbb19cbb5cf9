#include "connectdialog.h"

#include "core/storage/serverprobe.h"
#include "passwordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tavolo {

namespace {

// What each of libpq's TLS modes means, for the clerk (postgresql.org/docs/15/libpq-ssl.html).
QString sslModeText(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return ConnectDialog::tr("disable — never encrypted");
    if (mode == QLatin1String("allow"))
        return ConnectDialog::tr("allow — encrypted only if the server insists");
    if (mode == QLatin1String("prefer"))
        return ConnectDialog::tr("prefer — encrypted when the server offers it (default)");
    if (mode == QLatin1String("require"))
        return ConnectDialog::tr("require — always encrypted");
    if (mode == QLatin1String("verify-ca"))
        return ConnectDialog::tr("verify-ca — encrypted, server certificate checked");
    return ConnectDialog::tr("verify-full — encrypted, certificate and server name checked");
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

ConnectDialog::ConnectDialog(const ServerAddress &initial, PasswordStore &passwords,
                             QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
    , m_host(lineEdit(this, "host", initial.host))
    , m_port(new QSpinBox(this))
    , m_database(lineEdit(this, "database", initial.database))
    , m_user(lineEdit(this, "user", initial.user))
    , m_sslmode(new QComboBox(this))
    , m_password(lineEdit(this, "password", QString()))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test the connection"), this))
    , m_connect(nullptr)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to the office server"));
    auto *intro = new QLabel(
        tr("The archive shared by the office lives in a database on a PostgreSQL server. Ask "
           "whoever looks after it for these details (README, \"The office server\")."),
        this);
    intro->setWordWrap(true);

    m_host->setPlaceholderText(tr("server name or address, e.g. server.comune.it"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_port->setGroupSeparatorShown(false);
    m_user->setPlaceholderText(tr("your user on the server"));
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    for (const QString &mode : ServerAddress::sslModes())
        m_sslmode->addItem(sslModeText(mode), mode);
    m_sslmode->setCurrentIndex(qMax(0, m_sslmode->findData(initial.sslmode)));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: read from your password file (pgpass)"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_test->setObjectName(QStringLiteral("testConnection"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_sslmode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_result->clear();
            updateButtons();
        });
    if (m_passwords.canKeep()) {
        readKeptPassword();
    } else {
        m_remember->setEnabled(false);
        m_keychainNote->setText(m_passwords.whyNot());
    }
    updateButtons();
}

void ConnectDialog::readKeptPassword()
{
    const auto kept = m_passwords.read(address().key());
    if (!kept) {
        // No keychain on this machine (or it refused): the clerk types the password each time.
        m_remember->setEnabled(false);
        m_keychainNote->setText(kept.problems().constFirst().message);
        return;
    }
    m_password->setText(kept.value());
    m_remember->setChecked(!kept.value().isEmpty());
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslmode = m_sslmode->currentData().toString();
    return address;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !address().location().isEmpty();
    m_test->setEnabled(complete);
    m_connect->setEnabled(complete);
}

void ConnectDialog::showResult(const QString &sentence, bool good)
{
    m_result->setStyleSheet(good ? QStringLiteral("color:#1d6b2f")
                                 : QStringLiteral("color:#a32020"));
    m_result->setText(sentence);
}

void ConnectDialog::showProblem(const QString &sentence)
{
    showResult(sentence, false);
}

bool ConnectDialog::test()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto found = ServerProbe::test(location(), password());
    QApplication::restoreOverrideCursor();
    if (!found) {
        QStringList lines;
        for (const Problem &p : found.problems())
            lines << p.message;
        showResult(lines.join(QLatin1Char('\n')), false);
        return false;
    }
    const QString server = found.value().serverVersion;
    showResult(found.value().schemaVersion == 0
                   ? tr("The server (PostgreSQL %1) answers and the database is empty: "
                        "connecting makes a new archive in it.")
                         .arg(server)
                   : tr("The server (PostgreSQL %1) answers and the database holds a Tavolo "
                        "archive.")
                         .arg(server),
               true);
    return true;
}

void ConnectDialog::accept()
{
    if (!test())
        return; // the sentence says why; nothing changed
    if (m_remember->isEnabled()) {
        const QString key = address().key();
        const auto kept = m_remember->isChecked() && !password().isEmpty()
            ? m_passwords.write(key, password())
            : m_passwords.remove(key);
        if (!kept)
            m_keychainNote->setText(kept.problems().constFirst().message);
    }
    QDialog::accept();
}

} // namespace tavolo
