#pragma once

#include "core/exports/meetingexport.h"
#include "ui/printing.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tavolo {

class ProblemView;

// Export of a meeting's documents: the convocation letters (one PDF/A per recipient
// and the combined one), the attendance sheet and the calendar file, into a folder; with a
// preview of each recipient's letter, a progress dialog for the batch and "Open folder" at the
// end.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(MeetingExport exporter, const Problems &warnings, QWidget *parent);

    // The folder proposed for a meeting: Documents/Tavolo/Seduta YYYY-MM-DD.
    static QString defaultFolder(QDate meetingDate);

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *protocolEdit() const { return m_protocol; }
    // Runs the export; false (with the refusals shown) when something could not be written.
    bool exportFiles(QStringList *written);

    // The letters and the attendance sheet, as far as they are ticked, on paper.
    PrintJob printJob();

private:
    void choose();
    void printTicked(bool preview);
    void updatePreview();
    void accept() override;

    MeetingExport m_exporter;
    QLineEdit *m_folder;
    QLineEdit *m_protocol;
    QCheckBox *m_letters;
    QCheckBox *m_attendance;
    QCheckBox *m_calendar;
    QPushButton *m_print;
    QPushButton *m_printPreview;
    QComboBox *m_recipient;
    QLabel *m_preview;
    ProblemView *m_problems;
};

} // namespace tavolo
