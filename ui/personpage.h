#pragma once

#include "registerpage.h"

namespace tavolo {

class PersonTableModel;

// The register of people: representatives, office holders, delegates, guests.
class PersonPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit PersonPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("People"); }
    QString pageName() const override { return QStringLiteral("people"); }

protected:
    void add() override;
    void edit(qint64 id) override;
    void remove(qint64 id) override;
    QString emptyText() const override;
    QString countText(int shown, int total) const override;

private:
    PersonTableModel *m_model;
};

} // namespace tavolo
