#include "settings.h"

#include <array>

namespace tavolo {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant (*defaultValue)();
};

const std::array<Entry, 7> kEntries {{
    {Settings::Key::Language, "ui/language",
     [] {
         return QVariant(QStringLiteral("it"));
     }},
    {Settings::Key::LastArchive, "archive/last",
     [] {
         return QVariant(QString());
     }},
    {Settings::Key::RecentArchives, "archive/recent",
     [] {
         return QVariant(QStringList());
     }},
    {Settings::Key::MainWindowGeometry, "mainWindow/geometry",
     [] {
         return QVariant(QByteArray());
     }},
    {Settings::Key::MainWindowState, "mainWindow/state",
     [] {
         return QVariant(QByteArray());
     }},
    {Settings::Key::BackupsToKeep, "backup/keep",
     [] {
         return QVariant(30);
     }},
    {Settings::Key::LastServer, "server/last",
     [] {
         return QVariant(QString());
     }},
}};

const Entry &entryOf(Settings::Key key)
{
    return kEntries[static_cast<size_t>(key)];
}

constexpr int kMaxRecent = 8;

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entryOf(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entryOf(key).defaultValue();
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("it");
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QStringList Settings::recentArchives() const
{
    return value(Key::RecentArchives).toStringList();
}

void Settings::addRecentArchive(const QString &path)
{
    QStringList recent = recentArchives();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    setValue(Key::RecentArchives, recent);
    setValue(Key::LastArchive, path);
}

void Settings::setRecentArchives(const QStringList &paths)
{
    setValue(Key::RecentArchives, paths.mid(0, kMaxRecent));
}

namespace {
QString headerKey(const QString &table)
{
    return QStringLiteral("tables/%1/header").arg(table);
}
} // namespace

QByteArray Settings::headerState(const QString &table) const
{
    return m_settings->value(headerKey(table)).toByteArray();
}

void Settings::setHeaderState(const QString &table, const QByteArray &state)
{
    m_settings->setValue(headerKey(table), state);
}

int Settings::backupsToKeep() const
{
    return qMax(1, value(Key::BackupsToKeep).toInt());
}

void Settings::setBackupsToKeep(int keep)
{
    // Keeping none would let the rotation delete the only copy just made.
    setValue(Key::BackupsToKeep, qMax(1, keep));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace tavolo
