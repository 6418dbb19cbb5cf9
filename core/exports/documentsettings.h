#pragma once

#include "core/documents/letterhead.h"
#include "core/documents/lettertemplate.h"
#include "core/domain/office.h"

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
    // The office's title as the documents print it, in Italian whatever the interface
    // language. The health authority's two titles are settings (aslSocialDirectorTitle,
    // aslDistrictDirectorTitle): Lombardy's ASL became ATS/ASST (L.R. 23/2015) and other
    // regions name them otherwise; the defaults are the Sondrio regulation's words.
    QString officeTitle(Office office) const;
    // Whether the signatory also receives a letter (lettersToSignatory=yes); by default not:
    // nobody is sent a letter signed by herself.
    bool lettersToSignatory() const;
    // Every key of keys() with the value the documents use (the default where none is set):
    // what `tavolo-cli letterhead` prints and what the settings page starts from.
    QMap<QString, QString> values() const;

    // The keys the clerk may set: enteName, officeName, address, contacts, officePec,
    // signatoryName, signatoryTitle, place, districtName, signature (printed | digital),
    // lettersToSignatory (yes | no), aslSocialDirectorTitle, aslDistrictDirectorTitle; plus
    // the logo image and the template.
    static QStringList keys();
    // The values a key accepts, when it accepts only some ("signature": printed, digital).
    static QStringList choices(const QString &key);
    Result<Done> set(const QMap<QString, QString> &values);
    Result<Done> setLogo(const QString &imagePath); // stored in the archive
    Result<Done> setTemplate(const QString &htmlPath); // validated before it is stored
    Result<Done> setTemplateHtml(const QString &html); // the same, from the GUI's editor
    Result<Done> resetTemplate(); // back to the Italian default

private:
    Archive &m_archive;
};

} // namespace tavolo
