#include "clicommands.h"
#include "commandtable.h"

namespace tavolo::cli {

int Commands::unknownCommand(const QString &name, Output &out)
{
    const QStringList near = CommandTable::closest(name);
    out.error(near.isEmpty()
                  ? tr("Unknown command \"%1\". \"tavolo-cli help\" lists the commands.").arg(name)
                  : tr("Unknown command \"%1\". Did you mean: %2? \"tavolo-cli help\" lists the "
                       "commands.")
                        .arg(name, near.join(QStringLiteral(", "))));
    return UsageError;
}

int Commands::help(const Invocation &invocation, Output &out)
{
    const QStringList &arguments = invocation.arguments;
    if (arguments.size() == 1) {
        out.line(CommandTable::overview());
        return Success;
    }
    if (arguments.size() != 2)
        return usageError(invocation, out);
    const Command *command = CommandTable::find(arguments.at(1));
    if (!command)
        return unknownCommand(arguments.at(1), out);
    out.line(CommandTable::usage(*command));
    const QString summary = QCoreApplication::translate("Commands", command->summary);
    out.line(QString());
    out.line(summary.left(1).toUpper() + summary.mid(1) + QLatin1Char('.'));
    return Success;
}

} // namespace tavolo::cli
