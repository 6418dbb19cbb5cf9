#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <memory>

class QTextDocument;

namespace tavolo {

// The clerk's guide: Italian HTML kept in the program's resources
// (resources/guide/guida.html), one section per page of the main window, anchored by the
// page's name (Page::pageName()), so F1 opens the section of the page shown.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    static QUrl url(); // qrc:/guide/guida.html
    // The section about the page named `pageName`; the start of the guide for a page without one.
    static QUrl sectionUrl(const QString &pageName);
    static QString html();
    // The section titles (<h1>, <h2>) in order, as the PDF prints them.
    static QStringList headings();

    // Laid out on the documents' pages, in the documents' font.
    static std::unique_ptr<QTextDocument> document();
    // PDF/A-1b, as the letters; returns the pages written.
    static Result<int> writePdf(const QString &path);
};

} // namespace tavolo
