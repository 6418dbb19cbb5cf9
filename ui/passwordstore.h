#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <memory>

namespace tavolo {

// Where the GUI keeps the password of the office server (issue 18): never in the settings, never
// in plain text. The system's keychain (Secret Service or KWallet on Linux, the Credential
// Manager on Windows) through QtKeychain when the program was built with it; else nowhere, and
// libpq reads the password from its password file (PGPASSFILE, ~/.pgpass). An interface, so that
// the tests (whose offscreen machine has no keychain) put a stand-in in its place
// (MainWindow::setPasswordStore).
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
public:
    virtual ~PasswordStore();

    // Whether passwords can be kept at all; when not, why, in a sentence for the connect dialog.
    virtual bool canKeep() const = 0;
    virtual QString whyNot() const { return {}; }

    // The password kept under `key` (ServerAddress::key()); empty when none is kept. Refused with
    // a sentence when the keychain does not answer (then the clerk types the password).
    virtual Result<QString> read(const QString &key) = 0;
    virtual Result<Done> write(const QString &key, const QString &password) = 0;
    virtual Result<Done> remove(const QString &key) = 0;

    // The system's keychain where the program has one, else a store that keeps nothing.
    static std::unique_ptr<PasswordStore> system();
};

} // namespace tavolo
