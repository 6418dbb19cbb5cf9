#include "keychainpasswordstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace tavolo {

namespace {

const QString Service = QStringLiteral("Tavolo");
constexpr int WaitMs = 15000; // a wallet that asks the user to unlock it waits for them

// Runs `job` to its end (QtKeychain's jobs answer through the event loop); whether it finished.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Problem unreachable(const QString &detail)
{
    return Problem::refused(
        QStringLiteral("KEYCHAIN"),
        PasswordStore::tr("The system keychain did not answer (%1): the password is not kept, "
                          "type it each time or put it in your password file (pgpass).")
            .arg(detail));
}

} // namespace

Result<QString> KeychainPasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key);
    if (!run(job))
        return Result<QString>::refused(unreachable(PasswordStore::tr("no answer")));
    if (job.error() == QKeychain::EntryNotFound)
        return Result<QString>::ok(QString());
    if (job.error() != QKeychain::NoError)
        return Result<QString>::refused(unreachable(job.errorString()));
    return Result<QString>::ok(job.textData());
}

Result<Done> KeychainPasswordStore::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key);
    job.setTextData(password);
    if (!run(job))
        return Result<Done>::refused(unreachable(PasswordStore::tr("no answer")));
    if (job.error() != QKeychain::NoError)
        return Result<Done>::refused(unreachable(job.errorString()));
    return Result<Done>::ok({});
}

Result<Done> KeychainPasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key);
    if (!run(job))
        return Result<Done>::refused(unreachable(PasswordStore::tr("no answer")));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Result<Done>::refused(unreachable(job.errorString()));
    return Result<Done>::ok({});
}

} // namespace tavolo
