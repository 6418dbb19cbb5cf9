#include "mainwindow.h"

namespace tavolo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tavolo"));
}

} // namespace tavolo
