#pragma once

#include "documenthtml.h"
#include "letterhead.h"
#include "lettertemplate.h"
#include "meetingdocumentdata.h"
#include "recipient.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// Lettera di convocazione: fills the template for one recipient and turns it into a
// QTextDocument (for the PDF), HTML (for a preview widget) or an image of page 1.
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)

public:
    LetterRenderer(Letterhead letterhead, MeetingDocumentData meeting,
                   LetterTemplate letterTemplate = LetterTemplate::italianDefault());

    // The names the template may use, for LetterTemplate::validate() and the GUI's editor.
    static QSet<QString> valueNames();
    static QSet<QString> flagNames();
    Problems validateTemplate() const;

    // "Convocazione della seduta ordinaria del Tavolo … – giovedì 12 marzo 2015, ore 16:30";
    // guests (R-F) get "Invito alla seduta …". MeetingDocumentData::subject wins when set.
    QString subject(const Recipient &recipient) const;
    QString footer() const; // ente, office, address, contacts on one line

    QString html(const Recipient &recipient) const;
    std::unique_ptr<QTextDocument> document(const Recipient &recipient) const;
    QImage previewImage(const Recipient &recipient, int dpi = 60) const;

    const Letterhead &letterhead() const { return m_letterhead; }
    const MeetingDocumentData &meeting() const { return m_meeting; }

private:
    QHash<QString, QString> values(const Recipient &recipient) const;
    QHash<QString, bool> flags(const Recipient &recipient) const;
    QString kindLabel() const;

    Letterhead m_letterhead;
    MeetingDocumentData m_meeting;
    LetterTemplate m_template;
    QImage m_logo; // flattened on white: PDF/A-1 forbids transparency
};

} // namespace tavolo::documents
