#include "passwordstore.h"

#ifdef TAVOLO_HAVE_KEYCHAIN
#include "keychainpasswordstore.h"
#endif

namespace tavolo {

PasswordStore::~PasswordStore() = default;

namespace {

// A build without QtKeychain (the Windows cross-build may lack it): nothing is kept, and the
// password comes from libpq's password file or is typed each time.
class NoPasswordStore final : public PasswordStore
{
public:
    bool canKeep() const override { return false; }
    QString whyNot() const override
    {
        return PasswordStore::tr("This Tavolo was built without the system keychain: the "
                                 "password is read from your password file (pgpass), or typed "
                                 "each time.");
    }
    Result<QString> read(const QString &) override { return Result<QString>::ok(QString()); }
    Result<Done> write(const QString &, const QString &) override
    {
        return Result<Done>::refused(Problem::refused(QStringLiteral("KEYCHAIN"), whyNot()));
    }
    Result<Done> remove(const QString &) override { return Result<Done>::ok({}); }
};

} // namespace

std::unique_ptr<PasswordStore> PasswordStore::system()
{
#ifdef TAVOLO_HAVE_KEYCHAIN
    return std::make_unique<KeychainPasswordStore>();
#else
    return std::make_unique<NoPasswordStore>();
#endif
}

} // namespace tavolo
