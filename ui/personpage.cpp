#include "personpage.h"

#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "persondialog.h"
#include "persontablemodel.h"

#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace tavolo {

namespace {
using AddCommand = AddRecordCommand<PersonStore, Person>;
using EditCommand = EditRecordCommand<PersonStore, Person>;
using DeleteCommand = DeleteRecordCommand<PersonStore, Person>;
} // namespace

PersonPage::PersonPage(const PageContext &context, QWidget *parent)
    : RegisterPage(context, new PersonTableModel(context.archive), parent)
{
    setObjectName(pageName());
    m_model = static_cast<PersonTableModel *>(proxy()->sourceModel());
    setAddText(tr("&Add person…"));
    // FamilyName GivenName Organisation TaxCode E-mail PEC; Phone takes the rest.
    setDefaultColumnWidths({130, 100, 240, 145, 240, 190});
}

QString PersonPage::emptyText() const
{
    return tr("The register has no people yet.\n\nUse “Add person…” to register a "
              "representative, an office holder or a guest.");
}

QString PersonPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n person(s)", nullptr, total);
    return tr("%1 of %n person(s) shown", nullptr, total).arg(shown);
}

void PersonPage::add()
{
    PersonDialog dialog(
        Person {}, OrganisationStore(archive()).list(),
        [this](const Person &entered) -> Problems {
            PersonStore store(archive());
            const auto added = store.add(entered);
            if (!added)
                return added.problems();
            const Person saved = store.find(added.value()).value_or(entered);
            undoStack().push(new AddCommand(archive(), saved,
                                            tr("Add person “%1”").arg(saved.displayName()),
                                            refusalReport(tr("Undo"))));
            selectId(saved.id);
            return {};
        },
        this);
    dialog.exec();
}

void PersonPage::edit(qint64 id)
{
    const auto before = PersonStore(archive()).find(id);
    if (!before) { // deleted meanwhile by another program
        showRefusal(tr("Edit person"), {PersonStore::notFound(id)});
        return;
    }
    bool reload = false; // saved meanwhile elsewhere: reopen on the record as it is now
    PersonDialog dialog(
        *before, OrganisationStore(archive()).list(),
        [this, &before, &reload](const Person &entered) -> Problems {
            PersonStore store(archive());
            if (PersonRules::normalised(entered) == *before)
                return {};
            Problems refused = saveOrReload(
                tr("Edit person"), [&] { return store.update(entered); }, reload);
            if (!refused.isEmpty() || reload)
                return refused;
            const Person saved = store.find(entered.id).value_or(entered);
            undoStack().push(new EditCommand(archive(), *before, saved,
                                             tr("Edit person “%1”").arg(saved.displayName()),
                                             refusalReport(tr("Undo"))));
            return {};
        },
        this);
    dialog.exec();
    if (reload)
        edit(id);
}

void PersonPage::remove(qint64 id)
{
    PersonStore store(archive());
    const auto record = store.find(id);
    if (!record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete person"),
        tr("Delete %1 from the register?\n\nYou can take this back with Edit › Undo.")
            .arg(record->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = store.remove(id);
    if (!removed) {
        showRefusal(tr("Delete person"), removed.problems());
        return;
    }
    undoStack().push(new DeleteCommand(archive(), *record,
                                       tr("Delete person “%1”").arg(record->displayName()),
                                       refusalReport(tr("Undo"))));
}

} // namespace tavolo
