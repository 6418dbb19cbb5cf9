#pragma once

#include "cycledocumentdata.h"
#include "pagedtable.h"

#include <QCoreApplication>

namespace tavolo::documents {

// Registro delle istanze pervenute for a call (R-L): one row per submission, by received time —
// protocol, date and time received and channel, body, form, tables chosen, on time or late
// (late rows marked), decision with its date and reason, contact person — after a summary with
// the counts per form and per table. The publication version prints the same rows without the
// contact person and without any e-mail or PEC (GDPR: data minimisation).
class SubmissionRegister : public PagedTableDocument
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionRegister)

public:
    enum class Version { Office, Publication };

    SubmissionRegister(Letterhead letterhead, SubmissionRegisterData data,
                       Version version = Version::Office);

    QString title() const override;
    // The submissions in the register's order: by received time, then protocol.
    QList<SubmissionEntry> sorted() const;

protected:
    PagedTable pagedTable() const override;

private:
    QString summary(const QList<SubmissionEntry> &rows) const;
    QString row(int number, const SubmissionEntry &s) const;

    SubmissionRegisterData m_data;
    Version m_version;
};

} // namespace tavolo::documents
