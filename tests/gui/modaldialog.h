#pragma once

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

// Runs `answer` on the modal dialog that `open` shows (as KeePassXC's GUI tests do).
template<typename Dialog>
void withDialog(const std::function<void(Dialog *)> &answer, const std::function<void()> &open)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog is not the active modal widget");
        answer(dialog);
        answered = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(answered);
}

inline QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
