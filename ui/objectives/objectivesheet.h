#pragma once

#include "core/domain/objective.h"

#include <QLabel>

namespace tavolo {

// An objective's sheet as seed 002 prints it: code and title, type and classification, years,
// the DUP's strategic direction and objective it is linked to, direction and director, service
// and manager, and the description.
class ObjectiveSheet : public QLabel
{
    Q_OBJECT
public:
    explicit ObjectiveSheet(QWidget *parent = nullptr);

    void setObjective(const Objective *objective); // null: none chosen
    static QString html(const Objective &objective);
};

} // namespace tavolo
