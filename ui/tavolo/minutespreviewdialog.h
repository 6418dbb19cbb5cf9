#pragma once

#include "core/documents/minutesdocument.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace tavolo {

// The minutes as they will print (R-K), page by page, in the style of the letter's preview:
// the document h15's MinutesDocument paints, "BOZZA" on every page of a draft.
class MinutesPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    MinutesPreviewDialog(documents::MinutesDocument document, QWidget *parent = nullptr);

    int pageCount() const { return m_pages; }
    const QImage &image() const { return m_image; }
    const documents::MinutesDocument &document() const { return m_document; }

private:
    void showPage(int page);

    documents::MinutesDocument m_document;
    int m_pages = 1;
    QImage m_image;
    QLabel *m_page;
    QSpinBox *m_number;
};

} // namespace tavolo
