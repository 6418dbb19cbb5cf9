#pragma once

#include "core/domain/problem.h"
#include "core/storage/archive.h"

#include <QUndoCommand>
#include <functional>

namespace tavolo {

// Undo commands over a register store (OrganisationStore, PersonStore: add/update/remove/
// restore/find). The page performs the first change itself, so that a refusal can be shown in
// the dialog and nothing is pushed; the command is pushed only after the change succeeded, so
// its first redo() does nothing. Later undo/redo go through the store again: if the archive
// refuses (another program changed it), the refusal is reported and the command is dropped.
using RefusalReport = std::function<void(const Problems &)>;

template<typename Store, typename Record> class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Archive &archive, const QString &text, RefusalReport report)
        : QUndoCommand(text)
        , m_archive(archive)
        , m_report(std::move(report))
    { }

protected:
    Store store() const { return Store(m_archive); }
    template<typename R> void check(const R &result)
    {
        if (result)
            return;
        setObsolete(true);
        if (m_report)
            m_report(result.problems());
    }
    bool firstRedo()
    {
        const bool first = m_first;
        m_first = false;
        return first;
    }

private:
    Archive &m_archive;
    RefusalReport m_report;
    bool m_first = true;
};

// A record was added; `record` carries its new id.
template<typename Store, typename Record>
class AddRecordCommand : public RecordCommand<Store, Record>
{
public:
    AddRecordCommand(Archive &archive, Record record, const QString &text, RefusalReport report)
        : RecordCommand<Store, Record>(archive, text, std::move(report))
        , m_record(std::move(record))
    { }
    void undo() override { this->check(this->store().remove(m_record.id)); }
    void redo() override
    {
        if (!this->firstRedo())
            this->check(this->store().restore(m_record));
    }

private:
    Record m_record;
};

// A record changed from `before` to `after` (same id). Undo and redo check the version the
// record had after this command's own change, so that they do not silently undo a change
// another program saved since (migration 007): that is refused and reported instead.
template<typename Store, typename Record>
class EditRecordCommand : public RecordCommand<Store, Record>
{
public:
    EditRecordCommand(Archive &archive, Record before, Record after, const QString &text,
                      RefusalReport report)
        : RecordCommand<Store, Record>(archive, text, std::move(report))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_version(m_after.version)
    { }
    void undo() override { write(m_before); }
    void redo() override
    {
        if (!this->firstRedo())
            write(m_after);
    }

private:
    void write(Record record)
    {
        record.version = m_version;
        const auto done = this->store().update(record);
        this->check(done);
        if (done)
            m_version = this->store().find(record.id).value_or(record).version;
    }

    Record m_before;
    Record m_after;
    int m_version; // of the stored record after this command's last change
};

// A record was deleted; undo puts the very same record back under its id.
template<typename Store, typename Record>
class DeleteRecordCommand : public RecordCommand<Store, Record>
{
public:
    DeleteRecordCommand(Archive &archive, Record record, const QString &text, RefusalReport report)
        : RecordCommand<Store, Record>(archive, text, std::move(report))
        , m_record(std::move(record))
    { }
    void undo() override { this->check(this->store().restore(m_record)); }
    void redo() override
    {
        if (!this->firstRedo())
            this->check(this->store().remove(m_record.id));
    }

private:
    Record m_record;
};

} // namespace tavolo
