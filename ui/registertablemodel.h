#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace tavolo {

class Archive;

// A register's table model (organisations, people), listed again from the archive at every
// commit. An edit, the commonest commit, leaves the same records in the same order: then only
// the rows whose record changed are announced (dataChanged), so that the view, the search's
// proxy and the clerk's selection and scroll position are left as they are; anything else (a
// record added or removed, a new order) resets the model. A reset of a register of thousands
// of rows re-sorts and re-filters them all: bench/archive-scale measures an edit with the
// window open.
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
    // Reloads at each commit of the archive (or marks the rows stale, above).
    void follow(const Archive &archive);
    // Puts the rows listed again in place with `assign`: announced row by row when `changed`
    // names them, with a reset otherwise.
    void replaceRows(const std::optional<QList<int>> &changed, const std::function<void()> &assign);

private:
    std::function<bool()> m_shown;
    bool m_stale = false;
};

} // namespace tavolo
