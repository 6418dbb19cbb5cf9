#pragma once

#include "meetingdocumentdata.h"

#include <QString>

namespace tavolo::documents::italian {

// Small pieces of Italian grammar the documents need where a value is put into a sentence.

// A number as running text writes it: "quattro", "ventuno"; digits from 100 on.
QString numberInWords(int n);

// A preposition joined to the article a title takes: articulated("di", "Direttore Sociale")
// is "del Direttore Sociale", articulated("da", "Assemblea") "dall'Assemblea". Only "di" and
// "da", the two the documents use; the article follows the first word (vowel, feminine
// endings of titles: "-essa", "-ice", "-a").
QString articulated(const QString &preposition, const QString &title);

// The article a place takes after "presso": "la " for "Sala consiliare, Sondrio", "l'" for
// "Aula magna", when its first word is a common noun of a place whose article is known;
// empty for any other text (a proper name, text that already has its article).
QString placeArticle(const QString &place);

// A quotation closed by the sentence around it: without its own final full stop, so that
// «…dell'Ambito». does not read «…dell'Ambito.».
QString withoutFinalStop(const QString &text);

// What follows the table's name: " dell'Ambito di Sondrio", " – Distretto Valchiavenna".
QString districtSuffix(const QString &district);

// "seduta ordinaria", "seduta straordinaria", "seduta congiunta", "riunione" (of a group).
QString meetingKindLabel(MeetingKind kind);

// A planning meeting's body with its level: "tavolo di lavoro «Minori, giovani e famiglie» del
// sub-ambito Casalasco", "plenaria dei tavoli di programmazione dell'Ambito Oglio Po",
// "tavolo di co-programmazione «Vita indipendente» dell'Ambito Oglio Po".
QString planningBody(const PlanningInfo &planning);

// The meeting as running text names it, lower-case: "seduta ordinaria del Tavolo del Terzo
// Settore dell'Ambito di Sondrio", "riunione del gruppo di lavoro «Minori» del Tavolo del
// Terzo Settore dell'Ambito di Sondrio", "seduta del tavolo di lavoro «…» del sub-ambito …",
// "seduta plenaria dei tavoli di programmazione dell'Ambito …".
QString meetingName(const MeetingDocumentData &meeting);

// The same with a capital initial, for headings and calendar titles.
QString meetingTitle(const MeetingDocumentData &meeting);

} // namespace tavolo::documents::italian
