#pragma once

#include "tavolopage.h"

class QTreeWidget;

namespace tavolo {

class AsOfDate;
class ProblemView;

// The Tavolo's composition on a date (offices with holder and delegate, categories with their
// seats, holders and vacancies), the history of every term, and the actions that change them.
class CompositionPage : public TavoloPage
{
    Q_OBJECT
public:
    CompositionPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    void setDate(QDate date);
    QDate date() const;
    // The composition for publication on the page's date, as the exported PDF.
    bool canPrint() const override { return true; }
    PrintJob printJob() override;

public slots:
    void designate();
    void endDesignation();
    void assignOffice();
    void addDelegation();

protected:
    void refresh() override;

private:
    void fillComposition();
    void fillTerms();
    void report(const Result<qint64> &result);

    AsOfDate *m_date;
    QTreeWidget *m_composition;
    QTreeWidget *m_terms;
    ProblemView *m_outcome;
};

} // namespace tavolo
