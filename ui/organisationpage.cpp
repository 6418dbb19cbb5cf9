#include "organisationpage.h"

#include "core/storage/organisationstore.h"
#include "organisationdialog.h"
#include "organisationtablemodel.h"

#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace tavolo {

namespace {
using AddCommand = AddRecordCommand<OrganisationStore, Organisation>;
using EditCommand = EditRecordCommand<OrganisationStore, Organisation>;
using DeleteCommand = DeleteRecordCommand<OrganisationStore, Organisation>;
} // namespace

OrganisationPage::OrganisationPage(const PageContext &context, QWidget *parent)
    : RegisterPage(context, new OrganisationTableModel(context.archive), parent)
{
    setObjectName(pageName());
    m_model = static_cast<OrganisationTableModel *>(proxy()->sourceModel());
    setAddText(tr("&Add organisation…"));
    // Name Category TaxCode Comune PEC Phone; Status takes the rest. Fits 1366 px wide.
    setDefaultColumnWidths({285, 225, 100, 115, 225, 105});
}

QString OrganisationPage::emptyText() const
{
    return tr("The register has no organisations yet.\n\nUse “Add organisation…” to register "
              "the first ente del Terzo Settore.");
}

QString OrganisationPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n organisation(s)", nullptr, total);
    return tr("%1 of %n organisation(s) shown", nullptr, total).arg(shown);
}

void OrganisationPage::add()
{
    OrganisationDialog dialog(
        Organisation {},
        [this](const Organisation &entered) -> Problems {
            OrganisationStore store(archive());
            const auto added = store.add(entered);
            if (!added)
                return added.problems();
            const Organisation saved = store.find(added.value()).value_or(entered);
            undoStack().push(new AddCommand(archive(), saved,
                                            tr("Add organisation “%1”").arg(saved.name),
                                            refusalReport(tr("Undo"))));
            selectId(saved.id);
            return {};
        },
        this);
    dialog.exec();
}

void OrganisationPage::edit(qint64 id)
{
    const auto before = OrganisationStore(archive()).find(id);
    if (!before) { // deleted meanwhile by another program
        showRefusal(tr("Edit organisation"), {OrganisationStore::notFound(id)});
        return;
    }
    bool reload = false; // saved meanwhile elsewhere: reopen on the record as it is now
    OrganisationDialog dialog(
        *before,
        [this, &before, &reload](const Organisation &entered) -> Problems {
            OrganisationStore store(archive());
            if (OrganisationRules::normalised(entered) == *before)
                return {}; // nothing changed: nothing to undo
            Problems refused = saveOrReload(
                tr("Edit organisation"), [&] { return store.update(entered); }, reload);
            if (!refused.isEmpty() || reload)
                return refused;
            const Organisation saved = store.find(entered.id).value_or(entered);
            undoStack().push(new EditCommand(archive(), *before, saved,
                                             tr("Edit organisation “%1”").arg(saved.name),
                                             refusalReport(tr("Undo"))));
            return {};
        },
        this);
    dialog.exec();
    if (reload)
        edit(id);
}

void OrganisationPage::remove(qint64 id)
{
    OrganisationStore store(archive());
    const auto record = store.find(id);
    if (!record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete organisation"),
        tr("Delete “%1” from the register?\n\nYou can take this back with Edit › Undo.")
            .arg(record->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = store.remove(id);
    if (!removed) {
        showRefusal(tr("Delete organisation"), removed.problems());
        return;
    }
    undoStack().push(new DeleteCommand(archive(), *record,
                                       tr("Delete organisation “%1”").arg(record->name),
                                       refusalReport(tr("Undo"))));
}

} // namespace tavolo
