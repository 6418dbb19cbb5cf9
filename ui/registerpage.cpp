#include "registerpage.h"

#include "audit/recordhistorydialog.h"
#include "core/config/settings.h"
#include "core/storage/recordversion.h"
#include "itemroles.h"
#include "printjobs.h"
#include "registerfilterproxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tavolo {

RegisterPage::RegisterPage(const PageContext &context, RegisterTableModel *model, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(model)
    , m_proxy(new RegisterFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_body(new QStackedWidget(this))
    , m_count(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_historyButton(new QPushButton(tr("His&tory…"), this))
{
    m_model->setParent(this);
    // A commit made while the clerk is on another page is listed when this one is shown.
    m_model->deferWhileHidden([this] { return isVisible(); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search in every column…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RegisterFilterProxy::setSearchText);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    connect(m_addButton, &QPushButton::clicked, this, &RegisterPage::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &RegisterPage::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &RegisterPage::deleteCurrent);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(tr("History of this record: who changed what, and when"));
    connect(m_historyButton, &QPushButton::clicked, this, [this] {
        // The register's page name is its table's name in the archive.
        RecordHistoryDialog(archive(), pageName(), currentId(),
                            m_table->currentIndex().siblingAtColumn(0).data().toString(), this)
            .exec();
    });
    // Enter and double-click both "activate" a row.
    connect(m_table, &QTableView::activated, this, &RegisterPage::editCurrent);

    m_table->installEventFilter(this); // the Del key
    m_search->installEventFilter(this); // Escape empties the search
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_addButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_historyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_count);

    // A reload that resets the model (a record added or removed): keep the clerk's row selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_idBeforeReset)
            selectId(m_idBeforeReset);
        updateState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::updateState);
    QTimer::singleShot(0, this, &RegisterPage::updateState); // once the subclass is built
}

void RegisterPage::reloadWhenShown()
{
    m_model->reloadOrDefer();
}

void RegisterPage::showEvent(QShowEvent *event)
{
    m_model->reloadIfStale();
    Page::showEvent(event);
}

bool RegisterPage::eventFilter(QObject *watched, QEvent *event)
{
    // A key press rather than a QAction shortcut: Del means "delete the row" only while the
    // table has the focus, and the search box keeps Del for its text.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return Page::eventFilter(watched, event);
}

void RegisterPage::setAddText(const QString &text)
{
    m_addButton->setText(text);
}

qint64 RegisterPage::currentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

void RegisterPage::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void RegisterPage::editCurrent()
{
    if (const qint64 id = currentId())
        edit(id);
}

void RegisterPage::deleteCurrent()
{
    if (const qint64 id = currentId())
        remove(id);
}

void RegisterPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_empty->setText(emptyText());
        m_body->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("Nothing matches “%1”.").arg(m_search->text()));
        m_body->setCurrentWidget(m_empty);
    } else {
        m_body->setCurrentWidget(m_table);
    }
    m_search->setEnabled(total > 0 || !m_search->text().isEmpty());
    m_count->setText(total > 0 ? countText(shown, total) : QString());
    const bool selected = currentId() != 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_historyButton->setEnabled(selected);
}

void RegisterPage::setDefaultColumnWidths(const QList<int> &widths)
{
    m_defaultWidths = widths;
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
}

PrintJob RegisterPage::printJob()
{
    return PrintJobs::table(archive(), *m_proxy, title());
}

void RegisterPage::saveLayout(Settings &settings) const
{
    settings.setHeaderState(pageName(), m_table->horizontalHeader()->saveState());
}

void RegisterPage::restoreLayout(const Settings &settings)
{
    const QByteArray state = settings.headerState(pageName());
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        setDefaultColumnWidths(m_defaultWidths);
        return;
    }
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void RegisterPage::showRefusal(const QString &title, const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.message;
    QMessageBox::warning(this, title, lines.join(QLatin1Char('\n')));
}

bool RegisterPage::changedMeanwhile(const Problems &problems)
{
    return RecordVersion::changedMeanwhile(problems);
}

bool RegisterPage::offerReload(const QString &title, const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.message;
    QMessageBox box(QMessageBox::Warning, title, lines.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("changedMeanwhile"));
    box.setInformativeText(tr("Reload shows the record as it is saved now; what you typed in this "
                              "window is not kept."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reload"));
    box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload;
}

RefusalReport RegisterPage::refusalReport(const QString &title)
{
    QPointer<RegisterPage> page(this);
    return [page, title](const Problems &problems) {
        // Not from inside QUndoStack::undo(): a modal box there would re-enter the stack.
        if (page)
            QTimer::singleShot(0, page.data(),
                               [page, title, problems] { page->showRefusal(title, problems); });
    };
}

} // namespace tavolo
