#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace tavolo {

class Archive;

// The outcome of one operation of a batch, as printed by `tavolo-cli apply`.
struct OperationResult
{
    int index = 0;
    QString op;
    Result<qint64> outcome = Result<qint64>::refused(Problems {});

    QJsonObject toJson() const;
};

// Runs a JSON array of operations against the archive (the `apply` contract of domain.md).
class Batch
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
public:
    using Sink = std::function<void(const OperationResult &)>;

    explicit Batch(Archive &archive);

    // The largest batch read: a batch is operations a person or a script wrote, and the JSON of
    // a text takes about ten times its size in memory, so a larger file is refused before it
    // is read (16 MB hold tens of thousands of operations; split a larger one).
    static constexpr qint64 MaxBytes = qint64(16) * 1024 * 1024;
    // The refusal of a batch larger than MaxBytes; `source` names it (a file, standard input).
    static Problem tooLarge(const QString &source);

    // Parses the text of a batch: a JSON array of objects (refused over MaxBytes).
    static Result<QJsonArray> parse(const QByteArray &text);

    // Each operation in its own transaction; `sink` hears of each after it is committed (or
    // refused). True when every operation succeeded.
    bool run(const QJsonArray &operations, const Sink &sink);

    // The whole batch in one transaction, rolled back at the first refusal; `sink` hears of every
    // operation once the outcome of the whole is known.
    bool runAtomic(const QJsonArray &operations, const Sink &sink);

private:
    Archive &m_archive;
};

} // namespace tavolo
