#pragma once

#include "core/storage/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tavolo {

class PasswordStore;

// File › Connect to the office server… (issue 18): the server, port, database, user, TLS mode
// and password of an archive on the office's PostgreSQL server. "Test the connection" tries it
// without changing anything and says what it found, or why it failed, in a sentence; Connect
// tests it too and closes only when it works, so that the window never leaves its archive for a
// server it cannot use. The password goes to the system keychain when "Remember" is ticked
// (PasswordStore), never to the settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(const ServerAddress &initial, PasswordStore &passwords,
                  QWidget *parent = nullptr);

    ServerAddress address() const;
    QString location() const { return address().location(); }
    QString password() const;
    // Shows why the last attempt failed (a recent server whose password no longer works).
    void showProblem(const QString &sentence);

    // Tries the connection; shows and returns whether it works.
    bool test();

public slots:
    void accept() override;

private:
    void showResult(const QString &sentence, bool good);
    void readKeptPassword();
    void updateButtons();

    PasswordStore &m_passwords;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslmode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
};

} // namespace tavolo
