// A live language switch leaves no string of the other language, offscreen on the bundled
// scenario mid-exercise: the console (its docks, status bar and menus), every room window, the
// host dialog and the user guide are switched English -> Japanese -> English, and every visible
// text (labels, buttons, tabs, menus and actions, lists, trees, tables and their headers, window
// titles, status messages) is read after each switch.
//
// "Of the other language": in English, any Japanese left outside parentheses (the English UI
// keeps Japanese terms in parentheses on purpose: "Report (情報連絡)"); in Japanese, a text
// with no Japanese at all that holds a capitalised English word ("Telecommunications").
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/settings.h"
#include "control/translations.h"
#include "room/roomwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd::gui;

namespace {

/// Every text a user can read in `top` and its children (visible ones), with where it is.
QList<std::pair<QString, QString>> visibleTexts(QWidget *top)
{
    QList<std::pair<QString, QString>> out;
    const auto add = [&out](QObject *where, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.append({where->objectName() + "(" + where->metaObject()->className() + ")", text});
    };
    add(top, top->windowTitle());
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(top) && w != top)
            continue;
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(w, dock->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(w, bar->tabText(i));
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        if (auto *status = qobject_cast<QStatusBar *>(w))
            add(w, status->currentMessage());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, menu->title());
        for (QAction *a : w->actions())
            if (!a->isSeparator()) {
                add(a, a->text());
                if (a->menu())
                    add(a->menu(), a->menu()->title());
            }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(w, m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(m->rowCount(), 300); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    add(w, m->index(r, c).data().toString());
        }
    }
    return out;
}

bool hasJapanese(const QString &s)
{
    static const QRegularExpression japanese(QStringLiteral("[\\p{Hiragana}\\p{Katakana}\\p{Han}]"));
    return japanese.match(s).hasMatch();
}

/// A text of the other language than `lang`, or empty when it reads in `lang`.
bool otherLanguage(const QString &text, const QString &lang)
{
    static const QStringList names{Translations::nativeName("ja"), Translations::nativeName("en")};
    if (names.contains(text))
        return false;  // the Language menu names each language in itself
    if (lang == "en") {
        QString outside = text;
        static const QRegularExpression parenthesized(QStringLiteral("\\([^)]*\\)|（[^）]*）"));
        outside.remove(parenthesized);
        // "事務局のみ / CONTROL ONLY": both languages side by side on purpose.
        for (const QString &part : outside.split(QStringLiteral(" / ")))
            if (!hasJapanese(part) && outside.contains(QStringLiteral(" / ")))
                return false;
        return hasJapanese(outside);
    }
    static const QRegularExpression englishWord(QStringLiteral("\\b[A-Z][a-z]{3,}\\b"));
    static const QStringList kept{"CrossDrill"};  // a name, the same in both languages
    QString rest = text;
    for (const QString &k : kept)
        rest.remove(k);
    return !hasJapanese(text) && englishWord.match(rest).hasMatch();
}

}  // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noStringOfTheOtherLanguageLeft();

private:
    QStringList leftovers(const QString &lang) const;
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

QStringList TestLanguageSwitch::leftovers(const QString &lang) const
{
    QStringList found;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || qobject_cast<QMenu *>(top))
            continue;
        for (const auto &[where, text] : visibleTexts(top))
            if (otherLanguage(text, lang))
                found << QStringLiteral("%1 / %2: %3").arg(top->windowTitle(), where, text.left(120));
    }
    found.removeDuplicates();
    return found;
}

void TestLanguageSwitch::noStringOfTheOtherLanguageLeft()
{
    MainWindow w(&m_translations);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json")));
    ExerciseSession &session = w.console()->session();
    session.start();
    session.runTo(150);  // mail, calls, pages, sector states and breaches to show
    w.console()->openAllRooms();
    QAction *host = w.findChild<QAction *>("hostRemoteRoomsAction");
    QVERIFY(host);
    host->trigger();
    QAction *guide = w.findChild<QAction *>("userGuideAction");
    QVERIFY(guide);
    guide->trigger();
    QCoreApplication::processEvents();
    const QStringList before = leftovers("en");
    QVERIFY2(before.isEmpty(), qPrintable("en:\n" + before.join("\n")));
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("ja")}) {
        m_translations.choose(lang);
        QCoreApplication::processEvents();
        const QStringList left = leftovers(lang);
        QVERIFY2(left.isEmpty(), qPrintable(lang + ":\n" + left.join("\n")));
    }
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
