#include "tavolopages.h"

#include "compositionpage.h"
#include "dashboardpage.h"
#include "groupspage.h"
#include "meetingspage.h"
#include "regulationpage.h"
#include "requestspage.h"

namespace tavolo {

namespace {
template<typename Page>
std::function<TavoloPage *(Archive &, QUndoStack *, QWidget *)> factory()
{
    return [](Archive &archive, QUndoStack *undo, QWidget *parent) -> TavoloPage * {
        return new Page(archive, undo, parent);
    };
}
} // namespace

QList<TavoloPageInfo> TavoloPages::all()
{
    return {
        {Dashboard, [] { return tr("Is everything in order?"); },
         QStringLiteral("dialog-information"), factory<DashboardPage>()},
        {Composition, [] { return tr("Composition"); }, QStringLiteral("system-users"),
         factory<CompositionPage>()},
        {Meetings, [] { return tr("Meetings"); }, QStringLiteral("x-office-calendar"),
         factory<MeetingsPage>()},
        {Requests, [] { return tr("Requests to convene"); }, QStringLiteral("mail-message-new"),
         factory<RequestsPage>()},
        {Regulation, [] { return tr("Regulation"); }, QStringLiteral("accessories-text-editor"),
         factory<RegulationPage>()},
        {Groups, [] { return tr("Working groups"); }, QStringLiteral("system-users"),
         factory<GroupsPage>()},
    };
}

QString TavoloPages::pageForRule(const QString &rule)
{
    if (rule == QLatin1String("R-A") || rule == QLatin1String("R-B") || rule == QLatin1String("R-E"))
        return Composition;
    if (rule == QLatin1String("R-D"))
        return Requests;
    if (rule == QLatin1String("R-H"))
        return Regulation;
    if (rule == QLatin1String("R-I"))
        return Groups;
    return Meetings; // R-C, R-F, R-G, R-K
}

} // namespace tavolo
