#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QCoreApplication>

namespace tavolo {

// The pieces the rules' sentences are made of: dates as the clerk writes them, terms, lists of
// people. Kept in one place so that every message reads the same way.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)
public:
    static QString day(QDate date); // 12/03/2015
    static QString term(const Period &p); // "from 12/03/2015" / "from … to …"
    static QString people(const History &history, const QList<qint64> &ids);
    // "Maria Rossi (Coop. Alfa, from 01/01/2021)" for each holder of a seat.
    static QString holders(const History &history, const QList<Designation> &designations);
    // Ending a term on `to` (R-J): not before it starts, and a term already ended is not
    // extended. `whose` names the term ("The designation of Maria Rossi").
    static Problems endProblems(const Period &term, QDate to, const QString &whose);
};

} // namespace tavolo
