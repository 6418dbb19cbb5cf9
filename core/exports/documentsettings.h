#pragma once

#include "core/documents/letterhead.h"
#include "core/documents/lettertemplate.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// The letterhead, signatory and letter template as kept in the archive (document_settings),
// with defaults good enough for the first export to look like an Italian public
// administration's letter.
class DocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSettings)
public:
    explicit DocumentSettings(Archive &archive);

    documents::Letterhead letterhead() const; // the logo as a file written next to the archive
    documents::LetterTemplate letterTemplate() const;
    QString districtName() const;

    // The keys the clerk may set: enteName, officeName, address, contacts, officePec,
    // signatoryName, signatoryTitle, place, districtName; plus the logo image and the template.
    static QStringList keys();
    Result<Done> set(const QMap<QString, QString> &values);
    Result<Done> setLogo(const QString &imagePath);         // stored in the archive
    Result<Done> setTemplate(const QString &htmlPath);      // validated before it is stored
    Result<Done> setTemplateHtml(const QString &html);      // the same, from the GUI's editor
    Result<Done> resetTemplate();                           // back to the Italian default

private:
    Archive &m_archive;
};

} // namespace tavolo
