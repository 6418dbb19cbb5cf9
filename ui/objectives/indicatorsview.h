#pragma once

#include "core/domain/history.h"

#include <QTreeWidget>

namespace tavolo {

// An objective's indicators: expected against actual as of the page's day, and where each actual
// value comes from (typed in for a day, or computed by a named measure). Activating a computed
// one (double-click, Enter) lists what its measure counted (CountedDialog).
class IndicatorsView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { Number, Description, Type, Expected, Actual, Source, ColumnCount };

    explicit IndicatorsView(QWidget *parent = nullptr);

    void setIndicators(const History &history, const Objective &objective, QDate day);
    qint64 currentIndicator() const; // 0: none chosen
    // The list of what the current indicator's measure counted; false for a typed-in one.
    bool showCounted();

private:
    const History *m_history = nullptr;
    QList<Indicator> m_indicators;
    QDate m_day;
};

} // namespace tavolo
