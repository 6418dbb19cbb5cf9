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
    // Problems of these fields wait until the clerk has edited them: an empty required field
    // is no error before the clerk gets to it, and a dialog does not open on "Refused".
    void quietUntilEdited(const QStringList &fields) { m_quiet = fields; }
    void addQuietField(const QString &field) { m_quiet << field; }
    void edited(const QString &field) { m_quiet.removeAll(field); }
    // In a dialog: keep room for this many lines even while there is nothing to say, so that a
    // sentence appearing does not move the buttons under the mouse (nor grow the dialog).
    void reserveLines(int lines);
    const Problems &problems() const { return m_problems; }
    bool refused() const { return hasRefusal(m_problems); }

    static QString html(const Problems &problems);
    static QIcon icon(Severity severity);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight(int width);

    Problems m_problems;
    QStringList m_quiet;
    int m_reserve = 0;
};

} // namespace tavolo
