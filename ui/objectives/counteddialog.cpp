#include "counteddialog.h"

#include "core/rules/ruletext.h"
#include "ui/dates.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

CountedDialog::CountedDialog(const QString &indicator, const Measurement &m, QWidget *parent)
    : QDialog(parent)
    , m_items(new QTreeWidget(this))
{
    setWindowTitle(tr("What was counted"));
    const auto info = Measures::find(m.measure);
    const QString window = m.from.isValid()
        ? tr("from %1 to %2").arg(RuleText::day(m.from), RuleText::day(m.asOf))
        : tr("over the whole cycle up to %1").arg(RuleText::day(m.asOf));
    auto *heading = new QLabel(
        tr("<b>%1</b><br/>Measure «%2», %3: %n item(s) counted.", nullptr, int(m.counted.size()))
            .arg(indicator.toHtmlEscaped(), (info ? info->name : m.measure).toHtmlEscaped(),
                 window),
        this);
    heading->setWordWrap(true);
    auto *description = new QLabel(info ? info->description : QString(), this);
    description->setWordWrap(true);
    description->setObjectName(QStringLiteral("measureDescription"));

    m_items->setObjectName(QStringLiteral("counted"));
    m_items->setAccessibleName(tr("Counted items"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Day"), tr("Kind"), tr("Counted"), tr("Detail")});
    for (const CountedItem &c : m.counted) {
        auto *item = new dates::SortableItem(m_items);
        item->setDay(0, c.date);
        item->setText(1, kindText(c.kind));
        item->setText(2, c.label);
        item->setText(3, c.detail);
        item->setToolTip(2, c.label);
    }
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(0, Qt::AscendingOrder);
    for (int column = 0; column < 3; ++column)
        m_items->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addWidget(m_items, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString CountedDialog::kindText(CountedItem::Kind kind)
{
    switch (kind) {
    case CountedItem::Kind::Meeting:
        return tr("meeting");
    case CountedItem::Kind::Body:
        return tr("body");
    case CountedItem::Kind::Table:
        return tr("table");
    case CountedItem::Kind::Submission:
        return tr("submission");
    case CountedItem::Kind::Adhesion:
        return tr("adhesion");
    }
    return {};
}

} // namespace tavolo
