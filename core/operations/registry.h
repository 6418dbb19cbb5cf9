#pragma once

#include "context.h"
#include "core/domain/result.h"

#include <QMap>
#include <functional>

namespace tavolo {

// One operation of `tavolo-cli apply`: its name ("org.add"), the kind of record whose id it
// returns (for "ref"), and the handler. A handler reads every field it accepts from `Fields`,
// returns the refusals it finds before changing anything, then calls the stores.
struct OperationSpec
{
    using Handler = std::function<Result<qint64>(OperationContext &, Fields &)>;
    QString name;
    QString kind;
    Handler handler;
};

class OperationRegistry
{
public:
    // Every operation the program knows.
    static const OperationRegistry &standard();

    void add(const QString &name, const QString &kind, OperationSpec::Handler handler);
    const OperationSpec *find(const QString &name) const;
    QStringList names() const;

private:
    QMap<QString, OperationSpec> m_specs;
};

} // namespace tavolo
