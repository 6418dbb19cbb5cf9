#pragma once

#include "core/documents/letterhead.h"
#include "core/documents/lettertemplate.h"
#include "core/documents/meetingdocumentdata.h"
#include "core/documents/recipient.h"

#include <QImage>
#include <QLabel>

namespace tavolo {

// Page 1 of a sample convocation letter (Mario Rossi, tomorrow at 16:30, two items), drawn with
// letterhead and template values that may not be saved yet: the clerk sees what a change does
// before 20 letters go out with it.
class LetterPreview : public QLabel
{
    Q_OBJECT
public:
    explicit LetterPreview(QWidget *parent = nullptr);

    void render(const documents::Letterhead &letterhead, const QString &districtName,
                const documents::LetterTemplate &letterTemplate);
    const QImage &image() const { return m_image; }

    static documents::MeetingDocumentData sampleMeeting(const QString &districtName);
    static documents::Recipient sampleRecipient();

    static constexpr int kDpi = 40; // an A4 page fits the Settings page's column at 1366×768

private:
    QImage m_image;
};

} // namespace tavolo
