#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace tavolo {

// A seduta of any body that meets (the Tavolo, a working group, later a planning table) and a
// request to convene one, as plain values.

enum class MeetingKind { Ordinary, Requested, Joint };
enum class MeetingState { Draft, Convened, Held, Cancelled };
enum class Attendance { Present, Excused, Absent };
enum class BodyKind { Tavolo, Group, Table };

// Whose meeting it is: the Tavolo (id 0), a working group or a planning table (their id).
// Minutes are approved at a later meeting of the same body (R-K).
struct MeetingBody
{
    BodyKind kind = BodyKind::Tavolo;
    qint64 id = 0;

    static MeetingBody tavolo() { return {}; }
    static MeetingBody group(qint64 id) { return {BodyKind::Group, id}; }
    static MeetingBody table(qint64 id) { return {BodyKind::Table, id}; }
    bool operator==(const MeetingBody &) const = default;
};

// The words and JSON identifiers of the meetings' enums (docs/domain: "meeting kinds",
// "attendance"), next to the enums as Categories::label is next to Category.
class MeetingTerms
{
    Q_DECLARE_TR_FUNCTIONS(MeetingTerms)
public:
    // In words for the clerk ("convened", "joint session", "excused").
    static QString stateLabel(MeetingState state);
    static QString kindLabel(MeetingKind kind);
    static QString attendanceLabel(Attendance attendance);
    static QString kindId(MeetingKind kind);
    static std::optional<MeetingKind> kindFromId(const QString &id);
    static QString stateId(MeetingState state);
    static std::optional<MeetingState> stateFromId(const QString &id);
    static QString attendanceId(Attendance attendance);
    static std::optional<Attendance> attendanceFromId(const QString &id);
};

struct Guest // invited by the chair for one meeting (R-F)
{
    qint64 personId = 0;
    QString reason;
};

struct Material
{
    qint64 id = 0;
    QString title;
    QString file;
};

struct Meeting // seduta of the Tavolo or of a working group (R-C, R-D, R-G, R-I)
{
    qint64 id = 0;
    MeetingBody body; // the Tavolo unless said otherwise
    MeetingKind kind = MeetingKind::Ordinary;
    QDate date;
    QTime time;
    QString place;
    QString onlineLink;
    QStringList agenda;
    QList<Material> materials;
    std::optional<qint64> requestId; // a requested meeting answers a request (R-D)
    QString convenedBy; // an office id or "planning-office"
    QStringList jointWith; // the other tables of a joint session (R-G)
    MeetingState state = MeetingState::Draft;
    QDate convenedOn;
    QString cancelReason;
    QList<Guest> guests;
    QHash<qint64, Attendance> attendance; // person → status, once held
    bool ratifiedCoordinator = false; // a group's meeting that ratified its coordinator (R-I)

    bool isHeld() const { return state == MeetingState::Held; }
};

struct ConvocationRequest // richiesta di convocazione (R-D)
{
    qint64 id = 0;
    QDate date;
    QList<qint64> signatories;
    QString motivation;
};

} // namespace tavolo
