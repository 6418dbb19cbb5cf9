#include "safefilename.h"

#include <QDir>
#include <QRegularExpression>

namespace tavolo::documents::safefilename {

namespace {

QString cleaned(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Invisible format characters (category Cf) go: U+202E RIGHT-TO-LEFT OVERRIDE would
        // show "Rossi\u202Efdp.exe.pdf" as "Rossi" + "exe.pdf" reversed, an attachment that
        // reads as a program.
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else if (QStringLiteral("<>:\"/\\|?*").contains(c))
            out += QLatin1Char('-');
        else
            out += c;
    }
    return out.simplified();
}

QString withoutTrailingDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' '))))
        text.chop(1);
    return text;
}

// Cuts to at most `length` characters at the end of a word, with the separators before it
// (" – ", ", ") gone, and ends it with "…" so that the clerk sees the name was cut: "Registro …
// – Invito al Terzo settore per la…" rather than "… per la programm". Only a word so long that
// the cut would keep less than half is split, never inside a surrogate pair.
QString cut(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    static const QChar ellipsis(0x2026);
    const qsizetype room = qMax<qsizetype>(1, length - 1);
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), room);
    if (space >= room / 2) {
        QString words = text.left(space);
        static const QString separators = QStringLiteral(" -–—,;:.");
        while (!words.isEmpty() && separators.contains(words.back()))
            words.chop(1);
        if (words.size() >= room / 2)
            return words + ellipsis;
    }
    qsizetype end = room;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + ellipsis;
}

QString fit(QString stem, const QString &suffix)
{
    const qsizetype room = qMax<qsizetype>(1, MaxLength - suffix.size());
    stem = withoutTrailingDotsAndSpaces(cut(stem, room));
    if (stem.isEmpty())
        stem = QStringLiteral("documento");
    if (isReservedDeviceName(stem))
        stem += QLatin1Char('_');
    return stem + suffix;
}

} // namespace

bool isReservedDeviceName(const QString &name)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name.trimmed()).hasMatch();
}

QString make(const QString &stem, const QString &extension)
{
    const QString suffix = extension.isEmpty() ? QString() : QLatin1Char('.') + extension;
    return fit(cleaned(stem), suffix);
}

QString unique(const QString &stem, const QString &extension, const QString &directory,
               QSet<QString> &taken)
{
    const QString suffix = extension.isEmpty() ? QString() : QLatin1Char('.') + extension;
    const QString base = cleaned(stem);
    QSet<QString> existing; // Windows compares names case-insensitively
    if (!directory.isEmpty()) {
        const QStringList entries =
            QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System);
        for (const QString &entry : entries)
            existing.insert(entry.toLower());
    }
    for (int n = 1;; ++n) {
        const QString counter = n == 1 ? QString() : QStringLiteral(" (%1)").arg(n);
        QString name = fit(base, counter + suffix);
        const QString key = name.toLower();
        if (taken.contains(key) || existing.contains(key))
            continue;
        taken.insert(key);
        return name;
    }
}

QString freshPath(const QString &directory, const QString &stem, const QString &extension)
{
    QSet<QString> taken;
    return QDir(directory).filePath(unique(stem, extension, directory, taken));
}

} // namespace tavolo::documents::safefilename
