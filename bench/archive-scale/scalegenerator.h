#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <random>

namespace tavolo::bench {

// The operations of `tavolo-cli apply` that build an archive at twenty years' scale (issue 18):
// at scale 1, 5,000 organisations, 10,000 people, 16 office terms, 1,200 designations on the
// eleven seats (consecutive terms per seat, never over a category's cap), 400 meetings of the
// Tavolo (convened, held with the attendance of every member in office that day, minuted, the
// minutes approved at the next meeting) and 200 working groups of 40 participants with their
// ratified coordinator and 850 meetings, held and minuted: 40,000 attendance rows in all. The
// same seed gives the same archive. Organisations and people are named by tax code, so each
// phase is a batch of its own (timed apart); refs name meetings and minutes within a phase.
class ScaleGenerator
{
public:
    struct Phase
    {
        QString name;
        QJsonArray operations;
    };

    ScaleGenerator(double scale, unsigned seed);

    QList<Phase> phases();

    static QDate firstDay() { return QDate(2006, 1, 1); }
    static QDate lastDay() { return QDate(2025, 12, 31); }

private:
    struct Term
    {
        int person = 0; // index into the people
        int organisation = -1;
        QString category;
        QDate from;
        QDate to; // null: open-ended
    };

    int count(int full) const;
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    QString organisationCode(int i) const;
    QString personCode(int i) const;
    QJsonArray organisations();
    QJsonArray people();
    QJsonArray offices(); // then the designations
    QJsonArray designations(QJsonArray out);
    QJsonArray tavoloMeetings();
    QJsonArray groups();
    QStringList membersOn(QDate day) const;
    QString attendanceStatus();
    void planTerms();

    double m_scale;
    std::mt19937 m_random;
    int m_organisations;
    int m_people;
    QList<QString> m_categories; // of each organisation
    QHash<int, int> m_personOrganisation; // representatives belong to their organisation
    QList<Term> m_offices; // category = the office's id
    QList<Term> m_designations;
};

} // namespace tavolo::bench
