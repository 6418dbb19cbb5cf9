#pragma once

#include "printing.h"

#include <QDate>

class QAbstractItemModel;

namespace tavolo {

class Archive;
class MeetingExport;

// The documents each page and dialog prints, laid out as their PDFs are: one place for the
// main window's File › Print… and the Print buttons.
class PrintJobs
{
    Q_DECLARE_TR_FUNCTIONS(PrintJobs)

public:
    // Every recipient's letter, each from a new page (the combined PDF of the export).
    static PrintJob letters(const MeetingExport &exporter, const QString &protocolNumber);
    static PrintJob attendanceSheet(const MeetingExport &exporter);
    // The composition for publication on `date` (names, organisations, seats; no contacts).
    static PrintJob composition(Archive &archive, QDate date);
    // The rows and columns of a register as the clerk sees them (filtered and sorted), under
    // the letterhead, with `title` above the table.
    static PrintJob table(Archive &archive, const QAbstractItemModel &model, const QString &title);
};

} // namespace tavolo
