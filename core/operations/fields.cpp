#include "fields.h"

#include <QFile>
#include <QJsonArray>

namespace tavolo {

Fields::Fields(QJsonObject object)
    : m_object(std::move(object))
{
    // Fields every operation may carry.
    m_read << QStringLiteral("op") << QStringLiteral("ref");
}

bool Fields::has(const QString &name) const
{
    return m_object.contains(name) && !m_object.value(name).isNull();
}

QJsonValue Fields::raw(const QString &name)
{
    m_read << name;
    return m_object.value(name);
}

void Fields::refuse(const QString &name, const QString &message)
{
    m_problems << Problem::refused(QStringLiteral("INPUT"), message, name);
}

void Fields::carry(const Fields &inner, const QString &name)
{
    for (Problem p : inner.problems()) {
        p.field = QStringLiteral("%1.%2").arg(name, p.field);
        m_problems << p;
    }
}

QString Fields::text(const QString &name)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        refuse(name, tr("The field \"%1\" must be text.").arg(name));
        return {};
    }
    return value.toString();
}

QString Fields::requiredText(const QString &name)
{
    const bool present = has(name);
    QString value = text(name);
    if (!present || value.trimmed().isEmpty())
        refuse(name, tr("The field \"%1\" is required.").arg(name));
    return value;
}

std::optional<bool> Fields::boolean(const QString &name)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        refuse(name, tr("The field \"%1\" must be true or false.").arg(name));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QDate> Fields::date(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return std::nullopt;
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (!parsed.isValid() || value.size() != 10) {
        refuse(name,
               tr("The field \"%1\" must be a date written YYYY-MM-DD; \"%2\" is not.")
                   .arg(name, value));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDate> Fields::requiredDate(const QString &name)
{
    if (!has(name)) {
        raw(name);
        refuse(name, tr("The field \"%1\" is required (a date, YYYY-MM-DD).").arg(name));
        return std::nullopt;
    }
    return date(name);
}

std::optional<QTime> Fields::time(const QString &name)
{
    const QString value = text(name);
    if (value.isEmpty())
        return std::nullopt;
    const QTime parsed = QTime::fromString(value, QStringLiteral("HH:mm"));
    if (!parsed.isValid()) {
        refuse(
            name,
            tr("The field \"%1\" must be a time written HH:MM; \"%2\" is not.").arg(name, value));
        return std::nullopt;
    }
    return parsed;
}

QJsonArray Fields::array(const QString &name)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        refuse(name, tr("The field \"%1\" must be a list.").arg(name));
        return {};
    }
    return value.toArray();
}

QStringList Fields::textList(const QString &name)
{
    QStringList out;
    for (const QJsonValue item : array(name)) {
        if (!item.isString()) {
            refuse(name, tr("The field \"%1\" must be a list of texts.").arg(name));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QJsonObject Fields::object(const QString &name)
{
    const QJsonValue value = raw(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        refuse(name, tr("The field \"%1\" must be an object.").arg(name));
        return {};
    }
    return value.toObject();
}

Problems Fields::problems() const
{
    // A handler that met a refusal stops reading, so the fields it never reached are not typos:
    // "unknown field" is said only when nothing else is wrong.
    if (hasRefusal(m_problems))
        return m_problems;
    Problems out = m_problems;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            out << Problem::refused(QStringLiteral("INPUT"),
                                    tr("Unknown field \"%1\" for this operation.").arg(it.key()),
                                    it.key());
    }
    return out;
}

QJsonValue Fields::dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

std::optional<QByteArray> Fields::fileContent(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(name, tr("The file \"%1\" cannot be read: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace tavolo
