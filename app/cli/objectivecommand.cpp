#include "clicommands.h"
#include "core/operations/objectivejson.h"
#include "core/rules/ruletext.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>

namespace tavolo::cli {

namespace {

QString amount(double value)
{
    return QString::number(value, 'f', 1).remove(QRegularExpression(QStringLiteral("\\.0$")));
}

QString days(QDate from, QDate to)
{
    if (from.isNull())
        return QStringLiteral("–");
    return QStringLiteral("%1 – %2").arg(RuleText::day(from),
                                         to.isNull() ? QStringLiteral("…") : RuleText::day(to));
}

QString years(const Objective &o)
{
    return o.lastYear == o.firstYear ? QString::number(o.firstYear)
                                     : QStringLiteral("%1-%2").arg(o.firstYear).arg(o.lastYear);
}

void printSheet(Output &out, const Objective &o)
{
    out.line(QStringLiteral("%1 – %2").arg(o.code, o.title));
    out.line(Commands::tr("  Type %1, classification %2, years %3")
                 .arg(o.type, o.classification, years(o)));
    out.line(Commands::tr("  Direction %1 (director %2); service %3 (manager %4)")
                 .arg(o.direction, o.director, o.service, o.manager));
    if (!o.strategicDirection.code.isEmpty())
        out.line(Commands::tr("  DUP strategic direction: %1 %2")
                     .arg(o.strategicDirection.code, o.strategicDirection.title));
    if (!o.strategicObjective.code.isEmpty())
        out.line(Commands::tr("  DUP strategic objective: %1 %2")
                     .arg(o.strategicObjective.code, o.strategicObjective.title));
}

void printPhases(Output &out, const Objective &o)
{
    out.line(
        Commands::tr("Phases (progress weighted by phase: %1%)").arg(amount(o.weightedProgress())));
    for (const ObjectivePhase &p : o.phases)
        out.line(Commands::tr("  %1. %2 – weight %3, planned %4, actual %5, done %6%")
                     .arg(p.number)
                     .arg(p.description, amount(p.weight), days(p.planned.from, p.planned.to),
                          days(p.actualStart, p.actualEnd), amount(p.progress)));
}

void printIndicator(Output &out, const History &h, const Indicator &i, QDate date)
{
    const IndicatorValue v = IndicatorValues::on(h, i, date);
    const QString actual = !v.actual ? Commands::tr("none typed in")
        : v.percent                  ? QStringLiteral("%1%").arg(amount(v.actual->amount))
                                     : v.actual->text();
    out.line(Commands::tr("  %1. %2 (%3): expected %4, actual %5")
                 .arg(i.number)
                 .arg(i.description, i.type, i.expected.text(), actual));
    if (!v.measurement) {
        if (v.actual)
            out.line(Commands::tr("     typed in for %1").arg(RuleText::day(v.date)));
        return;
    }
    const auto info = Measures::find(i.measure);
    out.line(Commands::tr("     computed on %1 by the measure «%2»")
                 .arg(RuleText::day(date), info ? info->name : i.measure));
    for (const CountedItem &c : v.measurement->counted)
        out.line(QStringLiteral("     - %1: %2").arg(c.label, c.detail));
}

// "objective show CODE|ID": the objective, or null.
const Objective *shown(const History &h, const QString &key)
{
    if (const Objective *o = h.objectiveByCode(key))
        return o;
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    return ok ? h.objective(id) : nullptr;
}

} // namespace

int Commands::objective(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption asOf = asOfOption();
    parser.addOptions({json, asOf});
    const bool parsed = invocation.parse(parser);
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    const QDate date = asOfDay(parser, asOf);
    const bool shape = (what == QLatin1String("list") && args.size() == 2)
        || (what == QLatin1String("show") && args.size() == 3)
        || (what == QLatin1String("measures") && args.size() == 2);
    if (!parsed || !shape || !date.isValid())
        return usageError(invocation, out, parser.errorText());
    if (what == QLatin1String("measures")) {
        if (parser.isSet(json)) {
            out.json(ObjectiveJson::measures());
            return Success;
        }
        for (const MeasureInfo &m : Measures::all())
            out.line(QStringLiteral("%1\t%2\n  %3").arg(m.id, m.name, m.description));
        return Success;
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const History h = HistoryStore(archive).load();
    if (what == QLatin1String("list")) {
        QJsonArray list;
        for (const Objective &o : h.objectives) {
            if (parser.isSet(json))
                list << ObjectiveJson::objective(h, o, date);
            else
                out.line(QStringLiteral("%1\t%2\t%3\t%4%")
                             .arg(o.code, years(o), o.title, amount(o.weightedProgress())));
        }
        if (parser.isSet(json))
            out.json(list);
        return Success;
    }
    const Objective *o = shown(h, args.at(2));
    if (!o) {
        out.error(tr("There is no objective %1.").arg(args.at(2)));
        return Refused;
    }
    if (parser.isSet(json)) {
        out.json(ObjectiveJson::objective(h, *o, date));
        return Success;
    }
    printSheet(out, *o);
    printPhases(out, *o);
    out.line(tr("Indicators on %1").arg(RuleText::day(date)));
    for (const Indicator &i : o->indicators)
        printIndicator(out, h, i, date);
    return Success;
}

} // namespace tavolo::cli
