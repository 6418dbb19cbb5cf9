#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace tavolo::cli {

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Output::line(const QString &text)
{
    m_out << text << Qt::endl; // endl flushes
}

void Output::error(const QString &text)
{
    m_err << text << Qt::endl;
}

void Output::problems(const Problems &problems)
{
    for (const Problem &p : problems)
        error(QStringLiteral("[%1] %2").arg(p.rule, p.message));
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    line(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace tavolo::cli
