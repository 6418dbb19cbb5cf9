#pragma once

#include "core/documents/annualreportdata.h"
#include "core/domain/history.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace tavolo {

class Archive;

// What the annual report of year Y prints (issue 17), read from the archive: the composition on
// 31 December and its changes during the year, the Tavolo's held meetings with their attendance,
// the requests and their outcome as of 31 December, the amendments in force from a day of the
// year, the groups' and planning tables' meetings, the participation cycles running in the
// year with the calls published and the adhesions requested in it, the objectives of the year
// with their indicators as of 31 December, and the charts' figures. Documents are Italian.
class ReportDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocuments)
public:
    static documents::AnnualReportData annual(Archive &archive, int year, QDate written);
    // The same from a history already read (the GUI's page has it).
    static documents::AnnualReportData annual(Archive &archive, const History &history, int year,
                                              QDate written);
    // The part read from the history alone (the composition and the names of the Tavolo and
    // the district are the archive's settings); the offices named by `officeTitle` (the
    // settings' DocumentSettings::officeTitle).
    using OfficeTitle = std::function<QString(Office)>;
    static documents::AnnualReportData fromHistory(const History &history, int year,
                                                   const OfficeTitle &officeTitle);
};

} // namespace tavolo
