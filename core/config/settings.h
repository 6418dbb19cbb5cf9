#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace tavolo {

// Every user setting of the program, typed, with its key and default in one table
// (settings.cpp). Tests use a temporary instance over an INI file of their own.
class Settings
{
public:
    enum class Key {
        Language,
        LastArchive,
        RecentArchives,
        MainWindowGeometry,
        MainWindowState,
        BackupsToKeep, // automatic daily copies kept beside the archive (core/storage/backups.h)
        LastServer, // the office server connected to last: its connection string, no password
    };

    Settings(); // the user's settings
    explicit Settings(const QString &iniFile); // a file of its own (tests, portable use)
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    // Typed accessors for the settings used in several places.
    QString language() const; // "it" (default) or "en"
    void setLanguage(const QString &language);
    QStringList recentArchives() const;
    void addRecentArchive(const QString &path); // most recent first, at most 8
    void setRecentArchives(const QStringList &paths); // e.g. without the files that vanished

    // The column layout (QHeaderView::saveState) of a table, per table name: one key for each
    // table of the UI ("tables/<name>/header"), so a new page needs no new entry here.
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);
    int backupsToKeep() const; // default 30, at least 1
    void setBackupsToKeep(int keep); // clamped to at least 1

    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tavolo
