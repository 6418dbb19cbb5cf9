#pragma once

#include "core/rules/measures.h"

#include <QDialog>

class QTreeWidget;

namespace tavolo {

// What a computed indicator counted (Measures::compute): the measure in words, its window, and
// one row per meeting, body, table, submission or adhesion counted, with its day and detail.
class CountedDialog : public QDialog
{
    Q_OBJECT
public:
    CountedDialog(const QString &indicator, const Measurement &measurement,
                  QWidget *parent = nullptr);

    QTreeWidget *items() const { return m_items; }
    static QString kindText(CountedItem::Kind kind);

private:
    QTreeWidget *m_items;
};

} // namespace tavolo
