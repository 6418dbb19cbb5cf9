#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QUndoStack;
class QWidget;

namespace tavolo {

class Archive;
class TavoloPage;

// The Tavolo's pages, for the main window to add in one loop (MainWindow::createPages):
//   for (const TavoloPageInfo &p : tavoloPages()) {
//       TavoloPage *page = p.create(archive, undo, nullptr); // a Page named p.id, titled p.title()
//       connect(page, &TavoloPage::navigateTo, …);            // a page id of this list
//       addPage(page);
//   }
struct TavoloPageInfo
{
    QString id; // "tavolo.dashboard", stable
    std::function<QString()> title; // translated when called
    std::function<TavoloPage *(Archive &, QUndoStack *, QWidget *)> create;
};

class TavoloPages
{
    Q_DECLARE_TR_FUNCTIONS(TavoloPages)
public:
    static QList<TavoloPageInfo> all();
    // The page that fixes a problem of rule `rule` (R-A … R-M): composition, meetings, …
    static QString pageForRule(const QString &rule);

    static inline const QString Dashboard = QStringLiteral("tavolo.dashboard");
    static inline const QString Composition = QStringLiteral("tavolo.composition");
    static inline const QString Meetings = QStringLiteral("tavolo.meetings");
    static inline const QString Requests = QStringLiteral("tavolo.requests");
    static inline const QString Regulation = QStringLiteral("tavolo.regulation");
    static inline const QString Groups = QStringLiteral("tavolo.groups");
    static inline const QString Cycle = QStringLiteral("tavolo.cycle");
    static inline const QString Report = QStringLiteral("tavolo.report");
};

inline QList<TavoloPageInfo> tavoloPages()
{
    return TavoloPages::all();
}

} // namespace tavolo
