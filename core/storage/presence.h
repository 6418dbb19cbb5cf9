#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tavolo {

// Who has an archive open: each program that works on it leaves a small file in the folder
// "<archive>.open" beside it (user, computer, process, since when) and removes it on closing,
// so that a second program opening the same archive can tell the clerk who else works on it.
// A file left by a program that was killed is recognised (same computer, process gone) and
// removed. Failing to write (a read-only folder) only costs that sentence, so it is ignored.
class Presence
{
    Q_DECLARE_TR_FUNCTIONS(Presence)
public:
    explicit Presence(const QString &archivePath);
    ~Presence(); // withdraws

    // `how` says what kind of program it is when not the window ("command line").
    void announce(const QDateTime &since = QDateTime::currentDateTime(), const QString &how = {});
    void withdraw();
    // The other programs that have the archive open, one sentence each ("Maria Rossi (mrossi)
    // on UFFICIO-2, since 30/11/2026 09:12").
    QStringList others() const;

    static QString folderOf(const QString &archivePath);

private:
    QString ownFile() const;

    QString m_folder;
    bool m_announced = false;
};

} // namespace tavolo
