#pragma once

#include "page.h"
#include "pagecontext.h"
#include "recordcommands.h"
#include "registerfilterproxy.h"
#include "registertablemodel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tavolo {

// A page over one register: a live search box, a sortable table and Add / Edit / Delete
// (buttons, double-click or Enter to edit, the Del key to delete), and a sentence instead of the
// table while the register is empty. Subclasses open their dialogs and push undo commands.
class RegisterPage : public Page
{
    Q_OBJECT
public:
    RegisterPage(const PageContext &context, RegisterTableModel *model, QWidget *parent = nullptr);

    void reload() override { m_model->reload(); }
    void reloadWhenShown() override; // at once if visible, else when next shown
    void saveLayout(Settings &settings) const override;
    void restoreLayout(const Settings &settings) override;
    // The register as shown: the rows the search leaves, in the table's order.
    bool canPrint() const override { return true; }
    PrintJob printJob() override;

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    qint64 currentId() const; // 0 when no row is current
    void selectId(qint64 id);

public slots:
    void addRecord() { add(); }
    void editCurrent();
    void deleteCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override; // the rows of commits made while hidden

    virtual void add() = 0;
    virtual void edit(qint64 id) = 0;
    virtual void remove(qint64 id) = 0;
    virtual QString emptyText() const = 0; // the register has no record
    virtual QString countText(int shown, int total) const = 0; // under the table

    // Column widths for a first start (afterwards the clerk's own are remembered).
    void setDefaultColumnWidths(const QList<int> &widths);
    void setAddText(const QString &text);

    Archive &archive() const { return m_context.archive; }
    QUndoStack &undoStack() const { return m_context.undoStack; }
    void showRefusal(const QString &title, const Problems &problems);
    // A save refused because another program changed the record meanwhile: says who and when
    // and offers to reload it. True when the clerk chose to reload.
    bool offerReload(const QString &title, const Problems &problems);
    // Saves through `update`; a change made meanwhile elsewhere is offered for reloading
    // (`reload` set, nothing returned, so that the dialog closes and the page reopens it).
    template<typename Update>
    Problems saveOrReload(const QString &title, Update update, bool &reload)
    {
        auto done = update();
        if (done)
            return {};
        if (changedMeanwhile(done.problems()) && offerReload(title, done.problems())) {
            reload = true;
            return {};
        }
        return done.problems();
    }
    // For undo commands: a refusal met during undo/redo, shown once the stack is done.
    RefusalReport refusalReport(const QString &title);

private:
    static bool changedMeanwhile(const Problems &problems);
    void updateState();

    PageContext m_context;
    RegisterTableModel *m_model;
    RegisterFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_body;
    QLabel *m_count;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_historyButton; // the record's audit trail (R-J)
    QList<int> m_defaultWidths;
    qint64 m_idBeforeReset = 0;
};

} // namespace tavolo
