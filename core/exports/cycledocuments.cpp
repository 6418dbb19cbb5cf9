#include "cycledocuments.h"

#include "core/documents/italiandates.h"
#include "core/domain/clock.h"
#include "core/rules/cycleattendance.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "documentsettings.h"

#include <algorithm>

namespace tavolo {

namespace {

template<typename T> Result<T> notFound(const QString &message, const QString &field)
{
    return Result<T>::refused(Problem::refused(QStringLiteral("NOT-FOUND"), message, field));
}

QStringList tableNames(const History &h, const QList<qint64> &ids)
{
    QStringList names;
    for (const qint64 id : ids)
        if (const PlanningTable *t = h.table(id))
            names << t->name;
    return names;
}

// "Allegato A – Manifestazione d'interesse": the form's name in the register, its counts and
// the receipt alike; a title that already names its allegato is kept as it is.
QString formName(const tavolo::CallForm &f)
{
    const QString allegato = QStringLiteral("Allegato %1").arg(f.form);
    if (f.title.contains(allegato, Qt::CaseInsensitive))
        return f.title;
    return f.title.isEmpty() ? allegato : allegato + QStringLiteral(" – ") + f.title;
}

QString formName(const Call &call, const QString &form)
{
    const tavolo::CallForm *f = call.form(form);
    return f ? formName(*f) : QStringLiteral("Allegato %1").arg(form);
}

// A survey form (seed 004's scheda di rilevazione), which a late sender sees left out of the
// first synthesis (R-L): the call says which of its forms are surveys.
bool isSurveyForm(const Call &call, const QString &form)
{
    const tavolo::CallForm *f = call.form(form);
    return f && f->survey;
}

documents::CallInfo callInfo(const History &h, const Call &call)
{
    documents::CallInfo info;
    if (const PlanningCycle *cycle = h.cycle(call.cycleId))
        info.cycleName = cycle->name;
    info.title = call.title;
    info.reference = call.reference;
    info.published = call.published;
    for (const tavolo::CallForm &f : call.forms)
        info.forms << documents::CallFormInfo {formName(f), f.deadline, f.deadlineTime};
    info.tables = tableNames(h, call.tables);
    return info;
}

// An on-time submission has nothing to decide: the cycle admits it on receipt (R-L), or keeps
// it Pending where no decision is taken; either way the documents print no decision for it.
std::optional<Decision> decisionOf(const Submission &s)
{
    return s.late ? std::optional<Decision>(s.decision) : std::nullopt;
}

// A person's PEC, else her e-mail; empty when she has neither or is unknown.
QString personAddress(Archive &archive, qint64 personId)
{
    const auto person = PersonStore(archive).find(personId);
    if (!person)
        return {};
    return person->pec.isEmpty() ? person->email : person->pec;
}

documents::SubmissionEntry entryOf(Archive &archive, const History &h, const Call &call,
                                   const Submission &s)
{
    documents::SubmissionEntry e;
    e.protocolNumber = s.protocol;
    e.received = s.received;
    e.channel = s.channel;
    e.body = s.organisationId ? h.organisationName(*s.organisationId)
        : s.personId          ? h.personName(*s.personId)
                              : QString();
    e.form = formName(call, s.form);
    e.tables = tableNames(h, s.tables);
    e.late = s.late;
    e.decision = decisionOf(s);
    e.decidedOn = e.decision ? s.decidedOn : QDate();
    e.decisionReason = s.reason;
    e.notInFirstSynthesis = s.late && isSurveyForm(call, s.form);
    if (s.contactId) {
        e.contactName = h.personName(*s.contactId);
        e.contactEmail = personAddress(archive, *s.contactId);
    }
    return e;
}

// Where the receipt goes: the body's PEC; else the contact's (or the sender's) PEC or e-mail,
// said for what it is.
QString receiptAddress(Archive &archive, const Submission &s)
{
    if (s.organisationId) {
        const auto org = OrganisationStore(archive).find(*s.organisationId);
        if (org && !org->pec.isEmpty())
            return QStringLiteral("PEC: ") + org->pec;
    }
    const std::optional<qint64> personId = s.contactId ? s.contactId : s.personId;
    if (!personId)
        return {};
    const auto person = PersonStore(archive).find(*personId);
    if (!person)
        return {};
    if (!person->pec.isEmpty())
        return QStringLiteral("PEC: ") + person->pec;
    return person->email.isEmpty() ? QString() : QStringLiteral("E-mail: ") + person->email;
}

// "sub-ambito Casalasco", "Ambito Oglio Po".
QString levelName(const PlanningTable &t, const QString &district)
{
    return t.level.isEmpty() ? QStringLiteral("Ambito %1").arg(district).trimmed()
                             : QStringLiteral("sub-ambito ") + t.level;
}

documents::AttendanceTally tallyOf(const AttendanceCount &c)
{
    return {c.invited, c.present, c.excused, c.absent};
}

} // namespace

Result<documents::SubmissionRegisterData>
CycleDocuments::submissionRegister(Archive &archive, qint64 callId, QDate asOf)
{
    const History h = HistoryStore(archive).load();
    const Call *call = h.call(callId);
    if (!call)
        return notFound<documents::SubmissionRegisterData>(
            tr("There is no call with id %1.").arg(callId), QStringLiteral("call"));
    documents::SubmissionRegisterData data;
    data.call = callInfo(h, *call);
    for (const Submission &s : h.submissions)
        if (s.callId == callId)
            data.submissions << entryOf(archive, h, *call, s);
    data.asOf = asOf;
    return Result<documents::SubmissionRegisterData>::ok(data);
}

Result<documents::SubmissionReceiptData> CycleDocuments::submissionReceipt(Archive &archive,
                                                                           qint64 submissionId,
                                                                           const QString &protocol,
                                                                           QDate date)
{
    const History h = HistoryStore(archive).load();
    const Submission *s = h.submission(submissionId);
    const Call *call = s ? h.call(s->callId) : nullptr;
    if (!s || !call)
        return notFound<documents::SubmissionReceiptData>(
            tr("There is no submission with id %1.").arg(submissionId),
            QStringLiteral("submission"));
    documents::SubmissionReceiptData data;
    data.call = callInfo(h, *call);
    data.submission = entryOf(archive, h, *call, *s);
    if (const tavolo::CallForm *f = call->form(s->form))
        data.form = documents::CallFormInfo {formName(*f), f->deadline, f->deadlineTime};
    data.recipientAddress = receiptAddress(archive, *s);
    data.protocolNumber = protocol;
    data.date = date;
    return Result<documents::SubmissionReceiptData>::ok(data);
}

Result<documents::AdherentsListData> CycleDocuments::adherents(Archive &archive, qint64 cycleId,
                                                               QDate asOf)
{
    const History h = HistoryStore(archive).load();
    const PlanningCycle *cycle = h.cycle(cycleId);
    if (!cycle)
        return notFound<documents::AdherentsListData>(
            tr("There is no cycle with id %1.").arg(cycleId), QStringLiteral("cycle"));
    documents::AdherentsListData data;
    data.cycleName = cycle->name;
    const QString district = DocumentSettings(archive).districtName();
    data.ambito = district.isEmpty() ? QString() : QStringLiteral("Ambito ") + district;
    if (cycle->agreementSigned) {
        data.agreementDate = cycle->agreementSigned->date;
        data.agreementAct = cycle->agreementSigned->actReference;
    }
    for (const Adhesion &a : h.adhesions) {
        if (a.cycleId != cycleId)
            continue;
        QString act = a.actReference;
        if (a.actDate.isValid())
            act += (act.isEmpty() ? QStringLiteral("del ") : QStringLiteral(" del "))
                + documents::italian::shortDate(a.actDate);
        data.adherents << documents::AdherentsListData::Adherent {
            h.organisationName(a.organisationId), a.requested, act};
    }
    data.asOf = asOf;
    return Result<documents::AdherentsListData>::ok(data);
}

Result<documents::AttendanceOverTimeData> CycleDocuments::attendance(Archive &archive,
                                                                     qint64 cycleId, QDate asOf)
{
    const History h = HistoryStore(archive).load();
    const PlanningCycle *cycle = h.cycle(cycleId);
    if (!cycle)
        return notFound<documents::AttendanceOverTimeData>(
            tr("There is no cycle with id %1.").arg(cycleId), QStringLiteral("cycle"));
    const QString district = DocumentSettings(archive).districtName();
    const CycleAttendance report = CycleAttendanceReport::of(h, cycleId);
    documents::AttendanceOverTimeData data;
    data.cycleName = cycle->name;
    data.from = cycle->period.from;
    const QDate day = asOf.isValid() ? asOf : Clock::today();
    data.to = cycle->period.isOpen() ? day : std::min(cycle->period.to, day);
    for (const TableAttendance &t : report.tables) {
        const PlanningTable *table = h.table(t.tableId);
        data.tables << documents::AttendanceOverTimeData::TableRow {
            t.table, table ? levelName(*table, district) : QString(), t.heldMeetings,
            tallyOf(t.total)};
    }
    for (const BodyAttendance &b : report.bodies)
        data.bodies << documents::AttendanceOverTimeData::BodyRow {b.body.name, tallyOf(b.total)};
    return Result<documents::AttendanceOverTimeData>::ok(data);
}

} // namespace tavolo
