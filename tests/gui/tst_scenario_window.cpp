// The scenario window, offscreen: opening files (valid, invalid, unreadable, dropped),
// numeric sorting of the MSEL, row counts of every page, and live language switching.
#include "control/console.h"
#include "control/diagnosticsdock.h"
#include "control/exercisesession.h"
#include "control/injectdetailsdock.h"
#include "control/mainwindow.h"
#include "control/scenariopages.h"
#include "control/settings.h"
#include "control/translations.h"
#include "scenario/loader.h"
#include "views/diagnosticmodel.h"
#include "views/mselmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using cd::gui::DiagnosticModel;
using cd::gui::MainWindow;
using cd::gui::MselModel;
using cd::gui::ScenarioPages;
using cd::gui::Translations;
namespace settings = cd::gui::settings;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/gui/") + name;
}

QStringList columnTexts(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, col).data().toString();
    return out;
}

QMenu *menuNamed(const MainWindow &w, const QString &objectName)
{
    return w.findChild<QMenu *>(objectName);
}

void processLanguageChange()
{
    // LanguageChange is posted to each window, which forwards it to its children.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

}  // namespace

class TestScenarioWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensValidScenario_data();
    void opensValidScenario();
    void sortsMselByTimeNumerically_data();
    void sortsMselByTimeNumerically();
    void invalidFileShowsLocatedDiagnostics_data();
    void invalidFileShowsLocatedDiagnostics();
    void unreadableFile();
    void exerciseDatabaseIsNamed();
    void revealsWhatAPathPointsTo_data();
    void revealsWhatAPathPointsTo();
    void selectedInjectShownInFull();
    void filterNarrowsEveryPage_data();
    void filterNarrowsEveryPage();
    void dropOpensFile();
    void rememberRecentFiles();
    void remembersWindowStateAndPage();
    void languageSwitchRetranslatesLive();
    void commandLine_data();
    void commandLine();

private:
    Translations m_translations;
    QTemporaryDir m_folder;  ///< where opened scenarios record their exercises
};

void TestScenarioWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("CrossDrillTest");
    QCoreApplication::setApplicationName("tst_scenario_window");
}

void TestScenarioWindow::init()
{
    QSettings().clear();
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply("en");
    processLanguageChange();
}

void TestScenarioWindow::opensValidScenario_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("injects");
    QTest::addColumn<int>("rooms");
    QTest::addColumn<int>("sectors");
    QTest::addColumn<QString>("title");
    QTest::newRow("small") << dataFile("small.cxs.json") << 5 << 5 << 3
                           << "Small test exercise — small.cxs.json — CrossDrill";
    const QString bundled = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
    if (QFile::exists(bundled)) {
        // Counts from the loader itself: this row checks that the window shows all of it.
        const auto loaded = cd::scenario::loadScenarioFile(bundled);
        if (loaded.scenario) {
            const auto &s = *loaded.scenario;
            QTest::newRow("bundled") << bundled << int(s.injects.size()) << int(s.rooms.size())
                                     << int(s.graph.nodes.size())
                                     << s.meta.title.get("en") + " — nisc-2008-cross-sector.cxs.json — CrossDrill";
        } else {
            QTest::newRow("bundled (does not load)") << bundled << -1 << -1 << -1 << QString();
        }
    }
}

void TestScenarioWindow::opensValidScenario()
{
    QFETCH(QString, path);
    QFETCH(int, injects);
    QFETCH(int, rooms);
    QFETCH(int, sectors);
    QFETCH(QString, title);
    MainWindow w(&m_translations);
    const bool opened = w.openFile(path);
    QCOMPARE(columnTexts(w.diagnosticsDock()->model(), 0), QStringList());
    QCOMPARE(opened, true);
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), injects);
    QCOMPARE(w.pages()->roomView()->model()->rowCount(), rooms);
    QCOMPARE(w.pages()->sectorView()->model()->rowCount(), sectors);
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.currentFile(), QFileInfo(path).absoluteFilePath());
}

void TestScenarioWindow::sortsMselByTimeNumerically_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    // small.cxs.json lists them as I-001 +00:45, I-002 +00:10, I-003 (when), I-004 +02:05, I-005 +00:30.
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringList{"I-002", "I-005", "I-001", "I-004", "I-003"};
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringList{"I-003", "I-004", "I-001", "I-005", "I-002"};
}

void TestScenarioWindow::sortsMselByTimeNumerically()
{
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    MainWindow w(&m_translations);
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    QTableView *view = w.pages()->mselView();
    // Sort the way a user does: by clicking the Time header (twice for descending).
    view->sortByColumn(MselModel::Id, Qt::AscendingOrder);
    const int x = view->horizontalHeader()->sectionViewportPosition(MselModel::Time) + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    if (view->horizontalHeader()->sortIndicatorOrder() != Qt::SortOrder(order))
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(MselModel::Time));
    QCOMPARE(int(view->horizontalHeader()->sortIndicatorOrder()), order);
    QCOMPARE(columnTexts(view->model(), MselModel::Id), ids);
}

void TestScenarioWindow::invalidFileShowsLocatedDiagnostics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messages");
    // Positions checked by hand against the files: line 50 column 37 is the misspelt key,
    // and so on; the missing key is reported at the inject's opening brace.
    QTest::newRow("misspelt key")
        << "invalid-key.cxs.json"
        << QStringList{
               "invalid-key.cxs.json:50:5: error: missing required key 'channel'",
               "invalid-key.cxs.json:50:37: error: unknown key 'chanel'; did you mean 'channel'? (known keys here: id, "
               "at, "
               "when, delay, contingency, channel, from, to, cc, subject, body, script, page, attachments, expected, "
               "control_notes)"};
    QTest::newRow("dangling references")
        << "invalid-refs.cxs.json"
        << QStringList{"invalid-refs.cxs.json:45:96: error: unknown room 'op-telecom-x'; did you mean 'op-telecom-a'?",
                       "invalid-refs.cxs.json:53:38: error: unknown node 'telekom'; did you mean 'telecom'?"};
    QTest::newRow("not json") << "not-json.cxs.json"
                              << QStringList{
                                     "not-json.cxs.json:4:1: error: unexpected end of input, expected ',' or '}'"};
}

void TestScenarioWindow::invalidFileShowsLocatedDiagnostics()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messages);
    MainWindow w(&m_translations);
    w.show();
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    QCOMPARE(w.openFile(dataFile(file)), false);
    QCOMPARE(columnTexts(w.diagnosticsDock()->model(), 0), messages);
    QCOMPARE(w.diagnosticsDock()->isVisible(), true);
    // What cannot be shown is empty, not left over from the previous file.
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), 0);
    QCOMPARE(w.pages()->roomView()->model()->rowCount(), 0);
    QCOMPARE(w.pages()->sectorView()->model()->rowCount(), 0);
    QCOMPARE(w.windowTitle(), file + " — CrossDrill");
}

void TestScenarioWindow::unreadableFile()
{
    MainWindow w(&m_translations);
    const QString missing = dataFile("no-such-file.cxs.json");
    QCOMPARE(w.openFile(missing), false);
    QCOMPARE(w.diagnosticsDock()->model()->rowCount(), 1);
    QCOMPARE(w.diagnosticsDock()->model()->errorCount(), 1);
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), 0);
    // An unreadable file is not remembered as recent.
    QCOMPARE(settings::recentFiles.value(), QStringList());
}

void TestScenarioWindow::exerciseDatabaseIsNamed()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("run.cxdb");
    QFile file(db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    MainWindow w(&m_translations);
    // A .cxdb is reopened as an exercise; a file that is not one says so in the diagnostics.
    QCOMPARE(w.openFile(db), false);
    const QStringList texts = columnTexts(w.diagnosticsDock()->model(), 0);
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().startsWith("run.cxdb: error: cannot reopen this exercise database: "),
             qPrintable(texts.first()));
}

void TestScenarioWindow::revealsWhatAPathPointsTo_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("selectedId");
    // The MSEL is sorted by time, so the third inject in the file (I-003, conditional) is last.
    // A path that points nowhere leaves the selection alone (the first inject, I-002).
    QTest::newRow("inject") << "injects[2].to[0]" << true << int(ScenarioPages::MselPage) << "I-003";
    QTest::newRow("room") << "rooms[1].name" << true << int(ScenarioPages::RoomsPage) << "mic";
    QTest::newRow("node") << "graph.nodes[2]" << true << int(ScenarioPages::SectorsPage) << "water";
    QTest::newRow("out of range") << "injects[99]" << false << int(ScenarioPages::MselPage) << "I-002";
    QTest::newRow("elsewhere") << "meta.title" << false << int(ScenarioPages::MselPage) << "I-002";
}

void TestScenarioWindow::revealsWhatAPathPointsTo()
{
    QFETCH(QString, path);
    QFETCH(bool, found);
    QFETCH(int, page);
    QFETCH(QString, selectedId);
    MainWindow w(&m_translations);
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    ScenarioPages *pages = w.pages();
    QCOMPARE(pages->revealPath(path), found);
    QCOMPARE(pages->currentIndex(), page);
    auto *view = qobject_cast<QTableView *>(pages->currentWidget());
    const QModelIndexList selected = view->selectionModel()->selectedRows(0);
    QCOMPARE(selected.isEmpty() ? QString() : selected.first().data().toString(), selectedId);
}

void TestScenarioWindow::selectedInjectShownInFull()
{
    MainWindow w(&m_translations);
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    QTextBrowser *browser = w.injectDetailsDock()->browser();
    // The first inject in time order is current after opening.
    QCOMPARE(browser->toPlainText().section('\n', 0, 0), "I-002: Substation alarm");
    QTableView *view = w.pages()->mselView();
    const int row = columnTexts(view->model(), MselModel::Id).indexOf("I-001");
    QCOMPARE_GE(row, 0);
    view->setCurrentIndex(view->model()->index(row, MselModel::Subject));
    const QString shown = browser->toPlainText();
    const QStringList expectedParts{"I-001: Calls do not connect", "Several customers report failed calls.",
                                    "E-001 Telecom operator A: report to MIC, within 30 min (theme 1)",
                                    "Hint: ask about the power supply."};
    for (const QString &expected : expectedParts)
        if (!shown.contains(expected))
            QCOMPARE(shown, expected);
    // Opening another file first lets go of the old inject.
    QCOMPARE(w.openFile(dataFile("not-json.cxs.json")), false);
    QCOMPARE(browser->toPlainText(), "Select an inject in the MSEL to see it in full.");
}

void TestScenarioWindow::filterNarrowsEveryPage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("injects");
    QTest::addColumn<int>("rooms");
    QTest::addColumn<int>("sectors");
    // Matches any shown column, case-insensitively: subjects, recipients, conditions, sector names.
    QTest::newRow("outage") << "outage" << QStringList{"I-005", "I-004"} << 0 << 0;
    QTest::newRow("telecom") << "TELECOM" << QStringList{"I-001", "I-004", "I-003"} << 3 << 1;
    QTest::newRow("nothing") << "zzz" << QStringList{} << 0 << 0;
}

void TestScenarioWindow::filterNarrowsEveryPage()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, injects);
    QFETCH(int, rooms);
    QFETCH(int, sectors);
    MainWindow w(&m_translations);
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    QTest::keyClicks(w.pages()->filterEdit(), typed);
    QCOMPARE(columnTexts(w.pages()->mselView()->model(), MselModel::Id), injects);
    QCOMPARE(w.pages()->roomView()->model()->rowCount(), rooms);
    QCOMPARE(w.pages()->sectorView()->model()->rowCount(), sectors);
    w.pages()->filterEdit()->clear();
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), 5);
}

void TestScenarioWindow::dropOpensFile()
{
    MainWindow w(&m_translations);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataFile("small.cxs.json"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QCOMPARE(enter.isAccepted(), true);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), 5);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile("/tmp/picture.png")});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(&w, &refused);
    QCOMPARE(refused.isAccepted(), false);
}

void TestScenarioWindow::rememberRecentFiles()
{
    QString db;
    {
        MainWindow w(&m_translations);
        QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
        QVERIFY(w.console());  // opening it started an exercise, remembered too
        db = w.console()->session().databasePath();
        QCOMPARE(w.openFile(dataFile("invalid-key.cxs.json")), false);
        QCOMPARE(w.console(), nullptr);
    }
    QCOMPARE(settings::recentFiles.value(),
             (QStringList{QFileInfo(dataFile("invalid-key.cxs.json")).absoluteFilePath(), db,
                          QFileInfo(dataFile("small.cxs.json")).absoluteFilePath()}));
    // A new window offers them, numbered for the keyboard, and opens one when triggered.
    MainWindow w(&m_translations);
    QMenu *recent = menuNamed(w, "recentMenu");
    QVERIFY(recent);
    QCOMPARE(recent->actions().at(2)->text(), "&3 small.cxs.json");
    recent->actions().at(2)->trigger();
    QCoreApplication::sendPostedEvents();  // the menu queues the request: opening rebuilds it
    QCOMPARE(w.currentFile(), QFileInfo(dataFile("small.cxs.json")).absoluteFilePath());
    QCOMPARE(w.pages()->mselView()->model()->rowCount(), 5);
    QVERIFY(w.console());
    QVERIFY(w.console()->session().databasePath() != db);  // a new exercise
    // The exercise's entry reopens that exercise.
    const QString second = w.console()->session().databasePath();
    QCOMPARE(settings::recentFiles.value().first(), second);
    recent->actions().at(3)->trigger();  // now: second db, small, invalid-key, first db
    QCoreApplication::sendPostedEvents();
    QVERIFY(w.console());
    QCOMPARE(w.console()->session().databasePath(), db);
}

void TestScenarioWindow::remembersWindowStateAndPage()
{
    {
        MainWindow w(&m_translations);
        w.show();
        w.resize(910, 610);
        w.diagnosticsDock()->hide();
        w.pages()->setCurrentIndex(ScenarioPages::SectorsPage);
        QVERIFY(w.close());
    }
    MainWindow w(&m_translations);
    w.show();
    QCOMPARE(w.size(), QSize(910, 610));
    QCOMPARE(w.diagnosticsDock()->isVisible(), false);
    QCOMPARE(w.pages()->currentIndex(), int(ScenarioPages::SectorsPage));
}

void TestScenarioWindow::languageSwitchRetranslatesLive()
{
    MainWindow w(&m_translations);
    QCOMPARE(w.openFile(dataFile("small.cxs.json")), true);
    QMenu *fileMenu = menuNamed(w, "fileMenu");
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), "&File");
    auto *summary = w.findChild<QLabel *>("summaryLabel");
    QVERIFY(summary);
    QCOMPARE(summary->text(), "5 injects, 5 rooms, 3 sectors");

    auto *japanese = w.findChild<QAction *>("languageAction_ja");
    QVERIFY(japanese);
    japanese->trigger();
    processLanguageChange();
    QCOMPARE(m_translations.language(), "ja");
    QCOMPARE(fileMenu->title(), "ファイル(&F)");
    QCOMPARE(menuNamed(w, "languageMenu")->title(), "言語(&L)");
    QCOMPARE(w.pages()->mselView()->model()->headerData(MselModel::Time, Qt::Horizontal).toString(), "時刻");
    QCOMPARE(w.windowTitle(), "小規模テスト演習 — small.cxs.json — CrossDrill");
    QCOMPARE(summary->text(), "状況付与 5 件、参加組織 5、分野 3");
    QCOMPARE(w.pages()->mselView()->model()->index(0, MselModel::Channel).data().toString(), "電話");
    QCOMPARE(settings::language.value(), "ja");
    QCOMPARE(japanese->isChecked(), true);

    w.findChild<QAction *>("languageAction_en")->trigger();
    processLanguageChange();
    QCOMPARE(fileMenu->title(), "&File");
    QCOMPARE(w.pages()->mselView()->model()->headerData(MselModel::Time, Qt::Horizontal).toString(), "Time");
    QCOMPARE(settings::language.value(), "en");
}

void TestScenarioWindow::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOutput");
    QTest::newRow("version") << QStringList{"--version"} << 0 << "crossdrill " CROSSDRILL_VERSION "\n";
    QTest::newRow("help lists the verbs") << QStringList{"--help"} << 0 << "  validate    check scenario files";
    QTest::newRow("help names the documents")
        << QStringList{"--help"} << 0
        << "Documentation (in the docs/ folder of the source tree):\n  README.md           the index\n"
           "  domain.md           the exercise and its Japanese terms\n";
    QTest::newRow("two files") << QStringList{"a.cxs.json", "b.cxs.json"} << 2
                               << "crossdrill: give at most one file to open\n";
}

void TestScenarioWindow::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOutput);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANG", "C.UTF-8");
    env.insert("LC_ALL", "C.UTF-8");
    process.setProcessEnvironment(env);
    process.start(CROSSDRILL_BINARY, args);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    // Other lines (Qt's own warnings) may surround it; on a mismatch, show the whole output.
    if (!output.contains(expectedOutput))
        QCOMPARE(output, expectedOutput);
}

QTEST_MAIN(TestScenarioWindow)
#include "tst_scenario_window.moc"
