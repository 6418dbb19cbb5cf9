#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace tavolo {

// The verbale of a held meeting (R-K), as plain values.

// Who voted which way, when the minutes name them (R-K: names optional): people of the
// register, normally among those present. Empty lists: the vote gives the counts only.
struct VoteNames
{
    QList<qint64> favourable;
    QList<qint64> contrary;
    QList<qint64> abstained;

    bool isEmpty() const
    {
        return favourable.isEmpty() && contrary.isEmpty() && abstained.isEmpty();
    }
    QList<qint64> all() const { return favourable + contrary + abstained; }
    bool operator==(const VoteNames &) const = default;
};

struct Vote // unanimous, or the counts (and, if the minutes give them, the names)
{
    bool unanimous = true;
    int favourable = 0;
    int contrary = 0;
    int abstained = 0;
    VoteNames names; // a counted vote's only

    static Vote counted(int favourable, int contrary, int abstained)
    {
        Vote v;
        v.unanimous = false;
        v.favourable = favourable;
        v.contrary = contrary;
        v.abstained = abstained;
        return v;
    }
    bool operator==(const Vote &) const = default;
};

struct MinutesItem // one section per agenda item
{
    int item = 0; // the agenda's number, from 1
    QString summary;
    QString decision;
    std::optional<Vote> vote; // none: nothing was put to the vote

    bool operator==(const MinutesItem &) const = default;
};

struct MinutesCorrection // rettifica of approved minutes: a new dated record with its reason
{
    qint64 id = 0;
    QDate date;
    QString text;
    QString reason;
};

struct Minutes
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QTime opened;
    QTime closed;
    std::optional<qint64> chair; // who chaired (the chair or the delegate in office that day)
    std::optional<qint64> secretary; // segretario verbalizzante
    QList<MinutesItem> items; // by item number
    std::optional<qint64> approvedAt; // the later held meeting of the same body that approved them
    std::optional<Vote> approvalVote;
    QList<MinutesCorrection> corrections; // by date

    bool isDraft() const { return !approvedAt; }
};

} // namespace tavolo
