#include "votenamesdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace tavolo {

namespace {
enum Way { NotNamed, Favourable, Contrary, Abstained };
}

VoteNamesDialog::VoteNamesDialog(const History &history, const QList<qint64> &people,
                                 const VoteNames &names, QWidget *parent)
    : FormDialog(tr("Who voted how"), tr("&Set the names"), parent)
    , m_people(people)
{
    auto *note = new QLabel(tr("The counts of the vote become those of the names given. Leave "
                               "everyone unnamed to record the counts only."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
    auto *table = new QTableWidget(int(people.size()), 2, this);
    table->setObjectName(QStringLiteral("voteNames"));
    table->setAccessibleName(tr("Names in the vote"));
    table->setHorizontalHeaderLabels({tr("Person"), tr("Voted")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    for (int row = 0; row < people.size(); ++row) {
        const qint64 person = people.at(row);
        const QString name = history.personName(person);
        table->setItem(row, 0, new QTableWidgetItem(name));
        auto *box = new QComboBox(table);
        box->addItem(tr("— not named —"), NotNamed);
        box->addItem(tr("favourable"), Favourable);
        box->addItem(tr("contrary"), Contrary);
        box->addItem(tr("abstained"), Abstained);
        box->setAccessibleName(tr("Vote of %1").arg(name));
        box->setCurrentIndex(box->findData(names.favourable.contains(person)      ? Favourable
                                               : names.contrary.contains(person)  ? Contrary
                                               : names.abstained.contains(person) ? Abstained
                                                                                  : NotNamed));
        table->setCellWidget(row, 1, box);
        m_boxes << box;
        watch(box);
    }
    table->resizeColumnToContents(1);
    addBody(table);
    resize(480, 460);
}

VoteNames VoteNamesDialog::names() const
{
    VoteNames names;
    for (int row = 0; row < m_people.size(); ++row) {
        switch (m_boxes.at(row)->currentData().toInt()) {
        case Favourable:
            names.favourable << m_people.at(row);
            break;
        case Contrary:
            names.contrary << m_people.at(row);
            break;
        case Abstained:
            names.abstained << m_people.at(row);
            break;
        default:
            break;
        }
    }
    return names;
}

} // namespace tavolo
