#pragma once

#include "core/domain/minutes.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace tavolo {

// A vote as the minutes record it (R-K): none, unanimous, or favourable / contrary / abstained.
class VoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VoteEditor(QWidget *parent = nullptr);

    std::optional<Vote> vote() const;
    void setVote(const std::optional<Vote> &vote);
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void updateCounts();

    QComboBox *m_kind;
    QSpinBox *m_favourable;
    QSpinBox *m_contrary;
    QSpinBox *m_abstained;
};

} // namespace tavolo
