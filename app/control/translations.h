#pragma once
// The UI language: installs CrossDrill's own translator and Qt's (qtbase) for the chosen
// language, remembers the choice, and follows the system locale until the user picks one.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget, which is how
// open windows retranslate themselves live.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace cd::gui {

class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// The languages the UI is translated into ("ja", "en").
    static QStringList available();
    /// The language of the system locale if available, else "en".
    static QString systemLanguage();
    /// The language's own name ("日本語", "English"), for the Language menu.
    static QString nativeName(const QString &lang);

    /// The remembered language, or the system's when none was chosen.
    static QString preferredLanguage();

    /// The language in use ("ja" or "en").
    QString language() const { return m_language; }
    /// Installs the translators for `lang` (an unknown language falls back to English).
    void apply(const QString &lang);
    /// Applies `lang` and remembers it for the next start.
    void choose(const QString &lang);

signals:
    void languageChanged(const QString &lang);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

}  // namespace cd::gui
