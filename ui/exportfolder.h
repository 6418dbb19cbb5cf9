#pragma once

#include <QString>

class QWidget;

namespace tavolo {

// The folder the clerk last chose for a document of the Piano di Zona or the annual report,
// offered again the next time (Documents/Tavolo at first): asks for a folder with `title`;
// empty when the clerk cancels.
QString chooseExportFolder(QWidget *parent, const QString &title);

} // namespace tavolo
