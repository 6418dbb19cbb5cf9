#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QLineEdit;

namespace tavolo {

// A new thematic working group (R-I): its name and area.
class NewGroupDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit NewGroupDialog(const History &history, QWidget *parent = nullptr);

    WorkingGroup group() const;

private:
    const History &m_history;
    QLineEdit *m_name;
    QLineEdit *m_area;
};

} // namespace tavolo
