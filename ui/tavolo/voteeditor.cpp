#include "voteeditor.h"

#include "votenamesdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tavolo {

namespace {
enum VoteKind { NoVote, Unanimous, Counted };
}

VoteEditor::VoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_favourable(new QSpinBox(this))
    , m_contrary(new QSpinBox(this))
    , m_abstained(new QSpinBox(this))
    , m_namesButton(new QPushButton(tr("Names…"), this))
    , m_namesText(new QLabel(this))
{
    m_kind->addItem(tr("no vote"), NoVote);
    m_kind->addItem(tr("unanimous"), Unanimous);
    m_kind->addItem(tr("counted"), Counted);
    m_kind->setObjectName(QStringLiteral("vote"));
    m_kind->setAccessibleName(tr("Vote"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    column->addLayout(layout);
    column->addWidget(m_namesText);
    m_namesText->setObjectName(QStringLiteral("voteNamesText"));
    m_namesText->setWordWrap(true);
    m_namesText->hide();
    // No access key: every item of the minutes has one of these buttons.
    m_namesButton->setObjectName(QStringLiteral("voteNames"));
    m_namesButton->setToolTip(tr("Who voted favourable, contrary or abstained (optional)"));
    m_namesButton->hide();
    layout->addWidget(m_kind);
    const QList<QPair<QSpinBox *, QString>> counts = {{m_favourable, tr("favourable")},
                                                      {m_contrary, tr("contrary")},
                                                      {m_abstained, tr("abstained")}};
    for (const auto &[box, name] : counts) {
        box->setRange(0, 999);
        box->setAccessibleName(name);
        layout->addWidget(new QLabel(name, this));
        layout->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &VoteEditor::changed);
    }
    layout->addWidget(m_namesButton);
    layout->addStretch();
    connect(m_namesButton, &QPushButton::clicked, this, &VoteEditor::chooseNames);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateCounts();
        emit changed();
    });
    updateCounts();
}

void VoteEditor::updateCounts()
{
    const bool counted = m_kind->currentData().toInt() == Counted;
    for (QSpinBox *box : {m_favourable, m_contrary, m_abstained})
        box->setEnabled(counted && m_kind->isEnabled());
    m_namesButton->setEnabled(counted && m_kind->isEnabled());
    showNames();
}

void VoteEditor::setVoters(const History *history, const QList<qint64> &voters)
{
    m_history = history;
    m_voters = voters;
    m_namesButton->setVisible(history != nullptr);
    showNames();
}

// The names under the counts: "Favourable: Anna Uno, Bruno Due; contrary: Carla Tre".
void VoteEditor::showNames()
{
    const bool counted = m_kind->currentData().toInt() == Counted;
    QStringList parts;
    if (m_history && counted) {
        const auto named = [this](const QList<qint64> &people) {
            QStringList out;
            for (const qint64 id : people)
                out << m_history->personName(id);
            return out.join(QStringLiteral(", "));
        };
        if (!m_names.favourable.isEmpty())
            parts << tr("favourable: %1").arg(named(m_names.favourable));
        if (!m_names.contrary.isEmpty())
            parts << tr("contrary: %1").arg(named(m_names.contrary));
        if (!m_names.abstained.isEmpty())
            parts << tr("abstained: %1").arg(named(m_names.abstained));
    }
    m_namesText->setText(parts.join(QStringLiteral("; ")));
    m_namesText->setVisible(!parts.isEmpty());
}

void VoteEditor::chooseNames()
{
    if (!m_history)
        return;
    QList<qint64> people = m_voters;
    for (const qint64 named : m_names.all()) // whoever is named already stays in the list
        if (!people.contains(named))
            people << named;
    VoteNamesDialog dialog(*m_history, people, m_names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_names = dialog.names();
    if (!m_names.isEmpty()) {
        const QSignalBlocker quiet(this);
        m_favourable->setValue(int(m_names.favourable.size()));
        m_contrary->setValue(int(m_names.contrary.size()));
        m_abstained->setValue(int(m_names.abstained.size()));
    }
    showNames();
    emit changed();
}

std::optional<Vote> VoteEditor::vote() const
{
    switch (m_kind->currentData().toInt()) {
    case Unanimous:
        return Vote {};
    case Counted: {
        Vote vote = Vote::counted(m_favourable->value(), m_contrary->value(), m_abstained->value());
        vote.names = m_names;
        return vote;
    }
    default:
        return std::nullopt;
    }
}

void VoteEditor::setVote(const std::optional<Vote> &vote)
{
    m_kind->setCurrentIndex(m_kind->findData(!vote                 ? NoVote
                                                 : vote->unanimous ? Unanimous
                                                                   : Counted));
    m_favourable->setValue(vote ? vote->favourable : 0);
    m_contrary->setValue(vote ? vote->contrary : 0);
    m_abstained->setValue(vote ? vote->abstained : 0);
    m_names = vote ? vote->names : VoteNames {};
    updateCounts();
}

void VoteEditor::setReadOnly(bool readOnly)
{
    m_kind->setEnabled(!readOnly);
    updateCounts();
}

} // namespace tavolo
