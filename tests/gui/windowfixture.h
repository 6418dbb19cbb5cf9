#pragma once

#include "core/config/settings.h"
#include "ui/mainwindow.h"

#include <QTemporaryDir>

// The main window on an empty archive of its own, with settings of its own, not shown yet.
struct WindowFixture
{
    WindowFixture()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , window(settings)
    {
        opened = window.openArchive(dir.filePath(QStringLiteral("archive.sqlite")),
                                    tavolo::Archive::OpenMode::CreateIfMissing);
    }

    QTemporaryDir dir;
    tavolo::Settings settings;
    tavolo::MainWindow window;
    bool opened = false;
};
