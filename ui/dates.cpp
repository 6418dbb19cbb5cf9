#include "dates.h"

#include "core/rules/ruletext.h"

#include <QApplication>
#include <QDateEdit>
#include <QEvent>

namespace tavolo::dates {

namespace {

constexpr int kDayRole = Qt::UserRole + 40;

QString formatString()
{
    return QString::fromUtf16(format);
}

// Sets the format of every QDateEdit as it is first shown: the locale's own differs by language
// ("30/11/26" in Italian, "30 Nov 2026" in English).
class FourDigitYears : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto *edit = qobject_cast<QDateEdit *>(watched);
                edit && edit->displayFormat() != formatString())
                edit->setDisplayFormat(formatString());
        return false;
    }
};

} // namespace

QString text(QDate day)
{
    return day.isValid() ? RuleText::day(day) : QString(); // the rules' sentences write it so
}

void useFourDigitYears()
{
    static FourDigitYears *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new FourDigitYears(qApp);
    qApp->installEventFilter(filter);
}

void SortableItem::setDay(int column, QDate day)
{
    setText(column, dates::text(day));
    setData(column, kDayRole, day);
}

bool SortableItem::operator<(const QTreeWidgetItem &other) const
{
    const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
    const QVariant mine = data(column, kDayRole);
    const QVariant theirs = other.data(column, kDayRole);
    if (!mine.isValid() && !theirs.isValid())
        return QTreeWidgetItem::operator<(other);
    const QDate a = mine.toDate();
    const QDate b = theirs.toDate();
    if (!a.isValid()) // an open end sorts after every day
        return false;
    return !b.isValid() || a < b;
}

} // namespace tavolo::dates
