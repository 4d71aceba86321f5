// The translation files: every message of crossdrill_ja.ts is translated, every translation
// keeps its source's placeholders (%1, %n, ...), and the embedded .qm files load and translate.
#include "control/translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  ///< one, or one per numerus form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = Message{context, {}, {}, false};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            current.unfinished = xml.attributes().value("type") == u"unfinished";
            // A numerus message holds <numerusform> children; a plain one holds text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

}  // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesComplete_data();
    void tsFilesComplete();
    void embeddedCatalogues_data();
    void embeddedCatalogues();
    void systemLanguage_data();
    void systemLanguage();
};

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ja") << "crossdrill_ja.ts";
    QTest::newRow("en") << "crossdrill_en.ts";
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, file);
    const QList<Message> messages = readTs(CROSSDRILL_SOURCE_DIR "/resources/translations/" + file);
    QCOMPARE_GT(messages.size(), 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished || m.translations.contains(QString()))
            problems << m.context + ": untranslated: " + m.source;
        for (const QString &t : m.translations)
            if (placeholders(t) != placeholders(m.source))
                problems << m.context + ": placeholders differ: " + m.source + " -> " + t;
    }
    QCOMPARE(problems, QStringList());
}

void TestTranslations::embeddedCatalogues_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja menu") << "ja"
                             << "cd::gui::MainWindow"
                             << "&File"
                             << "ファイル(&F)";
    QTest::newRow("ja header") << "ja"
                               << "cd::gui::MselModel"
                               << "Time"
                               << "時刻";
    QTest::newRow("ja role") << "ja"
                             << "cd::gui::RoomModel"
                             << "CEPTOAR"
                             << "セプター";
    QTest::newRow("ja control team") << "ja"
                                     << "cd::gui::MselModel"
                                     << "Control team"
                                     << "事務局";
    QTest::newRow("en menu") << "en"
                             << "cd::gui::MainWindow"
                             << "&File"
                             << "&File";
}

void TestTranslations::embeddedCatalogues()
{
    QFETCH(QString, lang);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(":/i18n/crossdrill_" + lang));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestTranslations::systemLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("japanese") << QStringList{"ja-JP"} << "ja";
    QTest::newRow("first supported wins") << QStringList{"de-DE", "ja-JP", "en-US"} << "ja";
    QTest::newRow("english first") << QStringList{"en-GB", "ja"} << "en";
    QTest::newRow("unsupported falls back to English") << QStringList{"de-DE", "fr"} << "en";
    QTest::newRow("none") << QStringList{} << "en";
}

void TestTranslations::systemLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(cd::gui::Translations::languageFor(uiLanguages), expected);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
