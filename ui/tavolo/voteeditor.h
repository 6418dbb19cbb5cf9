#pragma once

#include "core/domain/history.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tavolo {

// A vote as the minutes record it (R-K): none, unanimous, or favourable / contrary / abstained,
// with (optional) the names of who voted which way, chosen among `voters` (setVoters).
class VoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VoteEditor(QWidget *parent = nullptr);

    std::optional<Vote> vote() const;
    void setVote(const std::optional<Vote> &vote);
    void setReadOnly(bool readOnly);
    // Offers "Names…" for a counted vote, naming people among `voters` (e.g. those present).
    void setVoters(const History *history, const QList<qint64> &voters);

public slots:
    void chooseNames();

signals:
    void changed();

private:
    void updateCounts();
    void showNames();

    QComboBox *m_kind;
    QSpinBox *m_favourable;
    QSpinBox *m_contrary;
    QSpinBox *m_abstained;
    QPushButton *m_namesButton;
    QLabel *m_namesText;
    const History *m_history = nullptr;
    QList<qint64> m_voters;
    VoteNames m_names;
};

} // namespace tavolo
