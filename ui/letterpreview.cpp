#include "letterpreview.h"

#include "core/documents/letterrenderer.h"
#include "core/domain/clock.h"

#include <QPixmap>

namespace tavolo {

LetterPreview::LetterPreview(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("letterPreview"));
    setAccessibleName(tr("Preview of a sample convocation letter"));
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    // The page is white paper whatever the desktop's colours.
    setStyleSheet(QStringLiteral("QLabel { background: #808080; padding: 6px; }"));
}

documents::MeetingDocumentData LetterPreview::sampleMeeting(const QString &districtName)
{
    // Italian sample data: the letter is always written in Italian.
    documents::MeetingDocumentData meeting;
    meeting.meetingId = QStringLiteral("preview");
    meeting.districtName = districtName;
    meeting.date = Clock::today().addDays(1);
    meeting.time = QTime(16, 30);
    meeting.place = QStringLiteral("Sala consiliare, Via Nazionale 20");
    meeting.agenda = {QStringLiteral("Approvazione del verbale della seduta precedente"),
                      QStringLiteral("Piano di Zona: proposte del Terzo Settore")};
    meeting.protocolNumber = QStringLiteral("1234");
    meeting.protocolDate = Clock::today();
    return meeting;
}

documents::Recipient LetterPreview::sampleRecipient()
{
    documents::Recipient recipient;
    recipient.name = QStringLiteral("Mario Rossi");
    recipient.role = QStringLiteral("Rappresentante — Cooperative sociali");
    recipient.organisation = QStringLiteral("Cooperativa Sociale Il Sentiero");
    recipient.pec = QStringLiteral("ilsentiero@pec.it");
    return recipient;
}

void LetterPreview::render(const documents::Letterhead &letterhead, const QString &districtName,
                           const documents::LetterTemplate &letterTemplate)
{
    const documents::LetterRenderer renderer(letterhead, sampleMeeting(districtName),
                                             letterTemplate);
    m_image = renderer.previewImage(sampleRecipient(), kDpi);
    setPixmap(QPixmap::fromImage(m_image));
}

} // namespace tavolo
