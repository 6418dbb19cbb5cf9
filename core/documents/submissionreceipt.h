#pragma once

#include "core/domain/result.h"
#include "cycledocumentdata.h"
#include "letterhead.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// Ricevuta di avvenuta ricezione of one submission to a call (R-L): a letter on the office's
// letterhead to the body that sent it — the outgoing protocol, the call and the form, when and
// how it was received and its incoming protocol, the tables chosen, whether it arrived within
// the form's deadline or late (and then the clerk's decision, once taken), the office's
// signature block.
class SubmissionReceipt
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionReceipt)

public:
    SubmissionReceipt(Letterhead letterhead, SubmissionReceiptData data);

    QString subject() const;
    QString fileName() const; // safe on Windows, with ".pdf"
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    QImage previewImage(int dpi = 60) const;
    Result<int> writePdf(const QString &path) const; // PDF/A-1b; the pages

private:
    QString timingParagraph() const;

    Letterhead m_letterhead;
    SubmissionReceiptData m_data;
    QImage m_logo;
};

} // namespace tavolo::documents
