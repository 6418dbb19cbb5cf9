#pragma once

#include "core/domain/problem.h"

#include <QLabel>

namespace tavolo {

// The rules' sentences shown in place, in words: refusals first, then warnings; hidden when
// there is nothing to say.
class ProblemView : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemView(QWidget *parent = nullptr);

    void setProblems(const Problems &problems);
    const Problems &problems() const { return m_problems; }
    bool refused() const { return hasRefusal(m_problems); }

    static QString html(const Problems &problems);
    static QIcon icon(Severity severity);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight(int width);

    Problems m_problems;
};

} // namespace tavolo
