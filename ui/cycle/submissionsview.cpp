#include "submissionsview.h"

#include "core/rules/cyclerules.h"
#include "core/rules/ruletext.h"
#include "core/rules/submissionrules.h"
#include "ui/tavolo/problemview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tavolo {

namespace {
constexpr int SortRole = Qt::UserRole + 1;
enum Column { Protocol, Received, Sender, Form, ChannelColumn, Timeliness, DecisionColumn, Tables };

QString decisionText(const Submission &s)
{
    if (!s.late)
        return SubmissionsView::tr("admitted on receipt");
    switch (s.decision) {
    case Decision::Pending:
        return SubmissionsView::tr("awaiting decision");
    case Decision::Admitted:
        return SubmissionsView::tr("admitted on %1").arg(RuleText::day(s.decidedOn));
    case Decision::NotAdmitted:
        return SubmissionsView::tr("not admitted on %1").arg(RuleText::day(s.decidedOn));
    }
    return {};
}
} // namespace

SubmissionsView::SubmissionsView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("submissionFilter"));
    m_filter->setAccessibleName(tr("Filter submissions"));
    m_filter->setPlaceholderText(tr("Filter: protocol, body, form, late, decision…"));
    m_filter->setClearButtonEnabled(true);
    m_shown->setObjectName(QStringLiteral("submissionsShown"));
    m_model->setHorizontalHeaderLabels({tr("Protocol"), tr("Received"), tr("Sender"), tr("Form"),
                                        tr("Channel"), tr("Timeliness"), tr("Decision"),
                                        tr("Tables chosen")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("submissions"));
    m_table->setAccessibleName(tr("Submissions"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Received, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateShown();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubmissionsView::currentChanged);
}

void SubmissionsView::showCall(const History &history, const Call *call)
{
    const qint64 keep = currentSubmission();
    m_model->removeRows(0, m_model->rowCount());
    for (const Submission &s : history.submissions) {
        if (!call || s.callId != call->id)
            continue;
        QStringList tables;
        for (const qint64 t : s.tables)
            if (const PlanningTable *table = history.table(t))
                tables << table->name;
        const QStringList texts {s.protocol,
                                 s.received.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                 SubmissionRules::sender(history, s),
                                 s.form,
                                 CycleTerms::channelLabel(s.channel),
                                 CycleTerms::timelinessLabel(s.late),
                                 decisionText(s),
                                 tables.join(QStringLiteral("; "))};
        QList<QStandardItem *> row;
        for (const QString &text : texts) {
            auto *item = new QStandardItem(text);
            item->setData(text, SortRole);
            item->setToolTip(text);
            row << item;
        }
        row.at(Protocol)->setData(s.id, Qt::UserRole);
        if (const CallForm *form = call->form(s.form))
            row.at(Form)->setToolTip(form->title);
        row.at(Received)->setData(s.received, SortRole);
        if (s.late) {
            // Late (R-L): the whole row tinted, the timeliness in bold with the rule's icon.
            for (QStandardItem *item : row)
                item->setBackground(QColor(0xfd, 0xec, 0xea));
            QFont bold = row.at(Timeliness)->font();
            bold.setBold(true);
            row.at(Timeliness)->setFont(bold);
            row.at(Timeliness)->setForeground(QColor(0xb0, 0x00, 0x20));
            if (s.decision == Decision::Pending) // still to decide
                row.at(Timeliness)->setIcon(ProblemView::icon(Severity::Warning));
            row.at(Timeliness)
                ->setToolTip(tr("Received after the deadline of form %1: it "
                                "waits for the clerk's decision with a reason "
                                "(R-L).")
                                 .arg(s.form));
        }
        if (!s.reason.isEmpty())
            row.at(DecisionColumn)->setToolTip(tr("%1 — %2").arg(decisionText(s), s.reason));
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    for (const int wide : {Sender, Tables})
        m_table->setColumnWidth(wide, qMin(m_table->columnWidth(wide), 320));
    selectSubmission(keep);
    updateShown();
}

qint64 SubmissionsView::currentSubmission() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(Protocol).data(Qt::UserRole).toLongLong()
                             : 0;
}

void SubmissionsView::selectSubmission(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, Protocol).data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            return;
        }
    emit currentChanged();
}

void SubmissionsView::updateShown()
{
    m_shown->setText(
        m_proxy->rowCount() == m_model->rowCount()
            ? tr("%n submission(s)", nullptr, m_model->rowCount())
            : tr("%1 of %n submission(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    emit currentChanged();
}

} // namespace tavolo
