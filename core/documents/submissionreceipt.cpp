#include "submissionreceipt.h"

#include "cyclewords.h"
#include "documenthtml.h"
#include "italiandates.h"
#include "italianwords.h"
#include "pagedoutput.h"
#include "pagedtable.h"
#include "safefilename.h"

#include <QTextDocument>

namespace tavolo::documents {

namespace {

QString channelPhrase(Channel channel)
{
    switch (channel) {
    case Channel::Pec:
        return QStringLiteral("tramite PEC");
    case Channel::Email:
        return QStringLiteral("tramite posta elettronica");
    case Channel::Hand:
        return QStringLiteral("con consegna a mano");
    case Channel::Post:
        return QStringLiteral("per posta");
    }
    return {};
}

} // namespace

SubmissionReceipt::SubmissionReceipt(Letterhead letterhead, SubmissionReceiptData data)
    : m_letterhead(std::move(letterhead))
    , m_data(std::move(data))
    , m_logo(flattenedLogo(m_letterhead))
{ }

QString SubmissionReceipt::subject() const
{
    return QStringLiteral("%1 – ricevuta dell'istanza (%2)")
        .arg(m_data.call.title, m_data.submission.form);
}

QString SubmissionReceipt::fileName() const
{
    const SubmissionEntry &s = m_data.submission;
    return safefilename::make(
        QStringLiteral("Ricevuta %1 %2").arg(s.protocolNumber, s.body).simplified(),
        QStringLiteral("pdf"));
}

QString SubmissionReceipt::timingParagraph() const
{
    const SubmissionEntry &s = m_data.submission;
    const QString due = italian::deadline(m_data.form);
    if (!s.late)
        return QStringLiteral("<p align=\"justify\">L'istanza è pervenuta <b>entro il termine</b> "
                              "fissato dall'avviso per questo modulo (%1).</p>")
            .arg(due);
    QString out =
        QStringLiteral("<p align=\"justify\">L'istanza è pervenuta <b>oltre il termine</b> fissato "
                       "dall'avviso per questo modulo (%1) ed è pertanto <b>fuori termine</b>.")
            .arg(due);
    const QString reason = s.decisionReason.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(", con la seguente motivazione: «%1»")
              .arg(html::escaped(italian::withoutFinalStop(s.decisionReason)));
    const QString on = s.decidedOn.isValid()
        ? QStringLiteral("Con decisione del %1").arg(italian::longDate(s.decidedOn))
        : QStringLiteral("Con decisione dell'Ufficio");
    switch (s.decision.value_or(Decision::Pending)) {
    case Decision::Admitted:
        out += QStringLiteral(" %1 l'istanza è stata <b>ammessa</b>%2.").arg(on, reason);
        break;
    case Decision::NotAdmitted:
        out += QStringLiteral(" %1 l'istanza <b>non è stata ammessa</b>%2.").arg(on, reason);
        break;
    case Decision::Pending:
        out += QStringLiteral(" L'Ufficio di Piano deciderà in merito alla sua ammissione con "
                              "decisione motivata, che sarà comunicata al referente indicato.");
        break;
    }
    if (s.notInFirstSynthesis)
        out += QStringLiteral(" I dati trasmessi non potranno essere inclusi nella prima sintesi "
                              "presentata al primo incontro dei tavoli.");
    return out + QStringLiteral("</p>");
}

QString SubmissionReceipt::html() const
{
    using html::escaped;
    const SubmissionEntry &s = m_data.submission;
    const CallInfo &call = m_data.call;
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out += QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: "
               "12px;\"><tr><td width=\"50%\" valign=\"top\">Prot. n. %1<br/>del %2</td>"
               "<td width=\"50%\" valign=\"top\" align=\"right\">%3%4</td></tr></table>")
               .arg(m_data.protocolNumber.isEmpty() ? QStringLiteral("__________")
                                                    : escaped(m_data.protocolNumber),
                    italian::shortDate(m_data.date),
                    m_letterhead.place.trimmed().isEmpty()
                        ? QString()
                        : escaped(m_letterhead.place.trimmed()) + QStringLiteral(", "),
                    italian::longDate(m_data.date));
    QString recipient = QStringLiteral("Spett.le<br/><b>%1</b>").arg(escaped(s.body));
    if (!s.contactName.trimmed().isEmpty())
        recipient += QStringLiteral("<br/>c.a. %1").arg(escaped(s.contactName.trimmed()));
    if (!m_data.recipientAddress.isEmpty())
        recipient += QStringLiteral("<br/>%1").arg(escaped(m_data.recipientAddress));
    out += QStringLiteral("<p style=\"margin-top: 12px; margin-left: 1044px; line-height: "
                          "100%;\">%1</p>")
               .arg(recipient);
    out += QStringLiteral("<p style=\"margin-top: 14px; margin-left: 225px; text-indent: -225px;"
                          "\"><b>Oggetto:</b>&nbsp;<b>%1</b></p>")
               .arg(escaped(subject()));
    QString callName = QStringLiteral("«%1»").arg(escaped(call.title));
    if (!call.reference.isEmpty())
        callName += QStringLiteral(" (%1)").arg(escaped(call.reference));
    if (!call.cycleName.isEmpty())
        callName += QStringLiteral(", relativo al %1,").arg(escaped(call.cycleName));
    out += QStringLiteral(
               "<p align=\"justify\" style=\"margin-top: 10px;\">Si attesta che l'istanza "
               "presentata da <b>%1</b> in risposta all'avviso %2 sul modulo «%3», è pervenuta "
               "a questo Ufficio <b>%4</b> %5 ed è stata registrata al protocollo in entrata "
               "con il n. <b>%6</b>.</p>")
               .arg(escaped(s.body), callName, escaped(s.form),
                    escaped(italian::runningDateTime(s.received.date(), s.received.time())),
                    channelPhrase(s.channel),
                    s.protocolNumber.isEmpty() ? QStringLiteral("__________")
                                               : escaped(s.protocolNumber));
    if (!s.tables.isEmpty())
        out += QStringLiteral("<p>Tavoli di lavoro indicati:</p>") + html::bulletList(s.tables);
    out += timingParagraph();
    if (!s.contactName.trimmed().isEmpty())
        out += QStringLiteral("<p align=\"justify\">Le comunicazioni relative al percorso di "
                              "programmazione saranno inviate al referente indicato, %1.</p>")
                   .arg(escaped(s.contactName.trimmed()));
    out += QStringLiteral("<p>Distinti saluti.</p>");
    out += QStringLiteral("<p align=\"center\" style=\"margin-top: 18px; margin-left: 843px; "
                          "line-height: 100%;\">%1<br/><b>%2</b><br/><span style=\"font-size: "
                          "8.5pt;\">%3</span></p></body></html>")
               .arg(escaped(m_letterhead.signatoryTitle), escaped(m_letterhead.signatoryName),
                    escaped(m_letterhead.signatureNote()));
    return out;
}

std::unique_ptr<QTextDocument> SubmissionReceipt::document() const
{
    auto document = html::newDocument(m_logo);
    document->setHtml(html());
    html::sealImages(*document);
    return document;
}

QImage SubmissionReceipt::previewImage(int dpi) const
{
    auto doc = document();
    return PagedOutput::renderPage(*doc, 0, m_letterhead.footerLine(), dpi);
}

Result<int> SubmissionReceipt::writePdf(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document();
    return pagedtable::writePdf(path, *doc, m_letterhead, subject());
}

} // namespace tavolo::documents
