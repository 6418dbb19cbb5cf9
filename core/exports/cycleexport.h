#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace tavolo {

class Archive;

// The documents of the Piano di Zona's cycle written into a folder as PDF/A-1b, under names
// safe on Windows that no file already there has (an export never overwrites the clerk's
// files): the register of a call's submissions (the office's, or the version for publication
// without contacts), the receipt of one submission, the adherents to the programme agreement,
// the attendance over a cycle. Each returns the file's path, or the refusal (unknown id). One
// place for the CLI and the GUI.
class CycleExport
{
    Q_DECLARE_TR_FUNCTIONS(CycleExport)
public:
    enum class Register { Office, Publication };

    static Result<QString> submissionRegister(Archive &archive, qint64 callId, Register version,
                                              QDate asOf, const QString &folder);
    static Result<QString> receipt(Archive &archive, qint64 submissionId, const QString &protocol,
                                   QDate date, const QString &folder);
    static Result<QString> adherents(Archive &archive, qint64 cycleId, QDate asOf,
                                     const QString &folder);
    static Result<QString> attendance(Archive &archive, qint64 cycleId, QDate asOf,
                                      const QString &folder);
};

} // namespace tavolo
