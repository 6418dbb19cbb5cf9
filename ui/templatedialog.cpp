#include "templatedialog.h"

#include "core/documents/letterrenderer.h"
#include "core/exports/documentsettings.h"
#include "fieldlimits.h"
#include "letterpreview.h"
#include "tavolo/problemview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tavolo {

namespace {

QStringList sorted(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

TemplateDialog::TemplateDialog(Archive &archive, documents::Letterhead letterhead,
                               QString districtName, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_letterhead(std::move(letterhead))
    , m_districtName(std::move(districtName))
    , m_edit(new QPlainTextEdit(this))
    , m_problems(new ProblemView(this))
    , m_preview(new LetterPreview(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("Letter template"));

    m_edit->setObjectName(QStringLiteral("templateEdit"));
    m_edit->setAccessibleName(tr("HTML of the letter template"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFont(QStringLiteral("monospace")));
    m_edit->setPlainText(DocumentSettings(m_archive).letterTemplate().html());
    FieldLimits::apply(m_edit, QStringLiteral("value")); // stored in document_settings.value
    auto *editLabel = new QLabel(tr("&HTML of the letter:"), this);
    editLabel->setBuddy(m_edit);

    // The names the renderer fills; a double click puts one at the cursor.
    auto *names = new QListWidget(this);
    names->setObjectName(QStringLiteral("placeholders"));
    names->setAccessibleName(tr("Placeholders"));
    for (const QString &name : sorted(documents::LetterRenderer::valueNames()))
        names->addItem(QStringLiteral("{{%1}}").arg(name));
    for (const QString &flag : sorted(documents::LetterRenderer::flagNames()))
        names->addItem(QStringLiteral("{{#%1}} … {{/%1}}").arg(flag));
    names->setMaximumWidth(260);
    connect(names, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    auto *namesLabel = new QLabel(tr("&Placeholders (double-click to insert):"), this);
    namesLabel->setBuddy(names);
    namesLabel->setWordWrap(true);
    namesLabel->setMaximumWidth(260);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(400);

    auto *columns = new QHBoxLayout;
    auto *namesColumn = new QVBoxLayout;
    namesColumn->addWidget(namesLabel);
    namesColumn->addWidget(names, 1);
    auto *editColumn = new QVBoxLayout;
    editColumn->addWidget(editLabel);
    editColumn->addWidget(m_edit, 1);
    editColumn->addWidget(m_problems);
    columns->addLayout(namesColumn);
    columns->addLayout(editColumn, 1);
    columns->addWidget(scroll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    QPushButton *reset =
        buttons->addButton(tr("&Restore the default"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("restoreDefault"));
    connect(reset, &QPushButton::clicked, this, &TemplateDialog::restoreDefault);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Rendering a page takes a moment: the preview follows the typing, the check is immediate.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateDialog::updatePreview);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        m_previewTimer->start();
    });
    check();
    updatePreview();
    resize(1200, 700);
}

void TemplateDialog::check()
{
    const documents::LetterTemplate candidate(m_edit->toPlainText());
    Problems problems = candidate.validate(documents::LetterRenderer::valueNames(),
                                           documents::LetterRenderer::flagNames());
    if (m_edit->toPlainText().trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("TEMPLATE"),
                                     tr("The letter template is empty."));
    m_problems->setProblems(problems);
    m_save->setEnabled(!hasRefusal(problems));
}

void TemplateDialog::updatePreview()
{
    m_preview->render(m_letterhead, m_districtName,
                      documents::LetterTemplate(m_edit->toPlainText()));
}

void TemplateDialog::restoreDefault()
{
    m_edit->setPlainText(documents::LetterTemplate::italianDefault().html());
}

void TemplateDialog::insertPlaceholder(const QString &text)
{
    m_edit->insertPlainText(text);
    m_edit->setFocus();
}

void TemplateDialog::accept()
{
    const QString html = m_edit->toPlainText();
    DocumentSettings settings(m_archive);
    // The default is kept as "no template of our own", so a better default reaches it later.
    const auto saved = html == documents::LetterTemplate::italianDefault().html()
        ? settings.resetTemplate()
        : settings.setTemplateHtml(html);
    if (!saved) {
        m_problems->setProblems(saved.problems());
        return;
    }
    QDialog::accept();
}

} // namespace tavolo
