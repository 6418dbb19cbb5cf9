#pragma once

#include <QString>
#include <QStringList>

namespace tavolo {

// The parts of a connection string that name an archive on the office's PostgreSQL server
// (issue 18), as the clerk fills them in File › Connect to the office server…: the server (a
// host name, an address, or the folder of the server's Unix socket), its port, the database, the
// user and libpq's TLS mode. Never a password: that comes from the system keychain or from
// libpq's password file.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("tavolo");
    QString user;
    QString sslmode = QStringLiteral("prefer"); // libpq's default

    // Whether `location` names an archive on a server (postgresql://… or postgres://…), not a file.
    static bool isLocation(const QString &location);
    // The connection string as the clerk may see it: without a password written in it.
    static QString shown(const QString &location);

    // libpq's values of sslmode, weakest first (postgresql.org/docs/15/libpq-ssl.html).
    static QStringList sslModes();

    // "postgresql://user@host:5432/database?sslmode=require"; a socket folder goes after
    // "?host=". Empty when the database or the server is missing.
    QString location() const;
    // The parts of a connection string (a password in it is dropped); a default address when
    // `location` is not one.
    static ServerAddress parse(const QString &location);
    // What the keychain files the password under: "user@host:port/database".
    QString key() const;

    bool operator==(const ServerAddress &other) const = default;
};

} // namespace tavolo
