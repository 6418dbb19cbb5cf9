#pragma once

#include <QHBoxLayout>

namespace tavolo {

// A button or a small field at its natural width in a form row, not stretched across it.
inline QHBoxLayout *natural(QWidget *widget)
{
    auto *row = new QHBoxLayout;
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace tavolo
