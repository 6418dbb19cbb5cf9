#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QPushButton;

namespace tavolo {

// "As of: [date] [Today]": the day a page judges the Tavolo's state on (open and overdue
// requests, flagged groups, compliance), today unless the clerk looks back or ahead.
class AsOfDate : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfDate(QWidget *parent = nullptr);
    // With another label than "As of:" (the composition page: "Composition on:").
    AsOfDate(const QString &label, const QString &accessibleName, QWidget *parent);

    // Another text for the button back to today (a page short of access keys: "Today").
    void setTodayText(const QString &text);

    QDate date() const;
    void setDate(QDate date);

signals:
    void dateChanged(QDate date);

private:
    QDateEdit *m_date;
    QPushButton *m_today;
};

} // namespace tavolo
