#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace tavolo {

// The verbale of a held meeting (R-K), as plain values.

struct Vote // unanimous, or the counts
{
    bool unanimous = true;
    int favourable = 0;
    int contrary = 0;
    int abstained = 0;

    static Vote counted(int favourable, int contrary, int abstained)
    {
        return {false, favourable, contrary, abstained};
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
