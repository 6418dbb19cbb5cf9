#pragma once

#include "core/domain/problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTime>
#include <optional>

namespace tavolo {

// Typed reading of one operation's JSON object. Every wrong type, missing required field or
// unknown field becomes a refusal (rule INPUT) naming the field, so that a typo in a script is
// never silently ignored.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
public:
    explicit Fields(QJsonObject object);

    bool has(const QString &name) const;
    QJsonValue raw(const QString &name); // marks the field as read

    QString text(const QString &name); // "" when absent
    QString requiredText(const QString &name); // refusal when absent or blank
    std::optional<bool> boolean(const QString &name);
    std::optional<QDate> date(const QString &name); // YYYY-MM-DD
    std::optional<QDate> requiredDate(const QString &name);
    // A date as the JSON of the CLI writes it (YYYY-MM-DD, null when there is none): what
    // date() reads back.
    static QJsonValue dateValue(QDate date);
    std::optional<QTime> time(const QString &name); // HH:MM
    QStringList textList(const QString &name);
    QJsonArray array(const QString &name);
    QJsonObject object(const QString &name);
    // The bytes of the file at `path`, named by the field `name` (a material's, a call's): a
    // refusal on `name`, saying why, when it cannot be read.
    std::optional<QByteArray> fileContent(const QString &name, const QString &path);

    void refuse(const QString &name, const QString &message);
    void refuse(const Problem &problem) { m_problems << problem; }
    // The problems of a nested object read as `inner`, named after the list or object it is in
    // ("forms.deadline").
    void carry(const Fields &inner, const QString &name);
    // Each object of the list `name` read by `read(Fields &inner, int number)` (numbered from
    // 1), its problems carried.
    template<typename T, typename Read> QList<T> objects(const QString &name, Read read)
    {
        QList<T> out;
        for (const QJsonValue v : array(name)) {
            Fields inner(v.toObject());
            out << read(inner, int(out.size()) + 1);
            carry(inner, name);
        }
        return out;
    }

    // The problems found so far; when there is no refusal among them, one for each field that
    // was never read.
    Problems problems() const;
    bool ok() const { return problems().isEmpty(); }

private:
    QJsonObject m_object;
    QSet<QString> m_read;
    Problems m_problems;
};

} // namespace tavolo
