#pragma once

#include "core/documents/letterhead.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace tavolo {

class Archive;
class LetterPreview;
class ProblemView;

// Settings › Edit template…: the HTML of the convocation letter with its placeholders, checked
// while typing (a refused template cannot be saved), a preview, and the way back to the default.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateDialog(Archive &archive, documents::Letterhead letterhead, QString districtName,
                   QWidget *parent = nullptr);

    void accept() override; // saves through DocumentSettings; stays open when refused
    void updatePreview();

private:
    void check();
    void restoreDefault();
    void insertPlaceholder(const QString &text);

    Archive &m_archive;
    documents::Letterhead m_letterhead;
    QString m_districtName;
    QPlainTextEdit *m_edit;
    ProblemView *m_problems;
    LetterPreview *m_preview;
    QPushButton *m_save;
    QTimer *m_previewTimer;
};

} // namespace tavolo
