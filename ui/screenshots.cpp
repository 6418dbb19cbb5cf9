#include "screenshots.h"

#include "connectdialog.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "mainwindow.h"
#include "organisationdialog.h"
#include "page.h"
#include "persondialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <cstdio>

namespace tavolo {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget &widget, const QDir &folder, const QString &name)
{
    settle();
    const QString file = folder.filePath(name + QStringLiteral(".png"));
    if (widget.grab().save(file))
        return true;
    std::fprintf(stderr, "Cannot write %s\n", qPrintable(QDir::toNativeSeparators(file)));
    return false;
}

} // namespace

int Screenshots::take(MainWindow &window, const QString &folder)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "Cannot create %s\n", qPrintable(QDir::toNativeSeparators(folder)));
        return 1;
    }
    window.showNormal();
    window.resize(1366, 768);
    bool ok = true;
    const QList<Page *> pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        window.showPage(i);
        ok = save(window, dir, pages.at(i)->pageName()) && ok;
    }
    const auto organisations = OrganisationStore(window.archive()).list();
    if (!organisations.isEmpty()) {
        OrganisationDialog dialog(organisations.first(), {}, &window);
        dialog.show();
        ok = save(dialog, dir, QStringLiteral("organisation-dialog")) && ok;
    }
    {
        // A new record being typed, with a mistyped tax code and PEC: the live messages.
        OrganisationDialog dialog(Organisation {}, {}, &window);
        const QList<std::pair<const char *, QString>> typed {
            {"name", QStringLiteral("Associazione Il Ponte")},
            {"taxCode", QStringLiteral("93012340145")},
            {"pec", QStringLiteral("ilponte.pec.it")}};
        for (const auto &[name, text] : typed) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            edit->setText(text);
            emit edit->textEdited(text);
        }
        dialog.show();
        ok = save(dialog, dir, QStringLiteral("organisation-dialog-refusal")) && ok;
    }
    const auto people = PersonStore(window.archive()).list();
    if (!people.isEmpty()) {
        PersonDialog dialog(people.first(), organisations, {}, &window);
        dialog.show();
        ok = save(dialog, dir, QStringLiteral("person-dialog")) && ok;
    }
    {
        // File › Connect to the office server…, filled in as an office would (issue 18).
        ServerAddress address;
        address.host = QStringLiteral("server.ambito.example");
        address.user = QStringLiteral("mrossi");
        address.sslmode = QStringLiteral("require");
        ConnectDialog dialog(address, window.passwordStore(), &window);
        dialog.show();
        ok = save(dialog, dir, QStringLiteral("connect-dialog")) && ok;
    }
    return ok ? 0 : 1;
}

} // namespace tavolo
