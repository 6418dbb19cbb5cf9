#pragma once

#include "passwordstore.h"

namespace tavolo {

// The system's keychain through QtKeychain (service "Tavolo", one entry per server address).
// QtKeychain never falls back to a plain-text file here (insecureFallback stays off). A keychain
// that does not answer (no Secret Service on the machine, a locked wallet refused) is told in a
// sentence: the connect dialog then asks for the password each time.
class KeychainPasswordStore final : public PasswordStore
{
public:
    bool canKeep() const override { return true; }
    Result<QString> read(const QString &key) override;
    Result<Done> write(const QString &key, const QString &password) override;
    Result<Done> remove(const QString &key) override;
};

} // namespace tavolo
