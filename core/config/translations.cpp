#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tavolo {

QStringList Translations::available()
{
    return {QStringLiteral("it"), QStringLiteral("en")};
}

void Translations::install(QCoreApplication &application, const QString &language)
{
    // TAVOLO_LANGUAGE overrides the setting (scripts, tests, a clerk's shortcut).
    const QString wanted = qEnvironmentVariable("TAVOLO_LANGUAGE", language);
    const QString chosen = available().contains(wanted) ? wanted : QStringLiteral("it");
    QLocale::setDefault(
        QLocale(chosen == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                chosen == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    auto *own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/tavolo_%1.qm").arg(chosen)))
        application.installTranslator(own);
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qt);
}

} // namespace tavolo
