#pragma once

#include <QString>

namespace tavolo {

// Who is saving into an archive right now: a small sidecar file "<archive>.lock-info" written
// when a program starts a write transaction and removed when it ends. SQLite's lock says only
// that the file is busy; this lets the other program name the person and computer holding it.
// A file left by a program that was killed is recognised (its process is gone) and ignored.
class LockInfo
{
public:
    explicit LockInfo(const QString &archivePath);

    // "This program is writing": user@host, program and process id. False, writing nothing, when
    // the sidecar's name is a link (writing through it would overwrite the file it points to).
    bool claim() const;
    void release() const; // the write is over
    QString holder() const; // who holds it, in words; empty when unknown or stale

    static QString sidecarPath(const QString &archivePath);
    static QString self(); // this program, as holder() would show it

private:
    QString m_sidecar;
};

} // namespace tavolo
