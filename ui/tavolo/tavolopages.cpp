#include "tavolopages.h"

#include "compositionpage.h"
#include "dashboardpage.h"
#include "groupspage.h"
#include "meetingspage.h"
#include "regulationpage.h"
#include "requestspage.h"
#include "ui/cycle/cyclepage.h"
#include "ui/report/reportpage.h"

namespace tavolo {

namespace {
template<typename Page> TavoloPageInfo entry(const QString &id, std::function<QString()> title)
{
    return {id, title,
            [id, title](Archive &archive, QUndoStack *undo, QWidget *parent) -> TavoloPage * {
                auto *page = new Page(archive, undo, parent);
                page->setIdentity(id, title);
                return page;
            }};
}
} // namespace

QList<TavoloPageInfo> TavoloPages::all()
{
    return {
        entry<DashboardPage>(Dashboard, [] { return tr("Is everything in order?"); }),
        entry<CompositionPage>(Composition, [] { return tr("Composition"); }),
        entry<MeetingsPage>(Meetings, [] { return tr("Meetings"); }),
        entry<RequestsPage>(Requests, [] { return tr("Requests to convene"); }),
        entry<RegulationPage>(Regulation, [] { return tr("Regulation"); }),
        entry<GroupsPage>(Groups, [] { return tr("Working groups"); }),
        entry<CyclePage>(Cycle, [] { return tr("Piano di Zona"); }),
        entry<ReportPage>(Report, [] { return tr("Annual report"); }),
    };
}

QString TavoloPages::pageForRule(const QString &rule)
{
    if (rule == QLatin1String("R-A") || rule == QLatin1String("R-B")
        || rule == QLatin1String("R-E"))
        return Composition;
    if (rule == QLatin1String("R-D"))
        return Requests;
    if (rule == QLatin1String("R-H"))
        return Regulation;
    if (rule == QLatin1String("R-I"))
        return Groups;
    if (rule == QLatin1String("R-L") || rule == QLatin1String("R-M"))
        return Cycle;
    return Meetings; // R-C, R-F, R-G, R-K (minutes are on the meeting)
}

} // namespace tavolo
