#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace tavolo {

// Which column of a spreadsheet feeds which field of the register (the JSON names of domain.md:
// "name", "taxCode", …). Headers are recognised in Italian and English ("Denominazione",
// "Ragione sociale", "Codice fiscale", "PEC", "Comune", …); the clerk may override any column
// with "column=field", or "column=-" to ignore it.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    enum class Kind { Organisations, People };

    static QStringList fields(Kind kind); // every field a column may feed
    static QStringList requiredFields(Kind kind); // the columns a file must have

    // Maps `header`; `overrides` are "column=field" texts. Refused when an override is malformed
    // or names an unknown column or field, when two columns feed one field, or when a required
    // field has no column. Unrecognised columns are ignored with a warning.
    static Result<ColumnMapping> build(Kind kind, const QStringList &header,
                                       const QStringList &overrides = {});

    // Column index → field.
    const QMap<int, QString> &columns() const { return m_columns; }
    QStringList ignored() const { return m_ignored; } // header names of unmapped columns

private:
    QMap<int, QString> m_columns;
    QStringList m_ignored;
};

} // namespace tavolo
