#pragma once

#include "core/storage/archivechanges.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <functional>
#include <optional>

namespace tavolo {

class Archive;

// A register's table model (organisations, people), kept up to date at every commit. An edit,
// the commonest commit, names the records it changed (ArchiveChanges): those alone are read
// again and announced (dataChanged), so that the view, the search's proxy and the clerk's
// selection and scroll position are left as they are, and an edit costs the same in a register
// of ten records or of thousands (bench/archive-scale measures an edit with the window open).
// Anything else (a record added or removed, a new order, a commit that did not say) lists the
// register again: the rows whose record changed are announced, or, when the records are not
// the same ones in the same order, the model is reset, which re-sorts and re-filters them all.
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Lists the rows again from the archive.
    virtual void reload() = 0;
    // While `shown` answers no (the register's page is hidden), a commit only marks the rows
    // stale, and reloadIfStale() lists them when the page is shown again: a commit costs the
    // registers nothing while the clerk works elsewhere. Without it, every commit reloads.
    void deferWhileHidden(std::function<bool()> shown) { m_shown = std::move(shown); }
    void reloadIfStale();
    void reloadOrDefer(); // now, or at reloadIfStale() while `shown` answers no
    // A commit: the records it names read again in place (refresh), or the register listed again
    // (reloadOrDefer).
    void hear(const ArchiveChanges &changes);

    // The rows, listed again, that differ: nothing when the records are not the same ones in
    // the same order. `differs(row)` compares what the row shows besides the record itself (a
    // name looked up elsewhere); null compares the records only.
    template<typename Record>
    static std::optional<QList<int>> changedRows(const QList<Record> &before,
                                                 const QList<Record> &after,
                                                 const std::function<bool(int)> &differs = {})
    {
        if (before.size() != after.size())
            return std::nullopt;
        QList<int> changed;
        for (qsizetype row = 0; row < after.size(); ++row) {
            if (before.at(row).id != after.at(row).id)
                return std::nullopt;
            if (!(before.at(row) == after.at(row)) || (differs && differs(int(row))))
                changed << int(row);
        }
        return changed;
    }

protected:
    // Hears each commit of the archive (hear()).
    void follow(const Archive &archive);
    // Reads again, in place, the records `changes` names, when that is enough; false when the
    // register must be listed again (reload()). The default always answers false.
    virtual bool refresh(const ArchiveChanges &changes);
    // refresh() for a register of `rows` sorted by what `sortKey` gives: each record `updated`
    // is read again with `find` and put in its place, unless its sort key changed (false).
    template<typename Record, typename Find, typename SortKey>
    bool refreshRows(QList<Record> &rows, const QList<qint64> &updated, Find find, SortKey sortKey);
    // The row of the record with `id` in `rows`, or -1 (each model's rowOf()).
    template<typename Record> static int rowWithId(const QList<Record> &rows, qint64 id)
    {
        const auto at =
            std::find_if(rows.cbegin(), rows.cend(), [id](const Record &r) { return r.id == id; });
        return at == rows.cend() ? -1 : int(at - rows.cbegin());
    }
    // Puts the rows listed again in place with `assign`: announced row by row when `changed`
    // names them, with a reset otherwise.
    void replaceRows(const std::optional<QList<int>> &changed, const std::function<void()> &assign);

private:
    void announce(const QList<int> &rows);

    std::function<bool()> m_shown;
    bool m_stale = false;
};

template<typename Record, typename Find, typename SortKey>
bool RegisterTableModel::refreshRows(QList<Record> &rows, const QList<qint64> &updated, Find find,
                                     SortKey sortKey)
{
    QList<std::pair<int, Record>> read;
    for (const qint64 id : updated) {
        const int row = rowWithId(rows, id);
        std::optional<Record> record = find(id);
        if (row < 0 || !record || sortKey(*record) != sortKey(rows.at(row)))
            return false;
        read.append({row, std::move(*record)});
    }
    QList<int> changed;
    for (auto &[row, record] : read) {
        if (rows.at(row) == record)
            continue;
        rows[row] = std::move(record);
        changed << row;
    }
    announce(changed);
    return true;
}

} // namespace tavolo
