// tavolo-cli's help and dispatch, both built from one table of commands (app/cli/commandtable.cpp).
#include "clirunner.h"

#include <QTemporaryDir>

namespace {

// The names in the list of commands that `help` prints: the lines "  NAME  summary" after
// "Commands:".
QStringList listedCommands(const QByteArray &help)
{
    QStringList names;
    bool inList = false;
    for (const QString &line : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inList = true;
            continue;
        }
        if (inList && !line.startsWith(QLatin1String("  ")))
            break;
        if (inList)
            names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return names;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
private slots:
    void helpListsEveryCommand();
    void helpOfOneCommandPrintsItsUsage();
    void unknownCommandNamesTheClosest();
    void exitCodesAreUnchanged();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("t.sqlite")); }
    // Lines as the tests read them: on Windows the program's text output ends its lines with
    // "\r\n", as it should there.
    CliRun run(const QStringList &arguments) const
    {
        CliRun r = runCli(db(), arguments);
        r.out.replace("\r\n", "\n");
        r.err.replace("\r\n", "\n");
        return r;
    }
    QTemporaryDir m_dir;
};

void TestCliHelp::helpListsEveryCommand()
{
    const CliRun help = run({QStringLiteral("help")});
    QCOMPARE(help.exitCode, 0);
    const QStringList listed = listedCommands(help.out);
    // The commands the README and the scripts use, at least: a command dropped from the table
    // would vanish from both the help and the dispatch.
    for (const char *name : {"init", "apply", "org", "person", "check", "export", "letterhead",
                             "audit", "import", "backup", "restore", "help"})
        QVERIFY2(listed.contains(QLatin1String(name)), name);
    QCOMPARE(QStringList(listed).removeDuplicates(), 0);
    const CliRun global = run({QStringLiteral("--help")});
    QCOMPARE(global.exitCode, 0);
    QCOMPARE(listedCommands(global.out), listed);
    // Every listed command is dispatched, and knows its usage both ways.
    for (const QString &name : listed) {
        const QByteArray prefix = "Usage: tavolo-cli [--db FILE] " + name.toUtf8();
        const CliRun own = run({QStringLiteral("help"), name});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.startsWith(prefix), own.out.constData());
        const CliRun asked = run({name, QStringLiteral("--help")});
        QCOMPARE(asked.exitCode, 0);
        QVERIFY2(asked.out.startsWith(prefix), asked.out.constData());
        QVERIFY(own.out.startsWith(asked.out.trimmed()));
    }
}

void TestCliHelp::helpOfOneCommandPrintsItsUsage()
{
    const CliRun help = run({QStringLiteral("help"), QStringLiteral("export")});
    QCOMPARE(help.exitCode, 0);
    const QList<QByteArray> lines = help.out.split('\n');
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines.at(0).startsWith("Usage: tavolo-cli [--db FILE] export letters|attendance|ics "
                                   "--meeting ID"));
    QVERIFY(lines.at(1).trimmed().startsWith("tavolo-cli [--db FILE] export minutes --meeting ID"));
    QVERIFY(lines.at(2).trimmed().startsWith("tavolo-cli [--db FILE] export composition"));
    QVERIFY(!help.out.contains("import"));
    // The usage a wrong invocation prints is the same text, on standard error (which may also
    // hold Qt's own warnings: export starts a QGuiApplication).
    const QByteArray usage = help.out.left(help.out.indexOf("\n\n"));
    const CliRun wrong = run({QStringLiteral("export"), QStringLiteral("letters")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.out.isEmpty());
    QVERIFY2(wrong.err.contains(usage), wrong.err.constData());
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("-h")}).out.trimmed(), usage);
}

void TestCliHelp::unknownCommandNamesTheClosest()
{
    const CliRun typo = run({QStringLiteral("exprot"), QStringLiteral("letters")});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.err.contains("\"exprot\"") && typo.err.contains("export"), typo.err.constData());
    QVERIFY(!typo.err.contains("import"));
    const CliRun prefix = run({QStringLiteral("let")});
    QCOMPARE(prefix.exitCode, 2);
    QVERIFY2(prefix.err.contains("letterhead"), prefix.err.constData());
    const CliRun nothing = run({QStringLiteral("zzzzzz")});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(!nothing.err.contains("Did you mean"));
    QVERIFY(nothing.err.contains("tavolo-cli help"));
    const CliRun helpTypo = run({QStringLiteral("help"), QStringLiteral("bakup")});
    QCOMPARE(helpTypo.exitCode, 2);
    QVERIFY2(helpTypo.err.contains("backup"), helpTypo.err.constData());
}

void TestCliHelp::exitCodesAreUnchanged()
{
    QCOMPARE(runCli(db(), {}).exitCode, 2); // no command
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("list")}).exitCode, 3); // no archive yet
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("lists")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("export"),
                  QStringLiteral("RSSMRA85T10A562S")})
                 .exitCode,
             1); // nobody has that tax code
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("help"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
