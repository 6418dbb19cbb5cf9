#include "materialsbox.h"

#include "materialfile.h"
#include "meetingcommands.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tavolo {

namespace {

// A material with a file kept in the archive (not the "(no materials yet)" placeholder, nor a
// material recorded by title only).
bool holdsFile(const QListWidgetItem *item)
{
    return item && item->data(Qt::UserRole).toLongLong() > 0
        && !MaterialFile::safeName(item->data(Qt::UserRole + 1).toString()).isEmpty();
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QAction *action(const QString &text, const QString &name, QWidget *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    parent->addAction(a);
    return a;
}

} // namespace

MaterialsBox::MaterialsBox(Archive &archive, MeetingCommands &commands, QWidget *parent)
    : QGroupBox(tr("Materials"), parent)
    , m_archive(archive)
    , m_commands(commands)
    , m_list(new QListWidget(this))
    , m_attach(button(tr("A&ttach file…"), QStringLiteral("attachMaterial"), this))
    , m_open(button(tr("&Open"), QStringLiteral("openMaterial"), this))
    , m_save(button(tr("Save a cop&y…"), QStringLiteral("saveMaterial"), this))
{
    m_save->setToolTip(tr("Save a copy of the file where you choose, e.g. to attach it to a PEC"));
    m_list->setObjectName(QStringLiteral("materials"));
    m_list->setAccessibleName(tr("Materials"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_openAction = action(tr("&Open"), QStringLiteral("openMaterialAction"), m_list);
    m_saveAction = action(tr("Save a cop&y…"), QStringLiteral("saveMaterialAction"), m_list);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_attach, m_open, m_save})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &MaterialsBox::attach);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &MaterialsBox::open);
    connect(m_list, &QListWidget::currentItemChanged, this, &MaterialsBox::updateActions);
    const auto openCurrent = [this] {
        open(m_list->currentItem());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_openAction, &QAction::triggered, this, openCurrent);
    connect(m_save, &QPushButton::clicked, this, &MaterialsBox::saveCopy);
    connect(m_saveAction, &QAction::triggered, this, &MaterialsBox::saveCopy);
}

void MaterialsBox::showMeeting(const Meeting *meeting)
{
    m_meeting = meeting ? meeting->id : 0;
    m_list->clear();
    m_attach->setEnabled(
        meeting
        && (meeting->state == MeetingState::Draft || meeting->state == MeetingState::Convened));
    updateActions(); // nothing chosen in the list just emptied
    if (!meeting)
        return;
    for (const Material &mat : meeting->materials) {
        auto *item = new QListWidgetItem(
            mat.file.isEmpty() ? mat.title : tr("%1 (%2)").arg(mat.title, mat.file), m_list);
        item->setData(Qt::UserRole, mat.id);
        item->setData(Qt::UserRole + 1, mat.file);
        if (!mat.file.isEmpty())
            item->setToolTip(tr("Double-click to open the file kept in the archive"));
    }
    if (meeting->materials.isEmpty())
        m_list->addItem(tr("(no materials yet)"));
}

void MaterialsBox::updateActions()
{
    const bool chosen = holdsFile(m_list->currentItem());
    for (QPushButton *b : {m_open, m_save})
        b->setEnabled(chosen);
    for (QAction *a : {m_openAction, m_saveAction})
        a->setEnabled(chosen);
}

// Opened with the program the system associates with the file.
void MaterialsBox::open(QListWidgetItem *item)
{
    if (!holdsFile(item))
        return;
    Problems problems;
    const QString path =
        MaterialFile::writeForOpening(m_archive, item->data(Qt::UserRole).toLongLong(),
                                      item->data(Qt::UserRole + 1).toString(), &problems);
    emit outcome(problems);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MaterialsBox::saveCopy()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!holdsFile(item))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString proposed = MaterialFile::proposedPath(item->data(Qt::UserRole + 1).toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the material as"), proposed);
    if (path.isEmpty())
        return;
    emit outcome(MaterialFile::write(m_archive, id, path));
}

void MaterialsBox::attach()
{
    if (!m_meeting)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the meeting"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit outcome({Problem::refused(QStringLiteral("FILE"),
                                       tr("Cannot read %1: %2").arg(path, file.errorString()))});
        return;
    }
    const QFileInfo info(path);
    emit outcome(
        m_commands.attach(m_meeting, info.completeBaseName(), info.fileName(), file.readAll())
            .problems());
}

} // namespace tavolo
