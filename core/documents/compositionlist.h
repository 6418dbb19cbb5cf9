#pragma once

#include "core/domain/result.h"
#include "letterhead.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// One line of the published composition. Deliberately no contact fields: the list goes on
// the ente's website, so e-mail, PEC, telephone and tax codes cannot leak (GDPR).
struct CompositionEntry
{
    QString name;
    QString organisation;
    QString category; // "Cooperative sociali e organismi della cooperazione", "Membro di diritto"
};

// Composizione del Tavolo per la pubblicazione, as of a date (R-J).
class CompositionList
{
    Q_DECLARE_TR_FUNCTIONS(CompositionList)

public:
    CompositionList(Letterhead letterhead, QString tableName, QDate asOf);

    QString html(const QList<CompositionEntry> &entries) const;
    std::unique_ptr<QTextDocument> document(const QList<CompositionEntry> &entries) const;
    QImage previewImage(const QList<CompositionEntry> &entries, int dpi = 60) const;
    Result<int> writePdf(const QString &path, const QList<CompositionEntry> &entries) const;

private:
    Letterhead m_letterhead;
    QString m_tableName;
    QDate m_asOf;
    QImage m_logo;
};

} // namespace tavolo::documents
