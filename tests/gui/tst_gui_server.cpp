// The window on an archive on the office's PostgreSQL server (issue 18): two GUI programs and a
// CLI on one archive see each other's changes within a second; File › Connect to the office
// server… refuses a wrong password with a sentence and changes nothing; the password goes to the
// keychain (here a stand-in), never to the settings. Needs the tests' private server
// (TAVOLO_TEST_DB, registered as tst_gui_server_pg); skips without it.
#include "../clirunner.h"
#include "../testserver.h"
#include "core/config/settings.h"
#include "core/storage/organisationstore.h"
#include "core/storage/serveraddress.h"
#include "core/storage/serverprobe.h"
#include "modaldialog.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/passwordstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <map>

using namespace tavolo;

namespace {

constexpr qint64 WithinMs = 1000;
const QString LoginRole = QStringLiteral("tavolo_login");
const QString RightPassword = QStringLiteral("right-horse-battery");

// The keychain's stand-in: what the window asked it to keep.
class MemoryPasswords final : public PasswordStore
{
public:
    explicit MemoryPasswords(std::map<QString, QString> &kept)
        : m_kept(kept)
    { }
    bool canKeep() const override { return true; }
    Result<QString> read(const QString &key) override
    {
        const auto found = m_kept.find(key);
        return Result<QString>::ok(found == m_kept.end() ? QString() : found->second);
    }
    Result<Done> write(const QString &key, const QString &password) override
    {
        m_kept[key] = password;
        return Result<Done>::ok({});
    }
    Result<Done> remove(const QString &key) override
    {
        m_kept.erase(key);
        return Result<Done>::ok({});
    }

private:
    std::map<QString, QString> &m_kept;
};

// A window on an archive file of its own, with settings of its own and the keychain's stand-in.
struct LocalWindow
{
    LocalWindow()
        : settingsFile(dir.filePath(QStringLiteral("settings.ini")))
        , file(dir.filePath(QStringLiteral("local.sqlite")))
        , settings(settingsFile)
        , window(settings)
    {
        window.setPasswordStore(std::make_unique<MemoryPasswords>(kept));
        opened = window.openArchive(file, Archive::OpenMode::CreateIfMissing);
    }

    QTemporaryDir dir;
    QString settingsFile;
    QString file;
    Settings settings;
    MainWindow window;
    std::map<QString, QString> kept;
    bool opened = false;
};

Organisation organisation(const QString &name, const QString &taxCode)
{
    Organisation o;
    o.name = name;
    o.taxCode = taxCode;
    return o;
}

// The names the window's organisations register shows.
QStringList shownNames(MainWindow &window)
{
    QStringList names;
    for (Page *page : window.pages()) {
        if (page->pageName() != QLatin1String("organisations"))
            continue;
        const QAbstractItemModel *model =
            page->findChild<QTableView *>(QStringLiteral("table"))->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
    }
    return names;
}

// The second GUI program: a window of its own on the same archive, driven through its standard
// input ("add NAME TAXCODE", saved as the organisation dialog saves), printing "seen NAME" as
// soon as its register shows a new organisation.
int runPeer(const QString &location)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    if (!window.openArchive(location))
        return 2;
    // On the register, as the clerk would look at it (a hidden register waits to be shown).
    window.showPageNamed(QStringLiteral("organisations"));
    window.show();
    QStringList seen = shownNames(window);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        for (const QString &name : shownNames(window)) {
            if (!seen.contains(name)) {
                seen << name;
                std::printf("seen %s\n", qPrintable(name));
                std::fflush(stdout);
            }
        }
    });
    watch.start(5);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    QSocketNotifier notifier(0, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        const QStringList words =
            QString::fromUtf8(input.readLine()).trimmed().split(QLatin1Char(' '));
        if (words.value(0) == QLatin1String("add")) {
            const auto added = OrganisationStore(window.archive())
                                   .add(organisation(words.value(1), words.value(2)));
            std::printf("%s %s\n", added ? "added" : "refused", qPrintable(words.value(1)));
            std::fflush(stdout);
        } else {
            QApplication::quit();
        }
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestGuiServer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!testserver::active())
            QSKIP("needs the tests' PostgreSQL server (TAVOLO_TEST_DB): see tst_gui_server_pg");
    }

    void twoWindowsAndTheCliSeeEachOther();
    void wrongThenRightPassword();
    void refusalsInWords();

private:
    // A database of its own owned by the role that logs in with a password; its address.
    // Skips when the server trusts every password (pg_hba), where none can be wrong.
    ServerAddress loginPlace(testserver::Place &place);
    static void fill(ConnectDialog *dialog, const ServerAddress &address, const QString &password);
};

// Waits, running this program's event loop, until `done` holds; the time it took, or -1.
template<typename Done> qint64 waitFor(Done done, qint64 limitMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return timer.elapsed();
}

void TestGuiServer::twoWindowsAndTheCliSeeEachOther()
{
    testserver::Place place {QString()};
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    QVERIFY(window.openArchive(place.location(), Archive::OpenMode::CreateIfMissing));
    QVERIFY(window.archive().onServer());
    window.showPageNamed(QStringLiteral("organisations"));
    window.show();

    QProcess peer;
    peer.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--peer"), place.location()});
    QVERIFY(peer.waitForStarted());
    QByteArray said;
    const auto peerSaid = [&](const QByteArray &line) {
        said += peer.readAllStandardOutput();
        return said.contains(line + '\n');
    };
    QVERIFY2(waitFor([&] { return peerSaid("ready"); }) >= 0,
             peer.readAllStandardError().constData());

    // This window saves; the other window shows it.
    QVERIFY(OrganisationStore(window.archive())
                .add(organisation(QStringLiteral("Alfa"), QStringLiteral("00095450144"))));
    const qint64 peerSaw = waitFor([&] { return peerSaid("seen Alfa"); });
    qInfo("the other window showed this window's change after %lld ms", peerSaw);
    QVERIFY(peerSaw >= 0 && peerSaw < WithinMs);

    // Who else is connected: the other window, named by user and computer.
    const auto *others = window.findChild<QLabel *>(QStringLiteral("openElsewhere"));
    QVERIFY(waitFor([&] { return !others->isHidden(); }) >= 0);
    QVERIFY2(others->text().contains(QSysInfo::machineHostName()), qPrintable(others->text()));

    // The other window saves; this one shows it.
    // Timed from the request, so the other window's own save counts too.
    QElapsedTimer sincePeer;
    sincePeer.start();
    peer.write("add Beta 00873120141\n");
    QVERIFY(waitFor([&] { return shownNames(window).contains(QStringLiteral("Beta")); }) >= 0);
    const qint64 sawPeer = sincePeer.elapsed();
    QVERIFY(waitFor([&] { return peerSaid("added Beta"); }) >= 0);
    qInfo("this window showed the other window's change %lld ms after asking it to save", sawPeer);
    QVERIFY(sawPeer < WithinMs);

    // tavolo-cli saves; both windows show it.
    const CliRun cli = runCli(place.location(), {QStringLiteral("apply"), QStringLiteral("-")},
                              R"([{"op":"org.add","name":"Gamma","taxCode":"01234567897"}])");
    QCOMPARE(cli.exitCode, 0);
    QElapsedTimer sinceCli;
    sinceCli.start();
    const qint64 windowSaw =
        waitFor([&] { return shownNames(window).contains(QStringLiteral("Gamma")); });
    const qint64 peerSawCli = waitFor([&] { return peerSaid("seen Gamma"); });
    qInfo("after tavolo-cli's change: this window %lld ms, the other %lld ms", windowSaw,
          sinceCli.elapsed());
    QVERIFY(windowSaw >= 0 && peerSawCli >= 0 && sinceCli.elapsed() < WithinMs);

    peer.write("quit\n");
    QVERIFY(peer.waitForFinished(10000));
    window.archive().close(); // before the database is dropped
}

ServerAddress TestGuiServer::loginPlace(testserver::Place &place)
{
    testserver::admin(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                     "rolname = '%1') THEN CREATE ROLE %1 LOGIN PASSWORD '%2'; "
                                     "END IF; END $$")
                          .arg(LoginRole, RightPassword));
    ServerAddress address = ServerAddress::parse(place.location());
    testserver::admin(
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(address.database, LoginRole));
    address.user = LoginRole;
    return address;
}

void TestGuiServer::fill(ConnectDialog *dialog, const ServerAddress &address,
                         const QString &password)
{
    const auto set = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    set("host", address.host);
    dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(address.port);
    set("database", address.database);
    set("user", address.user);
    set("password", password);
}

void TestGuiServer::wrongThenRightPassword()
{
    testserver::Place place {QString()};
    const ServerAddress address = loginPlace(place);
    if (ServerProbe::test(address.location(), QStringLiteral("wrong")))
        QSKIP("the test server trusts every password (pg_hba.conf): none can be wrong");
    LocalWindow local;
    QVERIFY(local.opened);
    const QStringList recent = local.settings.recentArchives();

    QString sentence;
    withDialog<ConnectDialog>(
        [&](ConnectDialog *dialog) {
            fill(dialog, address, QStringLiteral("not-the-password"));
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // stays open, saying why
            sentence = dialog->findChild<QLabel *>(QStringLiteral("connectionResult"))->text();
            dialog->reject();
        },
        [&] { local.window.connectToServer(); });
    QVERIFY2(sentence.contains(QStringLiteral("refused the password")), qPrintable(sentence));
    QCOMPARE(local.window.archive().path(), local.file);
    QVERIFY(!local.window.archive().onServer());
    QCOMPARE(local.settings.recentArchives(), recent);
    QVERIFY(local.settings.value(Settings::Key::LastServer).toString().isEmpty());
    QVERIFY(local.kept.empty());

    // The right password: the window is on the server, the password in the keychain only.
    withDialog<ConnectDialog>(
        [&](ConnectDialog *dialog) {
            fill(dialog, address, RightPassword);
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(),
                     qPrintable(
                         dialog->findChild<QLabel *>(QStringLiteral("connectionResult"))->text()));
        },
        [&] { local.window.connectToServer(); });
    QVERIFY(local.window.archive().onServer());
    QCOMPARE(local.window.archive().path(), address.location());
    QCOMPARE(local.kept.size(), size_t(1));
    QCOMPARE(local.kept[address.key()], RightPassword);
    local.settings.sync();
    QCOMPARE(local.settings.value(Settings::Key::LastServer).toString(), address.location());
    QCOMPARE(local.settings.recentArchives().constFirst(), address.location());
    QFile written(local.settingsFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains(RightPassword.toUtf8()));

    // Back to the local archive, then to the server again from File › Open recent: the kept
    // password opens it without the dialog.
    local.window.openLocalArchive();
    QVERIFY(!local.window.archive().onServer());
    QVERIFY(local.window.openLocation(address.location()));
    QVERIFY(local.window.archive().onServer());
    local.window.archive().close();
}

// What the connect dialog says when the database or the server is not there.
void TestGuiServer::refusalsInWords()
{
    ServerAddress address = ServerAddress::parse(testserver::baseLocation());
    address.database = QStringLiteral("no_such_archive");
    const auto noDatabase = ServerProbe::test(address.location(), QString());
    QVERIFY(!noDatabase);
    QVERIFY2(noDatabase.problems().constFirst().message.contains(
                 QStringLiteral("has no database named")),
             qPrintable(describe(noDatabase.problems())));
    address.host = QStringLiteral("/nonexistent/tavolo-server");
    const auto unreachable = ServerProbe::test(address.location(), QString());
    QVERIFY(!unreachable);
    QVERIFY2(
        unreachable.problems().constFirst().message.contains(QStringLiteral("cannot be reached")),
        qPrintable(describe(unreachable.problems())));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--peer") == 0)
        return runPeer(QString::fromLocal8Bit(argv[2]));
    TestGuiServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_server.moc"
