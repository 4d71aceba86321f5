// The control console's timeline, offscreen: the filter box filters it, the time column shows
// offsets or "by hand", and it names parties in the UI language.
#include "consoletest.h"
#include "control/clockbar.h"
#include "control/console.h"
#include "control/consoleactions.h"
#include "control/exercisesession.h"
#include "control/judgedock.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/scenariopages.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/timelinedock.h"
#include "control/translations.h"
#include "control/truthdock.h"
#include "room/composedialog.h"
#include "room/mailpanel.h"
#include "room/phonepanel.h"
#include "room/playpanel.h"
#include "room/roomactions.h"
#include "room/roomwindow.h"
#include "room/surveyform.h"
#include "room/webpanel.h"
#include "scenario/loader.h"
#include "views/commsfilter.h"
#include "views/commsmodel.h"
#include "views/mailmodel.h"
#include "views/sectorboardmodel.h"
#include "views/timelinemodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace cd::gui;

class TestConsoleTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBoxFiltersTheTimeline();
    void timelineTimeColumn_data();
    void timelineTimeColumn();
    void timelineNamesParties_data();
    void timelineNamesParties();

private:
    Translations m_translations;
    QTemporaryDir m_folder;  ///< where opened scenarios record their exercises
};

void TestConsoleTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestConsoleTimeline::filterBoxFiltersTheTimeline()
{
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(drill()));
    w.pages()->filterEdit()->clear();
    QTest::keyClicks(w.pages()->filterEdit(), "customer");
    QTableView *view = w.console()->timeline()->view();
    QCOMPARE(column(view->model(), TimelineModel::IdColumn), QStringList{"I-001"});
    QCOMPARE(w.pages()->filterEdit()->placeholderText(), QString("Filter the timeline (Ctrl+F)"));
    w.pages()->filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 3);
}

// The time column: an offset, or "by hand" for a contingency inject (neither time nor condition).
void TestConsoleTimeline::timelineTimeColumn_data()
{
    QTest::addColumn<QString>("inject");
    QTest::addColumn<QString>("shown");
    QTest::newRow("timed") << "I-003"
                           << "+00:15";
    QTest::newRow("contingency") << "I-005"
                                 << "by hand";
}

void TestConsoleTimeline::timelineTimeColumn()
{
    QFETCH(QString, inject);
    QFETCH(QString, shown);
    const auto loaded = cd::scenario::loadScenarioFile(drill());
    QVERIFY(loaded.scenario);
    TimelineModel model(*loaded.scenario);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(model.rowOf(inject), TimelineModel::TimeColumn).data().toString(), shown);
}

void TestConsoleTimeline::timelineNamesParties_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("inject");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("tip");
    QTest::newRow("persona en") << "en"
                                << "I-003" << int(TimelineModel::FromColumn) << "Chronos Time Systems support centre"
                                << "Chronos Time Systems support centre (persona:chronos)";
    QTest::newRow("persona ja") << "ja"
                                << "I-003" << int(TimelineModel::FromColumn)
                                << "クロノス時刻システム株式会社 サポートセンター"
                                << "クロノス時刻システム株式会社 サポートセンター (persona:chronos)";
    QTest::newRow("room en") << "en"
                             << "I-004" << int(TimelineModel::ToColumn) << "Toto Telecom"
                             << "Toto Telecom (op-toto-telecom)";
    QTest::newRow("room ja") << "ja"
                             << "I-004" << int(TimelineModel::ToColumn) << "東都通信"
                             << "東都通信 (op-toto-telecom)";
    QTest::newRow("site en") << "en"
                             << "I-002" << int(TimelineModel::ToColumn) << "Toto News"
                             << "Toto News (news)";
    QTest::newRow("many rooms en") << "en"
                                   << "I-003" << int(TimelineModel::ToColumn)
                                   << "Toto Telecom, Minato Bank, Kabutocho Securities and 3 more"
                                   << "";
    QTest::newRow("control en") << "en"
                                << "I-004" << int(TimelineModel::FromColumn) << "Control team"
                                << "Control team (control)";
}

void TestConsoleTimeline::timelineNamesParties()
{
    QFETCH(QString, lang);
    QFETCH(QString, inject);
    QFETCH(int, column);
    QFETCH(QString, shown);
    QFETCH(QString, tip);
    const auto loaded =
        cd::scenario::loadScenarioFile(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
    QVERIFY(loaded.scenario);
    m_translations.apply(lang);
    TimelineModel model(*loaded.scenario);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(lang);
    const QModelIndex i = model.index(model.rowOf(inject), column);
    QCOMPARE(i.data().toString(), shown);
    const QString toolTip = i.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty())  // every recipient, with its id
        QCOMPARE(toolTip.count('\n'), 5);
    else
        QCOMPARE(toolTip, tip);
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestConsoleTimeline)
#include "tst_console_timeline.moc"
