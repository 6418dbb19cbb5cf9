#include "cycleops.h"

#include "cyclefields.h"
#include "registry.h"
#include "tavolofields.h"

namespace tavolo {

namespace {

const QString kCycle = QStringLiteral("cycle");
const QString kTable = QStringLiteral("table");
const QString kCall = QStringLiteral("call");
const QString kSubmission = QStringLiteral("submission");

Result<qint64> addCycle(OperationContext &c, Fields &f)
{
    PlanningCycle cycle;
    cycle.name = f.requiredText(QStringLiteral("name"));
    cycle.period.from = f.requiredDate(QStringLiteral("from")).value_or(QDate());
    cycle.period.to = f.requiredDate(QStringLiteral("to")).value_or(QDate());
    cycle.subAreas = CycleFields::subAreas(f);
    return TavoloFields::whenValid(f, [&] { return CycleStore(c.archive()).add(cycle); });
}

// Only the fields given change.
Result<qint64> updateCycle(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kCycle, kCycle);
    std::optional<PlanningCycle> cycle;
    if (id && !(cycle = CycleStore(c.archive()).find(*id)))
        f.refuse(Problem::refused(QStringLiteral("NOT-FOUND"),
                                  CycleFields::tr("There is no cycle with id %1.").arg(*id),
                                  kCycle));
    PlanningCycle changed = cycle.value_or(PlanningCycle {});
    if (f.has(QStringLiteral("name")))
        changed.name = f.requiredText(QStringLiteral("name"));
    if (f.has(QStringLiteral("from")))
        changed.period.from = f.requiredDate(QStringLiteral("from")).value_or(QDate());
    if (f.has(QStringLiteral("to")))
        changed.period.to = f.requiredDate(QStringLiteral("to")).value_or(QDate());
    if (f.has(QStringLiteral("subAreas")))
        changed.subAreas = CycleFields::subAreas(f);
    if (f.has(QStringLiteral("planApproved")))
        changed.planApproved = CycleFields::act(f, QStringLiteral("planApproved"));
    if (f.has(QStringLiteral("agreementSigned")))
        changed.agreementSigned = CycleFields::act(f, QStringLiteral("agreementSigned"));
    return TavoloFields::whenValid(f, [&] { return CycleStore(c.archive()).update(changed); });
}

Result<qint64> addTable(OperationContext &c, Fields &f)
{
    PlanningTable t;
    t.cycleId = c.resolve(f, kCycle, kCycle).value_or(0);
    t.name = f.requiredText(QStringLiteral("name"));
    const QString kind = f.requiredText(QStringLiteral("kind"));
    if (const auto k = CycleTerms::tableKindFromId(kind))
        t.kind = *k;
    else if (!kind.isEmpty())
        f.refuse(QStringLiteral("kind"),
                 CycleFields::tr("\"%1\" is not a kind of table: target, plenary or "
                                 "co-programming.")
                     .arg(kind));
    t.level = f.text(QStringLiteral("level"));
    if (t.level.compare(QLatin1String("ambito"), Qt::CaseInsensitive) == 0)
        t.level.clear();
    t.areas = f.textList(QStringLiteral("areas"));
    return TavoloFields::whenValid(f, [&] { return CycleStore(c.archive()).addTable(t); });
}

Result<qint64> addParticipant(OperationContext &c, Fields &f)
{
    const auto table = c.resolve(f, kTable, kTable);
    const auto person = c.person(f, QStringLiteral("person"));
    const auto from = f.requiredDate(QStringLiteral("from"));
    return TavoloFields::whenValid(
        f, [&] { return CycleStore(c.archive()).addParticipant(*table, *person, *from); });
}

Result<qint64> addCall(OperationContext &c, Fields &f)
{
    Call call;
    call.cycleId = c.resolve(f, kCycle, kCycle).value_or(0);
    call.title = f.requiredText(QStringLiteral("title"));
    call.published = f.date(QStringLiteral("published")).value_or(QDate());
    call.reference = f.text(QStringLiteral("reference"));
    call.tables = CycleFields::tables(c, f);
    call.forms = CycleFields::forms(f);
    const QList<StoredFile> files = CycleFields::files(f);
    return TavoloFields::whenValid(f, [&] { return CycleStore(c.archive()).addCall(call, files); });
}

void readChannel(Fields &f, Submission &s)
{
    const QString channel = f.requiredText(QStringLiteral("channel"));
    if (const auto ch = CycleTerms::channelFromId(channel))
        s.channel = *ch;
    else if (!channel.isEmpty())
        f.refuse(
            QStringLiteral("channel"),
            CycleFields::tr("\"%1\" is not a channel: pec, email, hand or post.").arg(channel));
}

Result<qint64> addSubmission(OperationContext &c, Fields &f)
{
    Submission s;
    s.callId = c.resolve(f, kCall, kCall).value_or(0);
    s.form = f.requiredText(QStringLiteral("form"));
    s.organisationId = c.organisation(f, QStringLiteral("organisation"), false);
    s.personId = c.person(f, QStringLiteral("person"), false);
    s.received = CycleFields::moment(f, QStringLiteral("received"));
    readChannel(f, s);
    s.protocol = f.text(QStringLiteral("protocol"));
    s.tables = CycleFields::tables(c, f);
    s.contactId = c.person(f, QStringLiteral("contact"), false);
    s.notes = f.text(QStringLiteral("notes"));
    const QList<StoredFile> files = CycleFields::files(f);
    return TavoloFields::whenValid(f,
                                   [&] { return CycleStore(c.archive()).addSubmission(s, files); });
}

// A correction: only the fields given change; its call, form and sender stay
// (SubmissionCorrection).
Result<qint64> updateSubmission(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kSubmission, kSubmission);
    std::optional<Submission> found;
    if (id && !(found = CycleStore(c.archive()).findSubmission(*id)))
        f.refuse(Problem::refused(QStringLiteral("NOT-FOUND"),
                                  CycleFields::tr("There is no submission with id %1.").arg(*id),
                                  kSubmission));
    Submission s = found.value_or(Submission {});
    if (f.has(QStringLiteral("received")))
        s.received = CycleFields::moment(f, QStringLiteral("received"));
    if (f.has(QStringLiteral("channel")))
        readChannel(f, s);
    if (f.has(QStringLiteral("protocol")))
        s.protocol = f.text(QStringLiteral("protocol"));
    if (f.has(QStringLiteral("tables")))
        s.tables = CycleFields::tables(c, f);
    if (f.has(QStringLiteral("contact")))
        s.contactId = c.person(f, QStringLiteral("contact"));
    if (f.has(QStringLiteral("notes")))
        s.notes = f.text(QStringLiteral("notes"));
    std::optional<QList<StoredFile>> files;
    if (f.has(QStringLiteral("files")))
        files = CycleFields::files(f);
    return TavoloFields::whenValid(
        f, [&] { return CycleStore(c.archive()).updateSubmission(s, files); });
}

Result<qint64> endParticipant(OperationContext &c, Fields &f)
{
    const auto table = c.resolve(f, kTable, kTable);
    const auto person = c.person(f, QStringLiteral("person"));
    const auto to = f.requiredDate(QStringLiteral("to"));
    return TavoloFields::whenValid(
        f, [&] { return CycleStore(c.archive()).endParticipant(*table, *person, *to); });
}

Result<qint64> decideSubmission(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kSubmission, kSubmission);
    const auto admit = f.boolean(QStringLiteral("admit"));
    if (!admit)
        f.refuse(QStringLiteral("admit"),
                 CycleFields::tr("Say whether the submission is admitted: \"admit\": true or "
                                 "false."));
    const auto date = f.requiredDate(QStringLiteral("date"));
    const QString reason = f.text(QStringLiteral("reason"));
    return TavoloFields::whenValid(
        f, [&] { return CycleStore(c.archive()).decide(*id, *admit, *date, reason); });
}

Result<qint64> addAdhesion(OperationContext &c, Fields &f)
{
    Adhesion a;
    a.cycleId = c.resolve(f, kCycle, kCycle).value_or(0);
    a.organisationId = c.organisation(f, QStringLiteral("organisation")).value_or(0);
    a.requested = f.requiredDate(QStringLiteral("requested")).value_or(QDate());
    a.actDate = f.date(QStringLiteral("actDate")).value_or(QDate());
    a.actReference = f.text(QStringLiteral("actReference"));
    return TavoloFields::whenValid(f, [&] { return CycleStore(c.archive()).addAdhesion(a); });
}

} // namespace

void registerCycleOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("cycle.add"), kCycle, addCycle);
    registry.add(QStringLiteral("cycle.update"), kCycle, updateCycle);
    registry.add(QStringLiteral("table.add"), kTable, addTable);
    registry.add(QStringLiteral("table.participant.add"), kTable, addParticipant);
    registry.add(QStringLiteral("table.participant.end"), kTable, endParticipant);
    registry.add(QStringLiteral("call.add"), kCall, addCall);
    registry.add(QStringLiteral("submission.add"), kSubmission, addSubmission);
    registry.add(QStringLiteral("submission.update"), kSubmission, updateSubmission);
    registry.add(QStringLiteral("submission.decide"), kSubmission, decideSubmission);
    registry.add(QStringLiteral("adhesion.add"), QStringLiteral("adhesion"), addAdhesion);
}

} // namespace tavolo
