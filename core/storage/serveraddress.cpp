#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace tavolo {

namespace {

constexpr int DefaultPort = 5432;

bool isSocketFolder(const QString &host)
{
    return host.startsWith(QLatin1Char('/'));
}

} // namespace

bool ServerAddress::isLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerAddress::shown(const QString &location)
{
    return QUrl(location).toString(QUrl::RemovePassword);
}

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerAddress::location() const
{
    if (host.trimmed().isEmpty() || database.trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    url.setPath(QLatin1Char('/') + database.trimmed());
    QUrlQuery query;
    if (isSocketFolder(host.trimmed())) {
        // A URL's host cannot be a path: libpq takes the socket folder as the option host.
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host.trimmed());
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host.trimmed());
        url.setPort(port);
    }
    if (!sslmode.isEmpty() && sslmode != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
    if (!query.isEmpty())
        url.setQuery(query);
    // A URL without a host still needs its empty authority: "postgresql://user@/tavolo?host=…".
    QString text = url.toString(QUrl::FullyEncoded);
    const QString bare = QStringLiteral("postgresql:/");
    if (url.host().isEmpty() && text.startsWith(bare) && !text.startsWith(bare + QLatin1Char('/')))
        text.insert(bare.size(),
                    user.trimmed().isEmpty() ? QStringLiteral("//")
                                             : QStringLiteral("/%1@").arg(user.trimmed()));
    return text;
}

ServerAddress ServerAddress::parse(const QString &location)
{
    ServerAddress address;
    const QUrl url(location);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres")))
        return address;
    address.host = url.host();
    address.port = url.port(DefaultPort);
    address.user = url.userName();
    if (url.path().size() > 1)
        address.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        address.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        address.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        address.sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    return address;
}

QString ServerAddress::key() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user.trimmed(), host.trimmed())
        .arg(port)
        .arg(database.trimmed());
}

} // namespace tavolo
