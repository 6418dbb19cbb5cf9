#include "planningcycle.h"

#include <algorithm>
#include <array>

namespace tavolo {

QList<qint64> PlanningTable::participantsOn(QDate day) const
{
    QList<qint64> out;
    for (const TableParticipant &p : participants)
        if (p.period.contains(day) && !out.contains(p.personId))
            out << p.personId;
    return out;
}

bool CallForm::isLate(const QDateTime &received) const
{
    const QDate day = received.date();
    if (day != deadline)
        return day > deadline;
    return deadlineTime.isValid() && received.time() > deadlineTime;
}

const CallForm *Call::form(const QString &letter) const
{
    const auto it = std::find_if(forms.cbegin(), forms.cend(),
                                 [&](const CallForm &f) { return f.form == letter; });
    return it == forms.cend() ? nullptr : &*it;
}

namespace {

template<typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, const char *>, N> &table, const QString &id)
{
    for (const auto &[value, name] : table)
        if (id == QLatin1String(name))
            return value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QLatin1String(name);
    return {};
}

constexpr std::array<std::pair<TableKind, const char *>, 3> kKinds {{
    {TableKind::Target, "target"},
    {TableKind::Plenary, "plenary"},
    {TableKind::CoProgramming, "co-programming"},
}};

constexpr std::array<std::pair<Channel, const char *>, 4> kChannels {{
    {Channel::Pec, "pec"},
    {Channel::Email, "email"},
    {Channel::Hand, "hand"},
    {Channel::Post, "post"},
}};

constexpr std::array<std::pair<Decision, const char *>, 3> kDecisions {{
    {Decision::Pending, "pending"},
    {Decision::Admitted, "admitted"},
    {Decision::NotAdmitted, "not-admitted"},
}};

} // namespace

QString CycleTerms::tableKindId(TableKind kind)
{
    return idOf(kKinds, kind);
}

std::optional<TableKind> CycleTerms::tableKindFromId(const QString &id)
{
    return fromId(kKinds, id);
}

QString CycleTerms::tableKindLabel(TableKind kind)
{
    switch (kind) {
    case TableKind::Target:
        return tr("target table");
    case TableKind::Plenary:
        return tr("plenary");
    case TableKind::CoProgramming:
        return tr("co-programming table");
    }
    return {};
}

QString CycleTerms::channelId(Channel channel)
{
    return idOf(kChannels, channel);
}

std::optional<Channel> CycleTerms::channelFromId(const QString &id)
{
    return fromId(kChannels, id);
}

QString CycleTerms::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Pec:
        return tr("PEC");
    case Channel::Email:
        return tr("e-mail");
    case Channel::Hand:
        return tr("by hand");
    case Channel::Post:
        return tr("post");
    }
    return {};
}

QString CycleTerms::decisionId(Decision decision)
{
    return idOf(kDecisions, decision);
}

std::optional<Decision> CycleTerms::decisionFromId(const QString &id)
{
    return fromId(kDecisions, id);
}

QString CycleTerms::decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Pending:
        return tr("awaiting decision");
    case Decision::Admitted:
        return tr("admitted");
    case Decision::NotAdmitted:
        return tr("not admitted");
    }
    return {};
}

QString CycleTerms::timelinessLabel(bool late)
{
    return late ? tr("late") : tr("on time");
}

} // namespace tavolo
