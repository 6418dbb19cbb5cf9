#pragma once

#include "tavolopage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace tavolo {

class AsOfDate;
class MeetingsChart;

// "Is everything in order?" as of today or a chosen date: meetings against the minimum,
// seats, mandatory offices, open requests, groups, and every problem of ComplianceRules::on,
// each leading to the page that fixes it.
class DashboardPage : public TavoloPage
{
    Q_OBJECT
public:
    DashboardPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    void setDate(QDate date);
    QDate date() const;

protected:
    void refresh() override;

private:
    void openProblem();
    void fillChart();

    AsOfDate *m_date;
    QLabel *m_verdict;
    QLabel *m_meetings;
    QTreeWidget *m_summary;
    QListWidget *m_problems;
    QPushButton *m_fix = nullptr;
    MeetingsChart *m_chart;
};

} // namespace tavolo
