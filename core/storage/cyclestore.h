#pragma once

#include "core/domain/clock.h"
#include "core/domain/history.h"
#include "core/domain/result.h"
#include "core/rules/submissioncorrection.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tavolo {

class Archive;

// A file to keep in the archive with a call or a submission (the call's text, a form received).
struct StoredFile
{
    QString title;
    QString fileName;
    QByteArray content;
};

// The Piano di Zona's participation cycle (R-L, R-M): every change is one ruled write (the
// rules in CycleRules and SubmissionRules decide, a refusal changes nothing). What a page or a
// document reads comes from HistoryStore (History::cycles, tables, calls, submissions,
// adhesions) and from the reports over it (CycleAttendanceReport, CycleStatusRules).
class CycleStore
{
    Q_DECLARE_TR_FUNCTIONS(CycleStore)
public:
    explicit CycleStore(Archive &archive);

    Result<qint64> add(const PlanningCycle &cycle);
    std::optional<PlanningCycle> find(qint64 id) const;
    std::optional<Submission> findSubmission(qint64 id) const;
    // Replaces the cycle's name, days, sub-areas and acts with those given (the id says which).
    Result<qint64> update(const PlanningCycle &cycle);
    Result<qint64> addTable(const PlanningTable &table);
    Result<qint64> addParticipant(qint64 table, qint64 person, QDate from); // the table's id
    // The person's latest participation in the table ends on `to` (ParticipationRules).
    Result<qint64> endParticipant(qint64 table, qint64 person, QDate to);
    Result<qint64> addCall(const Call &call, const QList<StoredFile> &files = {});
    // On time: admitted on receipt, its contact joins the chosen tables that day. Late: kept
    // pending with the warning of R-L.
    Result<qint64> addSubmission(const Submission &submission, const QList<StoredFile> &files = {});
    // A late submission admitted (its contact joins the chosen tables from `date`) or not.
    Result<qint64> decide(qint64 submission, bool admit, QDate date, const QString &reason);
    // Corrects a submission (the id says which; SubmissionCorrection decides): its row, the
    // tables chosen, the participations it gives; `files`, when given, replace its files.
    Result<qint64> updateSubmission(const Submission &corrected,
                                    const std::optional<QList<StoredFile>> &files = {});
    Result<qint64> addAdhesion(const Adhesion &adhesion);
    QByteArray fileContent(qint64 fileId) const;

private:
    Result<qint64> insertFiles(const QString &ownerColumn, qint64 owner,
                               const QList<StoredFile> &files);
    Result<qint64> insertAdmissions(const History &history, const Submission &submission,
                                    QDate day);
    Result<qint64> writeCycle(const PlanningCycle &cycle);
    // The columns of a submission's row that a correction may change (all but its call, form
    // and sender).
    static QVariantMap submissionRow(const Submission &submission);
    Result<qint64> writeCorrection(const Submission &old, const CorrectedSubmission &c,
                                   const std::optional<QList<StoredFile>> &files);
    Result<qint64> writeParticipations(const CorrectedSubmission &c);

    Archive &m_archive;
};

} // namespace tavolo
