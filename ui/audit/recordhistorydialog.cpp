#include "recordhistorydialog.h"

#include "auditpage.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace tavolo {

RecordHistoryDialog::RecordHistoryDialog(Archive &archive, const QString &table, qint64 rowId,
                                         const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_page(new AuditPage(archive, table, rowId, this))
{
    setObjectName(QStringLiteral("recordHistoryDialog"));
    setWindowTitle(label.isEmpty() ? tr("History of this record") : tr("History of %1").arg(label));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

} // namespace tavolo
