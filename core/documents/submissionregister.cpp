#include "submissionregister.h"

#include "core/domain/clock.h"
#include "cyclewords.h"
#include "documenthtml.h"
#include "italiandates.h"

#include <algorithm>

namespace tavolo::documents {

namespace {

// The forms and tables of the call, then any a submission names that the call does not list.
QStringList withExtra(QStringList names, const QList<SubmissionEntry> &rows,
                      const std::function<QStringList(const SubmissionEntry &)> &of)
{
    for (const SubmissionEntry &s : rows)
        for (const QString &name : of(s))
            if (!name.isEmpty() && !names.contains(name))
                names << name;
    return names;
}

// How many of `rows` match, and how many of those are late.
QStringList counts(const QList<SubmissionEntry> &rows,
                   const std::function<bool(const SubmissionEntry &)> &matches)
{
    qsizetype total = 0;
    qsizetype late = 0;
    for (const SubmissionEntry &s : rows) {
        if (!matches(s))
            continue;
        ++total;
        late += s.late ? 1 : 0;
    }
    return {QString::number(total), QString::number(late)};
}

// A summary table: the heading cells, then rows of cells already escaped; the last columns
// are numbers.
QString countsTable(const QStringList &heads, const QList<QStringList> &rows)
{
    QStringList headCells;
    for (qsizetype i = 0; i < heads.size(); ++i)
        headCells << (i == 0 ? QStringLiteral("<th align=\"left\">%1</th>").arg(heads.at(i))
                             : QStringLiteral("<th width=\"13%\">%1</th>").arg(heads.at(i)));
    QString out = pagedtable::tableOpening(QString(), 8.5) + pagedtable::headerRow(headCells);
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr><td>%1</td>").arg(r.at(0));
        for (qsizetype i = 1; i < r.size(); ++i)
            out += QStringLiteral("<td align=\"right\">%1</td>").arg(r.at(i));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace

SubmissionRegister::SubmissionRegister(Letterhead letterhead, SubmissionRegisterData data,
                                       Version version)
    : PagedTableDocument(std::move(letterhead))
    , m_data(std::move(data))
    , m_version(version)
{ }

QString SubmissionRegister::title() const
{
    return m_version == Version::Publication
        ? QStringLiteral("Elenco delle istanze pervenute – %1").arg(m_data.call.title)
        : QStringLiteral("Registro delle istanze pervenute – %1").arg(m_data.call.title);
}

QList<SubmissionEntry> SubmissionRegister::sorted() const
{
    QList<SubmissionEntry> rows = m_data.submissions;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SubmissionEntry &a, const SubmissionEntry &b) {
                         if (a.received != b.received)
                             return a.received < b.received;
                         return a.protocolNumber < b.protocolNumber;
                     });
    return rows;
}

QString SubmissionRegister::summary(const QList<SubmissionEntry> &rows) const
{
    const qsizetype lateCount =
        std::count_if(rows.begin(), rows.end(), [](const SubmissionEntry &s) { return s.late; });
    QString out = QStringLiteral("<p style=\"margin-top: 8px;\"><b>Istanze pervenute:</b> %1, "
                                 "di cui <b>%2 fuori termine</b>.</p>")
                      .arg(rows.size())
                      .arg(lateCount);

    QStringList formNames;
    for (const CallFormInfo &f : m_data.call.forms)
        formNames << f.name;
    formNames =
        withExtra(formNames, rows, [](const SubmissionEntry &s) { return QStringList {s.form}; });
    QList<QStringList> formRows;
    for (const QString &name : formNames) {
        QString due;
        for (const CallFormInfo &f : m_data.call.forms)
            if (f.name == name)
                due = italian::shortDate(f.deadline)
                    + (f.deadlineTime.isValid() ? QStringLiteral(" %1").arg(
                           f.deadlineTime.toString(QStringLiteral("HH:mm")))
                                                : QString());
        formRows << QStringList {html::escaped(name), due}
                + counts(rows, [&name](const SubmissionEntry &s) { return s.form == name; });
    }
    out += QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 0px;\"><b>Per modulo</b></p>")
        + countsTable({QStringLiteral("Modulo"), QStringLiteral("Scadenza"),
                       QStringLiteral("Pervenute"), QStringLiteral("Fuori termine")},
                      formRows);

    const QStringList tables =
        withExtra(m_data.call.tables, rows, [](const SubmissionEntry &s) { return s.tables; });
    if (!tables.isEmpty()) {
        QList<QStringList> tableRows;
        for (const QString &table : tables) {
            tableRows << QStringList {html::escaped(table)}
                    + counts(rows, [&table](const SubmissionEntry &s) {
                             return s.tables.contains(table);
                         });
        }
        out += QStringLiteral(
                   "<p style=\"margin-top: 6px; margin-bottom: 0px;\"><b>Per tavolo scelto</b></p>")
            + countsTable({QStringLiteral("Tavolo"), QStringLiteral("Istanze"),
                           QStringLiteral("Fuori termine")},
                          tableRows);
    }
    return out;
}

QString SubmissionRegister::row(int number, const SubmissionEntry &s) const
{
    // Protocol, date and time, channel in one cell; on time or late with the decision in
    // another: the register stays readable on an A4 page in portrait.
    const QString received = QStringLiteral("<b>%1</b><br/>%2<br/>ore %3, %4")
                                 .arg(s.protocolNumber.isEmpty() ? QStringLiteral("s.n.")
                                                                 : html::escaped(s.protocolNumber),
                                      italian::shortDate(s.received.date()),
                                      s.received.time().toString(QStringLiteral("HH:mm")),
                                      italian::channelLabel(s.channel));
    QString outcome =
        s.late ? QStringLiteral("<b>FUORI TERMINE</b>") : QStringLiteral("nei termini");
    QString decision = italian::decisionLabel(s.decision);
    if (s.decidedOn.isValid())
        decision += QStringLiteral(" il ") + italian::shortDate(s.decidedOn);
    if (!decision.isEmpty())
        outcome += QStringLiteral("<br/>") + html::escaped(decision);
    if (!s.decisionReason.trimmed().isEmpty())
        outcome += QStringLiteral("<br/><i>%1</i>").arg(html::escaped(s.decisionReason.trimmed()));
    if (s.notInFirstSynthesis)
        outcome += QStringLiteral("<br/>non inclusa nella prima sintesi");
    QString out =
        QStringLiteral("<tr%1><td align=\"right\">%2</td><td>%3</td><td><b>%4</b></td>"
                       "<td>%5</td><td>%6</td><td>%7</td>")
            .arg(s.late ? QStringLiteral(" style=\"background-color: #fbe9e7;\"") : QString())
            .arg(number)
            .arg(received, html::escaped(s.body), html::escaped(s.form),
                 html::escaped(s.tables.join(QStringLiteral("; "))), outcome);
    if (m_version == Version::Office) {
        QString contact = html::escaped(s.contactName);
        if (!s.contactEmail.isEmpty())
            contact += (contact.isEmpty() ? QString() : QStringLiteral("<br/>"))
                + html::escaped(s.contactEmail);
        out += QStringLiteral("<td>%1</td>").arg(contact);
    }
    return out + QStringLiteral("</tr>");
}

PagedTable SubmissionRegister::pagedTable() const
{
    const QList<SubmissionEntry> rows = sorted();
    const CallInfo &call = m_data.call;
    PagedTable p;
    QString before = letterheadBlock();
    before += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; "
                             "margin-top: 10px;\">%1</p>")
                  .arg(m_version == Version::Publication
                           ? QStringLiteral("Elenco delle istanze pervenute")
                           : QStringLiteral("Registro delle istanze pervenute"));
    QString reference = html::escaped(call.reference);
    if (call.published.isValid())
        reference += (reference.isEmpty() ? QStringLiteral("pubblicato il ")
                                          : QStringLiteral(", pubblicato il "))
            + italian::longDate(call.published);
    before += QStringLiteral("<p align=\"center\"><b>%1</b><br/>%2%3<br/>situazione al %4</p>")
                  .arg(html::escaped(call.title), html::escaped(call.cycleName),
                       reference.isEmpty() ? QString() : QStringLiteral(" – ") + reference,
                       italian::longDate(m_data.asOf.isValid() ? m_data.asOf : Clock::today()));
    before += summary(rows);

    const bool office = m_version == Version::Office;
    p.tableStart = [office](bool first) {
        QStringList head = {QStringLiteral("<th width=\"4%\">N.</th>"),
                            QStringLiteral("<th width=\"15%\" align=\"left\">Protocollo e "
                                           "ricezione</th>"),
                            QStringLiteral("<th align=\"left\">Ente</th>"),
                            QStringLiteral("<th width=\"14%\" align=\"left\">Modulo</th>"),
                            QStringLiteral("<th width=\"16%\" align=\"left\">Tavoli scelti</th>"),
                            QStringLiteral("<th width=\"15%\" align=\"left\">Termini ed "
                                           "esito</th>")};
        if (office)
            head << QStringLiteral("<th width=\"17%\" align=\"left\">Referente</th>");
        return pagedtable::tableOpening(pagedtable::pageBreak(first), 8.0)
            + pagedtable::headerRow(head);
    };
    int number = 0;
    for (const SubmissionEntry &s : rows)
        p.rows << row(++number, s);
    p.before = before;
    p.after = office
        ? QStringLiteral("<p style=\"margin-top: 12px; font-size: 8.5pt;\"><i>Documento a uso "
                         "interno dell'Ufficio: contiene i dati di contatto dei referenti, da non "
                         "pubblicare.</i></p>")
        : QStringLiteral("<p style=\"margin-top: 12px; font-size: 8.5pt;\"><i>Elenco pubblicato "
                         "ai fini di trasparenza; i dati di contatto dei referenti sono omessi in "
                         "applicazione del principio di minimizzazione dei dati (art. 5, par. 1, "
                         "lett. c, del Regolamento (UE) 2016/679).</i></p>");
    return p;
}

} // namespace tavolo::documents
