#pragma once

#include "core/domain/minutes.h"

#include <QGroupBox>

class QPlainTextEdit;

namespace tavolo {

class VoteEditor;

// One agenda item's section of the minutes (R-K): what was said, what was decided, the vote.
class MinutesItemEditor : public QGroupBox
{
    Q_OBJECT
public:
    MinutesItemEditor(int number, const QString &agendaItem, QWidget *parent = nullptr);

    MinutesItem item() const;
    void setItem(const MinutesItem &item);
    void setReadOnly(bool readOnly);
    VoteEditor *voteEditor() const { return m_vote; }

signals:
    void changed();

private:
    int m_number;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_decision;
    VoteEditor *m_vote;
};

} // namespace tavolo
