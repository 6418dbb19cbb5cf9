#include "adherentslist.h"

#include "core/domain/clock.h"
#include "documenthtml.h"
#include "italiandates.h"

#include <algorithm>

namespace tavolo::documents {

AdherentsList::AdherentsList(Letterhead letterhead, AdherentsListData data)
    : PagedTableDocument(std::move(letterhead))
    , m_data(std::move(data))
{ }

QString AdherentsList::title() const
{
    return QStringLiteral("Aderenti all'accordo di programma – %1").arg(m_data.cycleName);
}

PagedTable AdherentsList::pagedTable() const
{
    QList<AdherentsListData::Adherent> rows = m_data.adherents;
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const AdherentsListData::Adherent &a, const AdherentsListData::Adherent &b) {
            if (a.requestDate != b.requestDate)
                return a.requestDate < b.requestDate;
            return a.body.localeAwareCompare(b.body) < 0;
        });
    PagedTable p;
    p.before = letterheadBlock();
    p.before +=
        QStringLiteral("<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; "
                       "margin-top: 10px;\">Elenco degli aderenti all'accordo di programma</p>"
                       "<p align=\"center\"><b>%1</b>%2</p>")
            .arg(html::escaped(m_data.cycleName),
                 m_data.ambito.isEmpty() ? QString()
                                         : QStringLiteral(" – ") + html::escaped(m_data.ambito));
    QString agreement = QStringLiteral("Accordo di programma");
    if (!m_data.agreementAct.isEmpty())
        agreement += QStringLiteral(": ") + html::escaped(m_data.agreementAct);
    if (m_data.agreementDate.isValid())
        agreement += QStringLiteral(" del ") + italian::longDate(m_data.agreementDate);
    p.before += QStringLiteral("<p>%1.</p>").arg(agreement);
    p.before += QStringLiteral(
        "<p align=\"justify\">Gli organismi rappresentativi del Terzo settore e gli altri attori "
        "territoriali che hanno partecipato all'elaborazione del Piano di Zona possono aderire, "
        "su loro richiesta, all'accordo di programma. Hanno aderito:</p>");
    p.tableStart = [](bool first) {
        return pagedtable::tableOpening(pagedtable::pageBreak(first), 9.5)
            + pagedtable::headerRow({QStringLiteral("<th width=\"6%\">N.</th>"),
                                     QStringLiteral("<th align=\"left\">Ente</th>"),
                                     QStringLiteral("<th width=\"18%\">Richiesta del</th>"),
                                     QStringLiteral("<th width=\"32%\" align=\"left\">Atto</th>")});
    };
    int number = 0;
    for (const AdherentsListData::Adherent &a : rows)
        p.rows << QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td>"
                                 "<td align=\"center\">%3</td><td>%4</td></tr>")
                      .arg(++number)
                      .arg(html::escaped(a.body), italian::shortDate(a.requestDate),
                           html::escaped(a.act));
    if (rows.isEmpty())
        p.rows << QStringLiteral(
            "<tr><td colspan=\"4\"><i>Nessuna adesione registrata.</i></td></tr>");
    p.after =
        QStringLiteral("<p style=\"margin-top: 12px;\">Aderenti: %1. Elenco aggiornato al %2.</p>")
            .arg(rows.size())
            .arg(italian::longDate(m_data.asOf.isValid() ? m_data.asOf : Clock::today()));
    return p;
}

} // namespace tavolo::documents
