#include "columnmapping.h"

#include "importvalues.h"

#include <QHash>

namespace tavolo {

namespace {

using Synonyms = QList<QPair<QString, QStringList>>; // field → folded header names

Synonyms synonyms(ColumnMapping::Kind kind)
{
    const auto names = [](std::initializer_list<const char *> texts) {
        QStringList out;
        for (const char *text : texts)
            out << ImportValues::folded(QString::fromUtf8(text));
        return out;
    };
    const QPair<QString, QStringList> shared[] = {
        {QStringLiteral("pec"),
         names({"pec", "email pec", "e-mail pec", "indirizzo pec", "posta elettronica certificata",
                "certified email"})},
        {QStringLiteral("email"),
         names({"email", "e-mail", "mail", "posta elettronica", "indirizzo email",
                "indirizzo e-mail"})},
        {QStringLiteral("phone"),
         names({"telefono", "tel", "tel.", "cellulare", "recapito telefonico", "phone",
                "telephone"})},
        {QStringLiteral("notes"), names({"note", "notes", "annotazioni", "osservazioni"})},
    };
    Synonyms out;
    if (kind == ColumnMapping::Kind::Organisations) {
        out << qMakePair(
            QStringLiteral("name"),
            names({"denominazione", "ragione sociale", "nome", "nome ente", "ente",
                   "denominazione ente", "organizzazione", "name", "organisation", "organization"}))
            << qMakePair(QStringLiteral("taxCode"),
                         names({"codice fiscale", "cod. fiscale", "cod fiscale", "c.f.", "cf",
                                "codice fiscale ente", "tax code", "taxcode", "fiscal code"}))
            << qMakePair(QStringLiteral("category"),
                         names({"categoria", "tipologia", "tipologia ente", "tipo", "category"}))
            << qMakePair(QStringLiteral("runtsSection"),
                         names({"sezione runts", "sezione", "runts section", "runtssection"}))
            << qMakePair(QStringLiteral("runtsNumber"),
                         names({"numero runts", "n. runts", "repertorio", "numero repertorio",
                                "numero iscrizione", "runts number", "runtsnumber"}))
            << qMakePair(QStringLiteral("comune"),
                         names({"comune", "citta", "città", "localita", "località", "comune sede",
                                "city", "municipality"}))
            << qMakePair(
                   QStringLiteral("address"),
                   names({"indirizzo", "sede", "sede legale", "via", "indirizzo sede", "address"}))
            << qMakePair(QStringLiteral("active"),
                         names({"attivo", "attiva", "attivo/a", "active"}));
    } else {
        out << qMakePair(QStringLiteral("givenName"),
                         names({"nome", "given name", "givenname", "first name", "firstname"}))
            << qMakePair(QStringLiteral("familyName"),
                         names({"cognome", "family name", "familyname", "last name", "lastname",
                                "surname"}))
            << qMakePair(QStringLiteral("taxCode"),
                         names({"codice fiscale", "cod. fiscale", "cod fiscale", "c.f.", "cf",
                                "tax code", "taxcode", "fiscal code"}))
            << qMakePair(
                   QStringLiteral("organisation"),
                   names({"ente", "organizzazione", "ente di appartenenza", "denominazione ente",
                          "codice fiscale ente", "cf ente", "organisation", "organization"}));
    }
    for (const auto &pair : shared)
        out << pair;
    return out;
}

} // namespace

QStringList ColumnMapping::fields(Kind kind)
{
    QStringList out;
    for (const auto &pair : synonyms(kind))
        out << pair.first;
    return out;
}

QStringList ColumnMapping::requiredFields(Kind kind)
{
    if (kind == Kind::Organisations)
        return {QStringLiteral("name"), QStringLiteral("taxCode")};
    return {QStringLiteral("givenName"), QStringLiteral("familyName")};
}

Result<ColumnMapping> ColumnMapping::build(Kind kind, const QStringList &header,
                                           const QStringList &overrides)
{
    const QStringList known = fields(kind);
    Problems problems;
    const auto refuse = [&problems](const QString &message) {
        problems << Problem::refused(QStringLiteral("IMPORT-COLUMNS"), message);
    };
    // Column index → field, "-" for ignored; first from the overrides, then automatically.
    QHash<int, QString> chosen;
    for (const QString &text : overrides) {
        const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            refuse(tr("\"%1\" is not a column mapping: write COLUMN=FIELD.").arg(text));
            continue;
        }
        const QString column = text.left(eq).trimmed();
        const QString field = text.mid(eq + 1).trimmed();
        if (field != QLatin1String("-") && !known.contains(field)) {
            refuse(tr("Unknown field \"%1\" in \"%2\". Fields: %3, or - to ignore the column.")
                       .arg(field, text, known.join(QStringLiteral(", "))));
            continue;
        }
        bool matched = false;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0
                || ImportValues::folded(header.at(i)) == ImportValues::folded(column)) {
                chosen.insert(i, field);
                matched = true;
            }
        }
        if (!matched)
            refuse(tr("The file has no column \"%1\". Its columns: %2.")
                       .arg(column, header.join(QStringLiteral(", "))));
    }
    const Synonyms table = synonyms(kind);
    for (int i = 0; i < header.size(); ++i) {
        if (chosen.contains(i))
            continue;
        const QString key = ImportValues::folded(header.at(i));
        for (const auto &pair : table) {
            if (pair.second.contains(key) || ImportValues::folded(pair.first) == key) {
                chosen.insert(i, pair.first);
                break;
            }
        }
    }
    ColumnMapping mapping;
    QHash<QString, int> columnOf;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = chosen.value(i);
        if (field.isEmpty() || field == QLatin1String("-")) {
            if (!header.at(i).trimmed().isEmpty())
                mapping.m_ignored << header.at(i).trimmed();
            continue;
        }
        if (columnOf.contains(field)) {
            refuse(tr("Both column \"%1\" and column \"%2\" would fill the field %3: map one of "
                      "them to another field or to - with --map.")
                       .arg(header.at(columnOf.value(field)), header.at(i), field));
            continue;
        }
        columnOf.insert(field, i);
        mapping.m_columns.insert(i, field);
    }
    for (const QString &field : requiredFields(kind)) {
        if (!columnOf.contains(field))
            refuse(tr("No column gives the field %1. Name a column for it with --map "
                      "COLUMN=%1. The file's columns: %2.")
                       .arg(field, header.join(QStringLiteral(", "))));
    }
    if (!problems.isEmpty())
        return Result<ColumnMapping>::refused(problems);
    return Result<ColumnMapping>::ok(mapping);
}

} // namespace tavolo
