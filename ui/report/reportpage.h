#pragma once

#include "ui/tavolo/tavolopage.h"

#include <QImage>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTextDocument;

namespace tavolo {

class ProblemView;

// Relazione annuale (issue 17): the clerk picks a year, reads the report page by page as it will
// print (charts included), and exports it as PDF/A-1b for the mayor or as ODT to add the
// narrative. The preview is laid out once per year or change of the archive.
class ReportPage : public TavoloPage
{
    Q_OBJECT
public:
    ReportPage(Archive &archive, QUndoStack *undo, QWidget *parent);
    ~ReportPage() override;

    int year() const;
    void setYear(int year);
    int pageCount() const { return m_pages; }
    const QImage &image() const { return m_image; }
    // Writes the report of the year shown into `folder`; the path, or the refusal. The buttons
    // ask for the folder first.
    Result<QString> exportTo(const QString &folder, bool odt);

protected:
    void refresh() override;

private:
    void showPage(int page);
    void exportAs(bool odt);

    QSpinBox *m_year;
    QSpinBox *m_page;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QLabel *m_preview;
    ProblemView *m_outcome;
    QLabel *m_written;
    std::unique_ptr<QTextDocument> m_document;
    QString m_footer;
    int m_pages = 1;
    QImage m_image;
};

} // namespace tavolo
