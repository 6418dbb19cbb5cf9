#include "ruletext.h"

namespace tavolo {

QString RuleText::day(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString RuleText::term(const Period &p)
{
    return p.isOpen() ? tr("from %1").arg(day(p.from))
                      : tr("from %1 to %2").arg(day(p.from), day(p.to));
}

QString RuleText::people(const History &history, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << history.personName(id);
    return names.join(QStringLiteral(", "));
}

QString RuleText::holders(const History &history, const QList<Designation> &designations)
{
    if (designations.isEmpty())
        return tr("nobody");
    QStringList parts;
    for (const Designation &d : designations)
        parts << tr("%1 (%2, %3)")
                     .arg(history.personName(d.personId),
                          history.organisationName(d.organisationId), term(d.period));
    return parts.join(QStringLiteral("; "));
}

Problems RuleText::endProblems(const Period &term, QDate to, const QString &whose)
{
    if (!to.isValid() || to < term.from)
        return {Problem::refused(
            QStringLiteral("DATES"),
            tr("%1 starts on %2: it cannot end before.").arg(whose, day(term.from)),
            QStringLiteral("to"))};
    if (!term.isOpen() && to > term.to)
        return {Problem::refused(QStringLiteral("R-J"),
                                 tr("%1 already ended on %2: a term is not extended; record a new "
                                    "one instead.")
                                     .arg(whose, day(term.to)),
                                 QStringLiteral("to"))};
    return {};
}

} // namespace tavolo
