#pragma once

// poppler-utils from the tests: documents are checked by content (architecture.md). The tools
// run through hosttools, so the Windows build's tests use them too under Wine.

#include "hosttools.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pdftools {

inline QString run(const QString &program, const QStringList &arguments)
{
    const hosttools::Run result = hosttools::run(program, arguments, 30000);
    if (!result.started || result.exitCode != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(result.err));
    return QString::fromUtf8(result.out);
}

// Text with the layout kept, whitespace collapsed so phrases wrapped across lines still match.
inline QString text(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), hosttools::hostPath(pdf),
                QStringLiteral("-")})
        .simplified();
}

// The words of each page, in the order pdftotext -bbox gives them (the content stream's):
// which page a word is printed on, whatever the columns around it.
inline QList<QStringList> pageWords(const QString &pdf)
{
    const QString bbox =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
             hosttools::hostPath(pdf), QStringLiteral("-")});
    static const QRegularExpression tag(QStringLiteral("<page |<word [^>]*>([^<]*)</word>"));
    QList<QStringList> pages;
    for (const QRegularExpressionMatch &m : tag.globalMatch(bbox)) {
        if (m.captured(0).startsWith(QLatin1String("<page ")))
            pages.append(QStringList());
        else if (!pages.isEmpty())
            pages.last().append(m.captured(1));
    }
    return pages;
}

// A word of pdftotext -bbox with its box in points, from the page's top left corner.
struct Word
{
    QString text;
    double top = 0;
    double bottom = 0;
};

// The words of each page with their boxes.
inline QList<QList<Word>> pageWordBoxes(const QString &pdf)
{
    const QString bbox =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
             hosttools::hostPath(pdf), QStringLiteral("-")});
    static const QRegularExpression tag(
        QStringLiteral("<page |<word xMin=\"[^\"]*\" yMin=\"([^\"]*)\" xMax=\"[^\"]*\" "
                       "yMax=\"([^\"]*)\">([^<]*)</word>"));
    QList<QList<Word>> pages;
    for (const QRegularExpressionMatch &m : tag.globalMatch(bbox)) {
        if (m.captured(0).startsWith(QLatin1String("<page ")))
            pages.append(QList<Word>());
        else if (!pages.isEmpty())
            pages.last().append(
                Word {m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return pages;
}

inline QString info(const QString &pdf)
{
    return run(QStringLiteral("pdfinfo"), {hosttools::hostPath(pdf)});
}

inline QString metadata(const QString &pdf)
{
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), hosttools::hostPath(pdf)});
}

inline int pages(const QString &pdf)
{
    for (const QString &line : info(pdf).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// pdffonts rows (after the two header lines): one per font, "emb" is the 5th column from
// the right end; returns the rows whose "emb" column is not "yes". A pdffonts that is missing
// or fails, and a PDF without fonts (every document has text), are failures too: then the one
// entry says so, so that "nothing not embedded" cannot be the answer of a check that never ran.
inline QStringList fontsNotEmbedded(const QString &pdf, int *fontCount = nullptr)
{
    const QString output = run(QStringLiteral("pdffonts"), {hosttools::hostPath(pdf)});
    if (output.startsWith(QLatin1String("<pdffonts failed")))
        return {output};
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList bad;
    int count = 0;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 6)
            continue;
        ++count;
        // … emb sub uni object ID  →  emb is columns[size - 5]
        if (columns.at(columns.size() - 5) != QLatin1String("yes"))
            bad << lines.at(i);
    }
    if (fontCount)
        *fontCount = count;
    if (count == 0)
        bad << QStringLiteral("pdffonts lists no font in %1").arg(pdf);
    return bad;
}

} // namespace pdftools
