#include "meetingdocuments.h"

#include "core/documents/italianwords.h"
#include "core/domain/clock.h"
#include "core/rules/composition.h"
#include "core/rules/ruletext.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "documentsettings.h"

namespace tavolo {

namespace {

// Whom a person is, for the recipient block, and where the letter goes: the
// person's PEC; else the PEC of the person's organisation, "c/o" the organisation, as an
// Italian office writes to a body; else the person's ordinary e-mail; else the organisation's
// postal address, again c/o.
documents::Recipient recipientOf(Archive &archive, const History &h, qint64 personId)
{
    documents::Recipient r;
    r.name = h.personName(personId);
    const auto person = PersonStore(archive).find(personId);
    if (!person)
        return r;
    std::optional<Organisation> org;
    if (person->organisationId) {
        r.organisation = h.organisationName(*person->organisationId);
        org = OrganisationStore(archive).find(*person->organisationId);
    }
    if (!person->pec.isEmpty()) {
        r.pec = person->pec;
    } else if (org && !org->pec.isEmpty()) {
        r.pec = org->pec;
        r.careOf = true;
    } else if (!person->email.isEmpty()) {
        r.email = person->email;
    } else if (org && !org->address.isEmpty()) {
        r.postalAddress = org->address;
        r.careOf = true;
    }
    return r;
}

// "Delegato del Direttore Sociale dell'ASL": the letter names a delegate as the director's
// delegate, never as the director.
QString officeRole(const DocumentSettings &settings, const OfficeHolding &o)
{
    const QString title = settings.officeTitle(o.office);
    return o.delegation
        ? QStringLiteral("Delegato ") + documents::italian::articulated(QStringLiteral("di"), title)
        : title;
}

// Who signs the letters: the person named in the signatoryName setting, or, when
// it is empty, the head of the planning office holding the office in person on the day.
QString signatoryName(Archive &archive, const History &h, QDate date)
{
    QString named = DocumentSettings(archive).letterhead().signatoryName.simplified();
    if (!named.isEmpty())
        return named;
    for (const OfficeHolding &o : CompositionRules::compositionOn(h, date).offices)
        if (o.office == Office::PlanningOfficeHead && o.holder && !o.delegation)
            return h.personName(o.holder->personId);
    return {};
}

// The recipients of the letters: the participants without the signatory, who is not sent a
// letter signed by herself unless the clerk asks (lettersToSignatory=yes).
QList<documents::Recipient> letterRecipients(Archive &archive, const History &h, QDate date,
                                             const QList<documents::Recipient> &participants)
{
    if (DocumentSettings(archive).lettersToSignatory())
        return participants;
    const QString signatory = signatoryName(archive, h, date);
    QList<documents::Recipient> out;
    bool skipped = false;
    for (const documents::Recipient &r : participants) {
        if (!skipped && !r.guest && !signatory.isEmpty()
            && signatory.contains(r.name.simplified(), Qt::CaseInsensitive)) {
            skipped = true;
            continue;
        }
        out << r;
    }
    return out;
}

// A working group's participants, its coordinator first (R-I).
QList<documents::Recipient> groupMembers(Archive &archive, const History &h, const WorkingGroup &g)
{
    QList<qint64> people = g.participants;
    if (g.coordinator && people.removeOne(*g.coordinator))
        people.prepend(*g.coordinator);
    QList<documents::Recipient> out;
    for (qint64 id : people) {
        documents::Recipient r = recipientOf(archive, h, id);
        r.role = g.coordinator == id ? QStringLiteral("Coordinatore del gruppo")
                                     : QStringLiteral("Componente del gruppo");
        out << r;
    }
    return out;
}

// What a letter says of a planning table's meeting: the kind of table, its name, its level
// (a sub-area, or the whole Ambito named as the letterhead's district) and its cycle.
documents::PlanningInfo planningInfo(const History &h, const PlanningTable &t,
                                     const QString &district)
{
    using Info = documents::PlanningInfo;
    Info info;
    info.kind = t.kind;
    info.tableName = t.name;
    info.level = t.level.isEmpty() ? Info::Level::Ambito : Info::Level::SubArea;
    info.areaName = t.level.isEmpty() ? district : t.level;
    if (const PlanningCycle *cycle = h.cycle(t.cycleId))
        info.cycleName = cycle->name;
    return info;
}

// A planning table's participants as of the meeting's day (R-L).
QList<documents::Recipient> tableMembers(Archive &archive, const History &h, const PlanningTable &t,
                                         QDate day)
{
    QList<documents::Recipient> out;
    for (qint64 id : t.participantsOn(day)) {
        documents::Recipient r = recipientOf(archive, h, id);
        r.role = QStringLiteral("Partecipante al tavolo");
        out << r;
    }
    return out;
}

QList<documents::Recipient> members(Archive &archive, const History &h, const Composition &c)
{
    const DocumentSettings settings(archive);
    QList<documents::Recipient> out;
    for (const OfficeHolding &o : c.offices) {
        const auto who = o.sitting();
        if (!who)
            continue;
        documents::Recipient r = recipientOf(archive, h, *who);
        r.role = officeRole(settings, o);
        out << r;
    }
    for (const CategorySeats &s : c.categories)
        for (const Designation &d : s.holders) {
            documents::Recipient r = recipientOf(archive, h, d.personId);
            r.role = QStringLiteral("Rappresentante — ") + Categories::label(s.category);
            r.organisation = h.organisationName(d.organisationId);
            out << r;
        }
    return out;
}

} // namespace

Result<MeetingPack> MeetingDocuments::build(Archive &archive, qint64 meetingId)
{
    const History h = HistoryStore(archive).load();
    const Meeting *m = h.meeting(meetingId);
    if (!m)
        return Result<MeetingPack>::refused(Problem::refused(
            QStringLiteral("NOT-FOUND"), tr("There is no meeting with id %1.").arg(meetingId),
            QStringLiteral("meeting")));
    if (m->state == MeetingState::Cancelled)
        return Result<MeetingPack>::refused(
            Problem::refused(QStringLiteral("R-C"),
                             tr("The meeting of %1 was cancelled (%2): there is nothing to send.")
                                 .arg(RuleText::day(m->date), m->cancelReason),
                             QStringLiteral("meeting")));
    MeetingPack pack;
    documents::MeetingDocumentData &d = pack.meeting;
    d.meetingId = QString::number(m->id);
    d.districtName = DocumentSettings(archive).districtName();
    d.kind = m->kind;
    const WorkingGroup *group = m->body.kind == BodyKind::Group ? h.group(m->body.id) : nullptr;
    if (group)
        d.groupName = group->name;
    const PlanningTable *table = m->body.kind == BodyKind::Table ? h.table(m->body.id) : nullptr;
    if (table)
        d.planning = planningInfo(h, *table, d.districtName);
    d.date = m->date;
    d.time = m->time;
    d.place = m->place;
    d.onlineLink = m->onlineLink;
    d.agenda = m->agenda;
    for (const Material &material : m->materials)
        d.materials << material.title;
    d.protocolDate = m->convenedOn.isValid() ? m->convenedOn : Clock::today();
    if (m->requestId)
        if (const ConvocationRequest *r = h.request(*m->requestId))
            d.request = {r->date, QString(), int(r->signatories.size()), r->motivation};
    if (m->kind == MeetingKind::Joint) {
        d.joint.otherTables = m->jointWith;
        if (const auto office = Offices::fromId(m->convenedBy))
            d.joint.convenedBy = DocumentSettings(archive).officeTitle(*office);
    }
    pack.participants = group ? groupMembers(archive, h, *group)
        : table               ? tableMembers(archive, h, *table, m->date)
                              : members(archive, h, CompositionRules::compositionOn(h, m->date));
    for (const Guest &g : m->guests) {
        documents::Recipient r = recipientOf(archive, h, g.personId);
        r.guest = true;
        r.guestReason = g.reason;
        pack.participants << r;
    }
    pack.recipients = letterRecipients(archive, h, m->date, pack.participants);
    if (m->state == MeetingState::Draft)
        pack.warnings << Problem::warning(
            QStringLiteral("R-C"),
            tr("The meeting is not convened yet: these letters are a draft."));
    QStringList noAddress;
    for (const documents::Recipient &r : pack.recipients)
        if (r.sendTo().isEmpty() && r.postalAddress.isEmpty())
            noAddress << r.name;
    if (!noAddress.isEmpty())
        pack.warnings << Problem::warning(QStringLiteral("CONTACT"),
                                          tr("No PEC, e-mail or address in the register for: %1.")
                                              .arg(noAddress.join(QStringLiteral(", "))));
    return Result<MeetingPack>::ok(pack, pack.warnings);
}

QList<documents::CompositionEntry> MeetingDocuments::composition(Archive &archive, QDate date)
{
    const History h = HistoryStore(archive).load();
    const Composition c = CompositionRules::compositionOn(h, date);
    const DocumentSettings settings(archive);
    QList<documents::CompositionEntry> out;
    for (const OfficeHolding &o : c.offices)
        if (const auto who = o.sitting())
            out << documents::CompositionEntry {h.personName(*who), QString(),
                                                officeRole(settings, o)};
    for (const CategorySeats &s : c.categories)
        for (const Designation &d : s.holders)
            out << documents::CompositionEntry {h.personName(d.personId),
                                                h.organisationName(d.organisationId),
                                                Categories::label(s.category)};
    return out;
}

} // namespace tavolo
