// The console's q(t) chart, offscreen: after reopening an exercise it shows the whole exercise
// (re-run from the log), the same points the live chart had drawn before closing; and at
// 1400x900 it keeps the height its axes need in both languages.
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/translations.h"

#include <QChartView>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::gui;

namespace {
/// Every series' points, one list per sector.
std::vector<QList<QPointF>> pointsOf(const SectorDock *dock)
{
    std::vector<QList<QPointF>> out;
    for (const QLineSeries *s : dock->series())
        out.push_back(s->points());
    return out;
}
}  // namespace

class TestSectorChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeExerciseAfterReopening_data();
    void wholeExerciseAfterReopening();
    void readableAt1400x900_data();
    void readableAt1400x900();

private:
    Translations m_translations;
    QTemporaryDir m_folder;
};

void TestSectorChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    settings::exerciseFolder.setValue(m_folder.path());
    m_translations.apply(QStringLiteral("en"));
}

void TestSectorChart::wholeExerciseAfterReopening_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("minutes");   // how long it ran before closing
    QTest::addColumn<bool>("approve");  // a mitigation approved on the way (changes the model)
    QTest::newRow("drill 20 min") << "/tests/data/console/drill.cxs.json" << 20 << false;
    QTest::newRow("drill 45 min, a response approved") << "/tests/data/console/drill.cxs.json" << 45 << true;
    QTest::newRow("bundled 90 min") << "/scenarios/nisc-2008-cross-sector.cxs.json" << 90 << false;
}

void TestSectorChart::wholeExerciseAfterReopening()
{
    QFETCH(QString, scenario);
    QFETCH(int, minutes);
    QFETCH(bool, approve);
    QString db;
    std::vector<QList<QPointF>> before;
    {
        MainWindow w(&m_translations);
        QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_SOURCE_DIR) + scenario));
        ExerciseSession &session = w.console()->session();
        db = session.databasePath();
        session.start();
        // Minute by minute, as the clock does: the live chart samples every minute.
        for (int m = 1; m <= minutes; ++m) {
            session.runTo(m);
            if (approve && m == 10) {
                const auto &responses = session.scenario().responses;
                QVERIFY(!responses.empty());
                QVERIFY(session.exercise()
                            .perform("op-a", QJsonObject{{"do", "request"}, {"response", responses.front().id}})
                            .ok);
                QVERIFY(session.perform({{"do", "approve"}, {"response", responses.front().id}, {"of", "op-a"}}).ok);
            }
        }
        before = pointsOf(w.console()->sectors());
        QCOMPARE(before.front().size(), minutes + 1);
    }
    MainWindow w(&m_translations);
    QVERIFY(w.openFile(db));
    const int resumed = w.console()->session().minute();
    QCOMPARE_GT(resumed, 0);
    QCOMPARE_LE(resumed, minutes);
    const std::vector<QList<QPointF>> after = pointsOf(w.console()->sectors());
    QCOMPARE(after.size(), before.size());
    double largest = 0;
    for (size_t k = 0; k < after.size(); ++k) {
        // From minute 0 to the minute it resumes at, one point a minute, as drawn before.
        QCOMPARE(after[k].size(), resumed + 1);
        for (int i = 0; i <= resumed; ++i) {
            QCOMPARE(after[k][i].x(), double(i));
            QCOMPARE(after[k][i].x(), before[k][i].x());
            QCOMPARE(qRound64(after[k][i].y() * 1e9), qRound64(before[k][i].y() * 1e9));
            largest = std::max(largest, after[k][i].y());
        }
    }
    QCOMPARE_GT(largest, 0.1);  // the cascade did happen in the compared stretch
    // Resuming goes on from there without a second point at the same minute.
    w.console()->session().start();
    w.console()->session().runTo(resumed + 1);
    QCOMPARE(pointsOf(w.console()->sectors()).front().size(), resumed + 2);
}

void TestSectorChart::readableAt1400x900_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << "en";
    QTest::newRow("ja") << "ja";
}

void TestSectorChart::readableAt1400x900()
{
    QFETCH(QString, lang);
    m_translations.apply(lang);
    MainWindow w(&m_translations);
    w.resize(1400, 900);
    QVERIFY(w.openFile(QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QChartView *chart = w.console()->sectors()->chartView();
    QCOMPARE(chart->isVisible(), true);
    QCOMPARE_GE(chart->height(), SectorDock::kChartMinHeight);
    // The dock gets what its board, chart and explanation need (nothing drawn over the dock below).
    const SectorDock *dock = w.console()->sectors();
    QCOMPARE_GE(dock->height(), dock->minimumSizeHint().height());
    // The plot keeps most of it: the axes' labels and titles fit around it.
    QCOMPARE_GE(chart->chart()->plotArea().height(), 120.0);
    QCOMPARE_GE(chart->chart()->plotArea().width(), 250.0);
    m_translations.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestSectorChart)
#include "tst_sector_chart.moc"
