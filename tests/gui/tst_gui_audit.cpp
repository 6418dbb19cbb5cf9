// The audit trail and the import wizard in the GUI (issue "Nothing lost, ever", R-J), offscreen:
// changes made through the stores show up on the Audit page with what changed, filters and the
// CSV export work; the import wizard shows a bad file's problems and refuses to write it, and
// imports a good file whole.
#include "archivefixture.h"
#include "core/storage/auditlog.h"
#include "core/storage/auditscope.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "ui/audit/auditfilterproxy.h"
#include "ui/audit/auditpage.h"
#include "ui/audit/audittablemodel.h"
#include "ui/audit/recordhistorydialog.h"
#include "ui/import/importcheckpage.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importmappingpage.h"
#include "ui/import/importwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace tavolo;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TAVOLO_TEST_DATA "/") + QString::fromLatin1(name);
}

// org.add then org.update of the PEC, as the GUI's and the CLI's operations do.
qint64 addAndUpdate(Archive &archive)
{
    OrganisationStore store(archive);
    Organisation o;
    o.name = QStringLiteral("Cooperativa Sociale Alfa");
    o.category = Category::SocialCooperative;
    o.taxCode = QStringLiteral("00095450144");
    o.pec = QStringLiteral("a@x.it");
    qint64 id = 0;
    {
        const AuditScope scope(archive, QStringLiteral("org.add"));
        id = store.add(o).value();
    }
    const AuditScope scope(archive, QStringLiteral("org.update"));
    o = *store.find(id);
    o.pec = QStringLiteral("b@x.it");
    if (!store.update(o))
        qWarning("update refused");
    return id;
}

QList<AuditEntry> orgEntries(Archive &archive)
{
    AuditLog::Filter filter;
    filter.table = QStringLiteral("organisations");
    return AuditLog(archive).entries(filter);
}

// Rows of the page as shown, column `c`.
QStringList column(const AuditPage &page, int c)
{
    QStringList out;
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        out << page.proxy()->index(r, c).data().toString();
    return out;
}

void grab(QWidget *widget, const QString &name)
{
    // Screenshots for a look by eye, only when asked (TAVOLO_GRAB_DIR=/tmp).
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1366, 768);
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestGuiAudit : public QObject
{
    Q_OBJECT
private slots:
    void pageShowsChangesWithWhatChanged();
    void tavoloValuesAreShownInWords();
    void filtersByTableDateAndText();
    void exportsCsvLikeTheCli();
    void recordHistoryShowsOneRow();
    void importWizardRefusesBadFile();
    void importWizardImportsGoodFile();
    void importWizardMapsUnknownColumns();
};

void TestGuiAudit::pageShowsChangesWithWhatChanged()
{
    ArchiveFixture f;
    AuditPage page(f.archive);
    page.show(); // a hidden page reads the trail again only when shown
    addAndUpdate(f.archive); // after the page exists: Archive::changed refreshes it
    page.proxy()->setTable(QStringLiteral("organisations"));
    QCOMPARE(page.proxy()->rowCount(), 2);
    // Newest first.
    // In the clerk's words, not the database's: the operation, the kind of record,
    // the action and the field named as the program names them elsewhere.
    QCOMPARE(column(page, AuditTableModel::Operation),
             (QStringList {QStringLiteral("Edit organisation (command line)"),
                           QStringLiteral("Add organisation (command line)")}));
    QCOMPARE(column(page, AuditTableModel::Action),
             (QStringList {QStringLiteral("Changed"), QStringLiteral("Added")}));
    QCOMPARE(column(page, AuditTableModel::Table),
             (QStringList {QStringLiteral("Organisations"), QStringLiteral("Organisations")}));
    QCOMPARE(page.proxy()->index(0, AuditTableModel::Changes).data().toString(),
             QStringLiteral("PEC: a@x.it → b@x.it"));
    QCOMPARE(page.proxy()->index(1, AuditTableModel::Changes).data().toString(),
             QStringLiteral("Added: Cooperativa Sociale Alfa"));
    QCOMPARE(page.proxy()->index(0, AuditTableModel::User).data().toString(),
             Archive::systemUserName());
    // The detail pane: before and after side by side, the PEC among the fields.
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QTableWidget *detail = page.detail();
    bool found = false;
    for (int r = 0; r < detail->rowCount(); ++r)
        if (detail->item(r, 0)->text() == QLatin1String("PEC")) {
            QCOMPARE(detail->item(r, 1)->text(), QStringLiteral("a@x.it"));
            QCOMPARE(detail->item(r, 2)->text(), QStringLiteral("b@x.it"));
            QVERIFY(detail->item(r, 2)->font().bold());
            found = true;
        }
    QVERIFY(found);
    // Read-only (R-J): no cell can be edited.
    QVERIFY(!(page.model()->flags(page.model()->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(page.view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    page.view()->selectRow(1);
    grab(&page, QStringLiteral("audit_page"));
}

// The values of the Tavolo's records in words too: a meeting's state, its date, the window's
// own changes named as such (they carry no command-line operation).
void TestGuiAudit::tavoloValuesAreShownInWords()
{
    ArchiveFixture f;
    AuditPage page(f.archive);
    page.show(); // a hidden page reads the trail again only when shown
    Meeting m;
    m.date = QDate(2026, 3, 12);
    m.place = QStringLiteral("Sondrio");
    m.agenda = {QStringLiteral("Comunicazioni")};
    const qint64 id = MeetingStore(f.archive).add(m).value();
    QVERIFY(MeetingStore(f.archive).convene(id, QDate(2026, 3, 1)));
    page.proxy()->setTable(QStringLiteral("meetings"));
    QCOMPARE(page.proxy()->rowCount(), 2);
    const QString changes = page.proxy()->index(0, AuditTableModel::Changes).data().toString();
    QVERIFY2(changes.contains(QStringLiteral("State: in preparation → convened")),
             qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("Convened on: ∅ → 01/03/2026")), qPrintable(changes));
    QCOMPARE(page.proxy()->index(0, AuditTableModel::Operation).data().toString(),
             QStringLiteral("In the program's window"));
    QCOMPARE(page.proxy()->index(0, AuditTableModel::Table).data().toString(),
             QStringLiteral("Meetings"));
    QVERIFY(!page.proxy()
                 ->index(0, AuditTableModel::When)
                 .data()
                 .toString()
                 .contains(QLatin1Char('-')));
}

void TestGuiAudit::filtersByTableDateAndText()
{
    ArchiveFixture f;
    addAndUpdate(f.archive);
    AuditPage page(f.archive);
    page.show(); // a hidden page reads the trail again only when shown
    auto *tables = page.findChild<QComboBox *>(QStringLiteral("tableFilter"));
    QVERIFY(tables);
    const int orgs = tables->findData(QStringLiteral("organisations"));
    QVERIFY(orgs > 0);
    tables->setCurrentIndex(orgs);
    QCOMPARE(page.proxy()->rowCount(), 2);
    QCOMPARE(tables->itemText(orgs), QStringLiteral("Organisations"));
    for (const QString &t : column(page, AuditTableModel::Table))
        QCOMPARE(t, QStringLiteral("Organisations"));
    // A table without changes shows nothing.
    page.proxy()->setTable(QStringLiteral("people"));
    QCOMPARE(page.proxy()->rowCount(), 0);
    tables->setCurrentIndex(orgs);
    // Free text: only the update names b@x.it in what changed.
    page.findChild<QLineEdit *>(QStringLiteral("auditSearch"))->setText(QStringLiteral("b@x.it"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(column(page, AuditTableModel::Action), QStringList {QStringLiteral("Changed")});
    page.findChild<QLineEdit *>(QStringLiteral("auditSearch"))->clear();
    // Dates, as the page shows them (local time): nothing the day after the rows were written,
    // both on that day. The day comes from the rows, not from the calendar: no race with midnight.
    const QList<AuditEntry> written = orgEntries(f.archive);
    const QDate day = written.first().at.toLocalTime().date();
    QCOMPARE(written.last().at.toLocalTime().date(), day);
    page.proxy()->setDateRange(day.addDays(1), {});
    QCOMPARE(page.proxy()->rowCount(), 0);
    page.proxy()->setDateRange(day, day);
    QCOMPARE(page.proxy()->rowCount(), 2);
}

void TestGuiAudit::exportsCsvLikeTheCli()
{
    ArchiveFixture f;
    addAndUpdate(f.archive);
    AuditPage page(f.archive);
    page.show(); // a hidden page reads the trail again only when shown
    page.proxy()->setTable(QStringLiteral("organisations"));
    const QString path = f.dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The header and fields of `tavolo-cli audit --csv`, the rows shown in the order shown,
    // after a byte-order mark (which QString::fromUtf8 drops).
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QList<AuditEntry> entries = orgEntries(f.archive);
    QCOMPARE(entries.size(), 2);
    // Written out (only the instant and the user come from the rows): ';'-separated, CRLF, the
    // JSON quoted with its quotes doubled, keys in order, absent values null.
    const QString row = QStringLiteral("{\"\"active\"\":1,\"\"address\"\":null,\"\"category\"\":"
                                       "\"\"social-cooperative\"\",\"\"comune\"\":null,"
                                       "\"\"email\"\":null,\"\"name\"\":\"\"Cooperativa Sociale "
                                       "Alfa\"\",\"\"notes\"\":null,\"\"pec\"\":\"\"%1\"\","
                                       "\"\"phone\"\":null,\"\"runts_number\"\":null,\"\"runts_"
                                       "section\"\":null,\"\"tax_code\"\":\"\"00095450144\"\"}");
    const auto at = [&](int i) {
        return entries.at(i).at.toString(Qt::ISODateWithMs);
    };
    const QString expected =
        QStringLiteral("id;at;osUser;operation;table;rowId;action;before;after\r\n")
        + QStringLiteral("2;%1;%2;org.update;organisations;1;update;\"%3\";\"%4\"\r\n")
              .arg(at(1), entries.at(1).osUser, row.arg(QStringLiteral("a@x.it")),
                   row.arg(QStringLiteral("b@x.it")))
        + QStringLiteral("1;%1;%2;org.add;organisations;1;insert;;\"%3\"\r\n")
              .arg(at(0), entries.at(0).osUser, row.arg(QStringLiteral("a@x.it")));
    QCOMPARE(text, expected);
    QVERIFY(text.contains(QStringLiteral("org.update")));
    // An unwritable place: false with the reason, no crash.
    QString error;
    QVERIFY(!page.exportCsv(f.dir.filePath(QStringLiteral("missing/folder/audit.csv")), &error));
    QVERIFY(!error.isEmpty());
}

void TestGuiAudit::recordHistoryShowsOneRow()
{
    ArchiveFixture f;
    const qint64 id = addAndUpdate(f.archive);
    {
        OrganisationStore store(f.archive);
        Organisation other;
        other.name = QStringLiteral("Fondazione Beta");
        other.category = Category::SocialCooperative;
        other.taxCode = QStringLiteral("03456789019");
        QVERIFY(store.add(other));
    }
    RecordHistoryDialog dialog(f.archive, QStringLiteral("organisations"), id,
                               QStringLiteral("Alfa"));
    QCOMPARE(dialog.page()->proxy()->rowCount(), 2);
    QVERIFY(!dialog.page()
                 ->findChild<QComboBox *>(QStringLiteral("tableFilter"))
                 ->isVisibleTo(&dialog));
    grab(&dialog, QStringLiteral("audit_history"));
}

void TestGuiAudit::importWizardRefusesBadFile()
{
    ArchiveFixture f;
    ImportWizard wizard(f.archive, ImportWizard::Kind::Organisations);
    wizard.show();
    wizard.filePage()->setPath(fixture("orgs_wrong.csv"));
    QVERIFY(wizard.filePage()->isComplete());
    QVERIFY(wizard.filePage()->info().contains(QStringLiteral("UTF-8")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingStep));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckStep));
    QVERIFY(!wizard.checkPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    const QStringList lines = wizard.checkPage()->problemLines();
    QVERIFY2(!lines.isEmpty()
                 && lines.first().startsWith(QStringLiteral("Line 3 (Codice Sbagliato)")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    // Even forced, nothing is written (all or nothing).
    QVERIFY(!wizard.checkPage()->validatePage());
    QCOMPARE(OrganisationStore(f.archive).list().size(), 0);
    grab(&wizard, QStringLiteral("import_check_bad"));
}

void TestGuiAudit::importWizardImportsGoodFile()
{
    ArchiveFixture f;
    ImportWizard wizard(f.archive, ImportWizard::Kind::Organisations);
    wizard.show();
    wizard.filePage()->setPath(fixture("orgs_utf8_bom.csv"));
    QVERIFY(wizard.filePage()->info().contains(QStringLiteral("UTF-8 (BOM)")));
    grab(&wizard, QStringLiteral("import_file"));
    wizard.next();
    // Prefilled by the automatic mapping; the extra column ignored.
    const QList<QComboBox *> combos = wizard.mappingPage()->combos();
    QCOMPARE(combos.size(), 10);
    QCOMPARE(combos.at(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(combos.at(1)->currentData().toString(), QStringLiteral("taxCode"));
    QCOMPARE(combos.at(9)->currentData().toString(), QStringLiteral("-"));
    grab(&wizard, QStringLiteral("import_mapping"));
    wizard.next();
    QVERIFY2(wizard.checkPage()->isComplete(), qPrintable(wizard.checkPage()->summary()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    grab(&wizard, QStringLiteral("import_check_good"));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.importedCount(), 3);
    QCOMPARE(OrganisationStore(f.archive).list().size(), 3);
    QCOMPARE(orgEntries(f.archive).first().operation, QStringLiteral("import orgs"));
}

void TestGuiAudit::importWizardMapsUnknownColumns()
{
    ArchiveFixture f;
    ImportWizard wizard(f.archive, ImportWizard::Kind::Organisations);
    wizard.show();
    wizard.filePage()->setPath(fixture("orgs_custom_headers.csv"));
    wizard.next();
    const QList<QComboBox *> combos = wizard.mappingPage()->combos();
    QCOMPARE(combos.size(), 2);
    // Not recognised: the dry run says so and Import stays disabled.
    wizard.next();
    QVERIFY(!wizard.checkPage()->isComplete());
    wizard.back();
    combos.at(0)->setCurrentIndex(combos.at(0)->findData(QStringLiteral("name")));
    combos.at(1)->setCurrentIndex(combos.at(1)->findData(QStringLiteral("taxCode")));
    wizard.next();
    QVERIFY2(wizard.checkPage()->isComplete(), qPrintable(wizard.checkPage()->summary()));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(OrganisationStore(f.archive).list().first().name, QStringLiteral("Ente Strano"));
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
