#pragma once

#include <QDate>
#include <QTreeWidgetItem>

namespace tavolo::dates {

// One way to write a day everywhere the clerk reads one: 30/11/2026, with four digits (the
// Italian locale's short format has two, and Qt's date fields use it).
QString text(QDate day); // empty for a null date
inline constexpr char16_t format[] = u"dd/MM/yyyy";

// Every date field the application shows (QDateEdit) writes the year with four digits.
void useFourDigitYears();

// A row of a sortable tree whose date columns sort by the day, not by the text "dd/MM/yyyy".
class SortableItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    void setDay(int column, QDate day); // shows text(day), sorts by day
    bool operator<(const QTreeWidgetItem &other) const override;
};

} // namespace tavolo::dates
