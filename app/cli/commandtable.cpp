#include "commandtable.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <vector>

namespace tavolo::cli {

namespace {

// The summaries and usages are translated where they are printed (context "Commands", as
// Commands::tr); lupdate finds them through QT_TRANSLATE_NOOP (it expands no macro of ours).
const std::array kCommands {
    Command {"init", QT_TRANSLATE_NOOP("Commands", "create an empty archive"),
             QT_TRANSLATE_NOOP("Commands", "init"), &Commands::init},
    Command {"apply", QT_TRANSLATE_NOOP("Commands", "apply a JSON array of operations"),
             QT_TRANSLATE_NOOP("Commands", "apply [--atomic] FILE|-"), &Commands::apply},
    Command {"org", QT_TRANSLATE_NOOP("Commands", "list the organisations"),
             QT_TRANSLATE_NOOP("Commands", "org list [--json]"), &Commands::list},
    Command {"person",
             QT_TRANSLATE_NOOP("Commands",
                               "list the people; everything held about one (GDPR); anonymise one"),
             QT_TRANSLATE_NOOP("Commands",
                               "person list [--json]\n"
                               "person export ID|TAXCODE [--json]\n"
                               "person anonymise ID|TAXCODE"),
             &Commands::person},
    Command {
        "check",
        QT_TRANSLATE_NOOP("Commands", "the composition on a date and every problem of the rules"),
        QT_TRANSLATE_NOOP("Commands", "check [--date YYYY-MM-DD] [--json]"), &Commands::check},
    Command {
        "export",
        QT_TRANSLATE_NOOP(
            "Commands",
            "a meeting's letters, attendance sheet, calendar or minutes; the composition; a "
            "call's register of submissions, a receipt, a cycle's adherents and attendance; the "
            "annual report"),
        QT_TRANSLATE_NOOP("Commands",
                          "export letters|attendance|ics --meeting ID|--group-meeting ID --out DIR "
                          "[--protocol N]\n"
                          "export minutes --meeting ID --out DIR [--format pdf|odt]\n"
                          "export composition [--date YYYY-MM-DD] --out DIR\n"
                          "export submissions --call ID [--publication] [--date YYYY-MM-DD] "
                          "--out DIR\n"
                          "export receipt --submission ID --protocol N [--date YYYY-MM-DD] "
                          "--out DIR\n"
                          "export adherents|cycle-attendance --cycle ID [--date YYYY-MM-DD] "
                          "--out DIR\n"
                          "export report --year YYYY --out DIR [--format pdf|odt]\n"
                          "(export attendance --cycle ID, the older name of cycle-attendance, "
                          "still works)"),
        &Commands::exportDocuments, true},
    Command {"cycle",
             QT_TRANSLATE_NOOP("Commands",
                               "the Piano di Zona's cycles; attendance over a cycle per body and "
                               "table"),
             QT_TRANSLATE_NOOP("Commands",
                               "cycle list [--json]\n"
                               "cycle attendance --cycle ID [--json|--csv]"),
             &Commands::cycle},
    Command {
        "call",
        QT_TRANSLATE_NOOP("Commands", "a call for expressions of interest and its submissions"),
        QT_TRANSLATE_NOOP("Commands", "call show ID [--json]"), &Commands::call},
    Command {"table",
             QT_TRANSLATE_NOOP("Commands", "a planning table, its participants and meetings"),
             QT_TRANSLATE_NOOP("Commands", "table show ID [--json]"), &Commands::table},
    Command {"objective",
             QT_TRANSLATE_NOOP("Commands",
                               "the office's objectives: phases, progress, indicators expected "
                               "against actual; the named measures"),
             QT_TRANSLATE_NOOP("Commands",
                               "objective list [--date YYYY-MM-DD] [--json]\n"
                               "objective show CODE|ID [--date YYYY-MM-DD] [--json]\n"
                               "objective measures [--json]"),
             &Commands::objective},
    Command {"letterhead", QT_TRANSLATE_NOOP("Commands", "show or change the letters' letterhead"),
             QT_TRANSLATE_NOOP("Commands",
                               "letterhead [--set KEY=VALUE]… [--logo FILE] [--template FILE]"),
             &Commands::letterhead, true},
    Command {
        "audit", QT_TRANSLATE_NOOP("Commands", "the audit trail of every change"),
        QT_TRANSLATE_NOOP(
            "Commands", "audit [--table TABLE [--id ID]] [--from DATE] [--to DATE] [--json|--csv]"),
        &Commands::audit},
    Command {
        "import",
        QT_TRANSLATE_NOOP("Commands",
                          "import a spreadsheet of organisations or people, all or nothing"),
        QT_TRANSLATE_NOOP(
            "Commands", "import orgs|people FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--json]"),
        &Commands::import},
    Command {"backup",
             QT_TRANSLATE_NOOP("Commands", "copy the archive (default: into its backup folder)"),
             QT_TRANSLATE_NOOP("Commands", "backup [COPY]"), &Commands::backup},
    Command {
        "restore",
        QT_TRANSLATE_NOOP("Commands", "replace the archive with a backup, keeping the old one"),
        QT_TRANSLATE_NOOP("Commands", "restore BACKUP"), &Commands::restore},
    Command {"copy",
             QT_TRANSLATE_NOOP(
                 "Commands",
                 "copy an archive file onto the office server, or the server's into a new file"),
             QT_TRANSLATE_NOOP("Commands", "copy [--from ARCHIVE] --to ARCHIVE"), &Commands::copy},
    Command {"help", QT_TRANSLATE_NOOP("Commands", "the list of commands, or one command's usage"),
             QT_TRANSLATE_NOOP("Commands", "help [COMMAND]"), &Commands::help},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// Edits (insert, delete, replace) that turn one word into the other.
qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            const qsizetype replace = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, replace});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

std::span<const Command> CommandTable::all()
{
    return kCommands;
}

const Command *CommandTable::find(const QString &name)
{
    const auto found =
        std::find_if(kCommands.cbegin(), kCommands.cend(),
                     [&name](const Command &c) { return name == QLatin1String(c.name); });
    return found == kCommands.cend() ? nullptr : &*found;
}

QStringList CommandTable::closest(const QString &name)
{
    const QString typed = name.toLower();
    // Two typos at most, and fewer than half of the word: "exprot" is export, "xyz" is nothing.
    const qsizetype allowed = std::min<qsizetype>(2, typed.size() / 2);
    std::vector<std::pair<qsizetype, QString>> near;
    for (const Command &c : kCommands) {
        const QString candidate = QString::fromLatin1(c.name);
        const qsizetype distance =
            candidate.startsWith(typed) && !typed.isEmpty() ? 0 : editDistance(typed, candidate);
        if (distance <= allowed)
            near.emplace_back(distance, candidate);
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &entry : near)
        names << entry.second;
    return names;
}

QString CommandTable::overview()
{
    qsizetype width = 0;
    for (const Command &c : kCommands)
        width = std::max<qsizetype>(width, qsizetype(qstrlen(c.name)));
    QStringList lines {Commands::tr("Tavolo from the command line."), QString(),
                       Commands::tr("Commands:")};
    for (const Command &c : kCommands)
        lines << QStringLiteral("  %1  %2")
                     .arg(QString::fromLatin1(c.name).leftJustified(width), translated(c.summary));
    lines << QString()
          << Commands::tr("\"tavolo-cli help COMMAND\" or \"tavolo-cli COMMAND --help\" shows "
                          "the command's usage.");
    return lines.join(QLatin1Char('\n'));
}

QString CommandTable::usage(const Command &command)
{
    const QString prefix = QStringLiteral("tavolo-cli [--db FILE] ");
    const QString label = Commands::tr("Usage:") + QLatin1Char(' ');
    QStringList lines;
    for (const QString &form : translated(command.usage).split(QLatin1Char('\n')))
        lines << (lines.isEmpty() ? label : QString(label.size(), QLatin1Char(' '))) + prefix
                + form;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tavolo::cli
