#include "auditpage.h"

#include "auditfilterproxy.h"
#include "audittablemodel.h"
#include "core/domain/clock.h"
#include "core/storage/archive.h"
#include "ui/csvfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tavolo {

AuditPage::AuditPage(Archive &archive, const QString &table, qint64 rowId, QWidget *parent)
    : Page(parent)
    , m_model(new AuditTableModel(archive, this))
    , m_proxy(new AuditFilterProxy(this))
    , m_tableFilter(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(Clock::today().addMonths(-1), this))
    , m_toCheck(new QCheckBox(tr("to"), this))
    , m_to(new QDateEdit(Clock::today(), this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_detail(new QTableWidget(0, 3, this))
    , m_count(new QLabel(this))
    , m_fixedTable(table)
{
    setObjectName(pageName());
    // The whole trail is read again only when the clerk looks at it: reading it at every commit
    // of the program, page hidden or not, was most of the cost of each save (bench/archive-scale:
    // 90% of an edit's time with the GUI open, growing with the trail).
    connect(&archive, &Archive::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setTable(table, rowId);

    m_tableFilter->setObjectName(QStringLiteral("tableFilter"));
    m_tableFilter->setVisible(table.isEmpty());
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
    }
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search user, operation, values…"));
    m_search->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));

    auto *filters = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("Records:"), this);
    tableLabel->setVisible(table.isEmpty());
    filters->addWidget(tableLabel);
    filters->addWidget(m_tableFilter);
    filters->addSpacing(12);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    filters->addWidget(exportButton);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::When, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {150, 90, 110, 110, 50, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));

    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->verticalHeader()->hide();
    m_detail->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_detail->setAlternatingRowColors(true);
    m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    connect(m_tableFilter, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::refillTables);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPage::showDetail);
    refillTables();
}

void AuditPage::reload()
{
    if (!isVisible()) { // a hidden page (the main window's, at an archive's opening) waits
        m_stale = true;
        return;
    }
    m_stale = false;
    m_model->reload();
}

void AuditPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    Page::showEvent(event);
}

void AuditPage::refillTables()
{
    const QString current = m_tableFilter->currentData().toString();
    const QSignalBlocker blocker(m_tableFilter);
    m_tableFilter->clear();
    m_tableFilter->addItem(tr("All records"), QString());
    for (const QString &table : m_model->tables())
        m_tableFilter->addItem(AuditWords::table(table), table);
    m_tableFilter->setCurrentIndex(qMax(0, m_tableFilter->findData(current)));
    applyFilter();
}

void AuditPage::applyFilter()
{
    m_from->setEnabled(m_fromCheck->isChecked());
    m_to->setEnabled(m_toCheck->isChecked());
    if (m_fixedTable.isEmpty())
        m_proxy->setTable(m_tableFilter->currentData().toString());
    m_proxy->setDateRange(m_fromCheck->isChecked() ? m_from->date() : QDate(),
                          m_toCheck->isChecked() ? m_to->date() : QDate());
    m_proxy->setText(m_search->text());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // One record's history counts its own changes, not the whole trail's.
    m_count->setText(shown == total || !m_fixedTable.isEmpty()
                         ? tr("%n change(s)", nullptr, shown)
                         : tr("%1 of %n change(s) shown", nullptr, total).arg(shown));
    // Something in the detail pane from the start: the newest change.
    if (!m_view->currentIndex().isValid() && shown > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showDetail();
}

void AuditPage::showDetail()
{
    m_detail->setRowCount(0);
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const AuditEntry &e = m_model->entry(m_proxy->mapToSource(current).row());
    QStringList keys = e.before.keys();
    for (const QString &key : e.after.keys())
        if (!keys.contains(key))
            keys << key;
    m_detail->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const QJsonValue before = e.before.value(keys.at(r));
        const QJsonValue after = e.after.value(keys.at(r));
        const bool changed = e.action == QLatin1String("update") && before != after;
        const QStringList cells {AuditWords::field(keys.at(r)),
                                 m_model->words().value(keys.at(r), before),
                                 m_model->words().value(keys.at(r), after)};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (changed) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_detail->setItem(r, c, item);
        }
    }
}

bool AuditPage::exportCsv(const QString &path, QString *error) const
{
    // The format of `tavolo-cli audit --csv`: the same header and fields (AuditEntry).
    QList<QStringList> rows {AuditEntry::csvHeader()};
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_model->entry(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).csvFields();
    return writeCsvFile(path, rows, error);
}

void AuditPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      QStringLiteral("audit.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("The audit trail could not be written to %1: %2").arg(path, error));
}

} // namespace tavolo
