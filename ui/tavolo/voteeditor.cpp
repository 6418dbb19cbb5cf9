#include "voteeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

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
{
    m_kind->addItem(tr("no vote"), NoVote);
    m_kind->addItem(tr("unanimous"), Unanimous);
    m_kind->addItem(tr("counted"), Counted);
    m_kind->setObjectName(QStringLiteral("vote"));
    m_kind->setAccessibleName(tr("Vote"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    layout->addStretch();
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
}

std::optional<Vote> VoteEditor::vote() const
{
    switch (m_kind->currentData().toInt()) {
    case Unanimous:
        return Vote {};
    case Counted:
        return Vote::counted(m_favourable->value(), m_contrary->value(), m_abstained->value());
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
    updateCounts();
}

void VoteEditor::setReadOnly(bool readOnly)
{
    m_kind->setEnabled(!readOnly);
    updateCounts();
}

} // namespace tavolo
