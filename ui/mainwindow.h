#pragma once

#include <QMainWindow>

namespace tavolo {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace tavolo
