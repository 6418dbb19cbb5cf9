#pragma once

#include "registerpage.h"

namespace tavolo {

class OrganisationTableModel;

// The register of organisations (enti del Terzo Settore).
class OrganisationPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit OrganisationPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Organisations"); }
    QString pageName() const override { return QStringLiteral("organisations"); }

protected:
    void add() override;
    void edit(qint64 id) override;
    void remove(qint64 id) override;
    QString emptyText() const override;
    QString countText(int shown, int total) const override;

private:
    OrganisationTableModel *m_model;
};

} // namespace tavolo
