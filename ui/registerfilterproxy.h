#pragma once

#include <QSortFilterProxyModel>

namespace tavolo {

// The registers' live search: a row stays when any of its columns contains the text, ignoring
// case. QSortFilterProxyModel::setFilterFixedString matches each cell through a regular
// expression; with 5,000 organisations that was two thirds of a keystroke's filtering
// (callgrind, bench/archive-scale), so the text is compared as text.
class RegisterFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace tavolo
