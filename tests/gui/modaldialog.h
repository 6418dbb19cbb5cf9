#pragma once

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

// Closes a modal widget that an answer left open (a QVERIFY in it failed and returned early):
// without this, exec() would wait for the clerk until ctest's timeout.
inline void closeIfStillOpen(QWidget *modal)
{
    if (!modal || !modal->isVisible())
        return;
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

// Runs `answer` on the modal dialog that `open` shows (as KeePassXC's GUI tests do). Fails at
// once, with the dialog closed, when the active modal widget is not a `Dialog`, when `answer`
// fails, or when `open` shows no dialog at all.
template<typename Dialog>
void withDialog(const std::function<void(Dialog *)> &answer, const std::function<void()> &open)
{
    struct State
    {
        bool answered = false;
        bool opened = false; // open() has returned: a late timer must not touch the next test
    };
    auto state = std::make_shared<State>();
    QTimer::singleShot(0, [state, answer] {
        if (state->opened)
            return;
        const QPointer<QWidget> modal = QApplication::activeModalWidget();
        const auto close = qScopeGuard([modal] { closeIfStillOpen(modal); });
        auto *dialog = qobject_cast<Dialog *>(modal.data());
        QVERIFY2(dialog,
                 modal ? qPrintable(QStringLiteral("the active modal widget is a %1, not the "
                                                   "expected dialog")
                                        .arg(QString::fromLatin1(modal->metaObject()->className())))
                       : "no modal dialog is shown");
        answer(dialog);
        state->answered = !QTest::currentTestFailed();
    });
    open();
    state->opened = true;
    QVERIFY2(state->answered, "the dialog was not shown, or answering it failed");
}

inline QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
