#include "registry.h"

#include "cycleops.h"
#include "groupops.h"
#include "meetingops.h"
#include "minutesops.h"
#include "objectiveops.h"
#include "officeops.h"
#include "registerops.h"

namespace tavolo {

const OperationRegistry &OperationRegistry::standard()
{
    static const OperationRegistry registry = [] {
        OperationRegistry r;
        registerRegisterOperations(r);
        registerOfficeOperations(r);
        registerMeetingOperations(r);
        registerGroupOperations(r);
        registerMinutesOperations(r);
        registerCycleOperations(r);
        registerObjectiveOperations(r);
        return r;
    }();
    return registry;
}

void OperationRegistry::add(const QString &name, const QString &kind,
                            OperationSpec::Handler handler)
{
    m_specs.insert(name, OperationSpec {name, kind, std::move(handler)});
}

const OperationSpec *OperationRegistry::find(const QString &name) const
{
    const auto it = m_specs.constFind(name);
    return it == m_specs.constEnd() ? nullptr : &it.value();
}

QStringList OperationRegistry::names() const
{
    return m_specs.keys();
}

} // namespace tavolo
