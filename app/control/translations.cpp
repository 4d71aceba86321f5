#include "control/translations.h"

#include "control/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cd::gui {

Translations::Translations(QObject *parent) : QObject(parent) {}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QStringList Translations::available()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString Translations::systemLanguage()
{
    // uiLanguages() honours LANGUAGE as well as LANG/LC_*; the first one we have wins.
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString lang = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (available().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString &lang)
{
    // Written in their own language on purpose: someone who cannot read the current UI
    // language must still find theirs.
    if (lang == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString Translations::preferredLanguage()
{
    const QString chosen = settings::language.value();
    return available().contains(chosen) ? chosen : systemLanguage();
}

void Translations::apply(const QString &lang)
{
    const QString effective = available().contains(lang) ? lang : QStringLiteral("en");
    if (effective == m_language)
        return;
    m_language = effective;

    // Removing and installing translators sends QEvent::LanguageChange to every window.
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // qt_add_translations embeds the .qm files under the /i18n resource prefix.
    if (m_app.load(QStringLiteral(":/i18n/crossdrill_") + effective))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    emit languageChanged(m_language);
}

void Translations::choose(const QString &lang)
{
    apply(lang);
    settings::language.setValue(m_language);
}

}  // namespace cd::gui
