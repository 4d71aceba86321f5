// Charts tell their series apart (issue 15), offscreen: the shared pens are the report's colours
// and dashes, pairwise distinct; the legend widget reflows its columns to any width with every
// entry inside it; and the console's, the editor's and the debrief replay's q(t) charts of the
// bundled 14-sector scenario draw each sector with its shared pen and show one whole legend entry
// per sector, named in the UI language, within the window at 1366x768 and 1920x1080.
#include "../reportfixture.h"
#include "control/console.h"
#include "control/mainwindow.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/translations.h"
#include "editor/cascademodel.h"
#include "editor/cascadepanel.h"
#include "editor/editorwindow.h"
#include "report/debriefreplay.h"
#include "report/documents.h"
#include "report/replaychart.h"
#include "report/reportwindow.h"
#include "scenario/loader.h"
#include "views/serieslegend.h"
#include "views/seriesstyle.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHeaderView>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace cd;
using gui::SeriesLegend;

namespace {

const QString kScenario = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.cxs.json");
const QString kPlayers = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector.players.json");

/// "#rrggbb 6,3" (solid: no pattern), the dashes in pixels at the normal width: what tells two
/// series apart (a highlighted line is only wider).
QString style(const QPen &pen)
{
    QStringList dashes;
    if (pen.style() != Qt::SolidLine)
        for (const qreal d : pen.dashPattern())
            dashes << QString::number(d * gui::kSeriesWidth, 'g', 4);
    return pen.color().name() + QLatin1Char(' ') + dashes.join(QLatin1Char(','));
}

/// The scenario's sector names in `lang`, in its order.
QStringList sectorNames(const QString &lang)
{
    QFile f(kScenario);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto loaded = scenario::loadScenario(f.readAll(), kScenario);
    QStringList names;
    for (const scenario::Node &n : loaded.scenario->graph.nodes)
        names << n.name.get(lang);
    return names;
}

/// The series' pens are the shared ones of sectors `indices` (pairwise distinct), the legend has
/// one entry per series with its name and pen, every one whole and in sight inside `window`.
void checkChart(const std::vector<QLineSeries *> &series, const std::vector<int> &indices, const SeriesLegend *legend,
                const QWidget *window)
{
    QCOMPARE(series.size(), indices.size());
    QSet<QString> styles;
    for (size_t k = 0; k < series.size(); ++k) {
        QCOMPARE(style(series[k]->pen()), style(gui::seriesPen(indices[k])));
        styles.insert(style(series[k]->pen()));
    }
    QCOMPARE(styles.size(), qsizetype(series.size()));
    QVERIFY(legend->isVisible());
    QCOMPARE(legend->count(), int(series.size()));
    const QRegion visible = legend->visibleRegion();
    for (int i = 0; i < legend->count(); ++i) {
        QCOMPARE(legend->entry(i).name, series[size_t(i)]->name());
        QCOMPARE(style(legend->entry(i).pen), style(series[size_t(i)]->pen()));
        const QRect r = legend->entryRect(i);
        QVERIFY2(legend->rect().contains(r), qPrintable(legend->entry(i).name));
        QCOMPARE(visible.intersected(r), QRegion(r));
        QVERIFY2(window->rect().contains(QRect(legend->mapTo(window, r.topLeft()), r.size())),
                 qPrintable(legend->entry(i).name));
        QVERIFY2(legend->showsWholeName(i), qPrintable(legend->entry(i).name));
    }
}

}  // namespace

class TestSeriesLegend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pensAreTheReports_data();
    void pensAreTheReports();
    void reflowsToWidth_data();
    void reflowsToWidth();
    void clickReportsEntry();
    void keyboardReportsEntry_data();
    void keyboardReportsEntry();
    void consoleChart_data() { windows(); }
    void consoleChart();
    void editorChart_data() { windows(); }
    void editorChart();
    void replayChart_data() { windows(); }
    void replayChart();

private:
    static void windows();
    static std::vector<SeriesLegend::Entry> fourteen();

    gui::Translations m_translations;
    QTemporaryDir m_folder;
    QString m_db;
};

void TestSeriesLegend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    gui::settings::exerciseFolder.setValue(m_folder.path());
    m_db = m_folder.filePath(QStringLiteral("nisc-replay.cxdb"));
    QCOMPARE(reportfixture::runScenario(kScenario, kPlayers, m_db, 90), QString());
}

void TestSeriesLegend::windows()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    for (const char *lang : {"en", "ja"})
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
            QTest::addRow("%s %dx%d", lang, size.width(), size.height()) << QString::fromLatin1(lang) << size;
}

void TestSeriesLegend::pensAreTheReports_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 20; ++i)
        QTest::addRow("series %d", i) << i;
}

void TestSeriesLegend::pensAreTheReports()
{
    QFETCH(int, index);
    const QPen pen = gui::seriesPen(index);
    QCOMPARE(pen.color().name(), report::seriesColour(index));
    QCOMPARE(pen.widthF(), gui::kSeriesWidth);
    // The SVG's stroke-dasharray in pixels, as Qt draws it at this width.
    QCOMPARE(style(pen).section(QLatin1Char(' '), 1), report::seriesDash(index));
    // No earlier series looks the same.
    for (int j = 0; j < index; ++j)
        QVERIFY2(style(gui::seriesPen(j)) != style(pen), qPrintable(style(pen)));
}

std::vector<SeriesLegend::Entry> TestSeriesLegend::fourteen()
{
    std::vector<SeriesLegend::Entry> entries;
    const QStringList names = sectorNames(QStringLiteral("en"));
    for (int i = 0; i < int(names.size()); ++i)
        entries.push_back({names[i], gui::seriesPen(i)});
    return entries;
}

void TestSeriesLegend::reflowsToWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("whole");  // every name fits in full
    QTest::addColumn<int>("maxRows");
    QTest::newRow("wide 1400") << 1400 << true << 2;
    QTest::newRow("console 940") << 940 << true << 3;
    QTest::newRow("console 540") << 540 << true << 5;
    QTest::newRow("editor 400") << 400 << true << 7;
    QTest::newRow("narrow 150") << 150 << false << 14;
}

void TestSeriesLegend::reflowsToWidth()
{
    QFETCH(int, width);
    QFETCH(bool, whole);
    QFETCH(int, maxRows);
    SeriesLegend legend;
    legend.setEntries(fourteen());
    QCOMPARE(legend.count(), 14);
    legend.resize(width, 10);
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    QCOMPARE(legend.width(), width);
    // As tall as its rows at this width, however tall it was asked to be.
    QCOMPARE(legend.height(), legend.heightForWidth(width));
    QCOMPARE_GE(legend.columnCount(), 1);
    int bottom = 0;
    int rows = 0;
    bool allWhole = true;
    for (int i = 0; i < legend.count(); ++i) {
        const QRect r = legend.entryRect(i);
        QVERIFY2(legend.rect().contains(r), qPrintable(legend.entry(i).name));
        allWhole = allWhole && legend.showsWholeName(i);
        // In reading order: to the right of the one before, or on the next row.
        if (i == 0 || r.top() > legend.entryRect(i - 1).top())
            ++rows;
        else
            QCOMPARE_GT(r.left(), legend.entryRect(i - 1).right());
        for (int j = 0; j < i; ++j)
            QVERIFY(!r.intersects(legend.entryRect(j)));
        bottom = std::max(bottom, r.bottom() + 1);
    }
    QCOMPARE(legend.height(), bottom + 3);  // no empty rows
    QCOMPARE(allWhole, whole);
    QCOMPARE_LE(rows, maxRows);
}

void TestSeriesLegend::clickReportsEntry()
{
    SeriesLegend legend;
    legend.setEntries(fourteen());
    legend.resize(600, 10);
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    QSignalSpy spy(&legend, &SeriesLegend::entryClicked);
    for (const int i : {0, 5, 13}) {
        QTest::mouseClick(&legend, Qt::LeftButton, {}, legend.entryRect(i).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), i);
    }
    QTest::mouseClick(&legend, Qt::LeftButton, {}, QPoint(legend.width() - 2, legend.height() - 2));
    QCOMPARE(spy.size(), 0);  // between entries: nothing
}

void TestSeriesLegend::keyboardReportsEntry_data()
{
    // Keys pressed after Tab brings the focus in (on the first entry), and the entry that Space
    // then reports; at 600 px the 14 entries stand in columns, so Down and Up change rows.
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expected");
    QTest::newRow("Space at once: the first") << QList<int>{} << 0;
    QTest::newRow("Right twice") << QList<int>{Qt::Key_Right, Qt::Key_Right} << 2;
    QTest::newRow("Left stops at the first") << QList<int>{Qt::Key_Left, Qt::Key_Left} << 0;
    QTest::newRow("End") << QList<int>{Qt::Key_End} << 13;
    QTest::newRow("Right stops at the last") << QList<int>{Qt::Key_End, Qt::Key_Right} << 13;
    QTest::newRow("End then Home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
    QTest::newRow("Down and Up again") << QList<int>{Qt::Key_Right, Qt::Key_Down, Qt::Key_Up} << 1;
}

void TestSeriesLegend::keyboardReportsEntry()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expected);
    QWidget window;
    auto *before = new QLineEdit(&window);  // where the focus starts
    auto *legend = new SeriesLegend(&window);
    legend->setEntries(fourteen());
    legend->setGeometry(0, 30, 600, legend->heightForWidth(600));
    window.resize(600, 30 + legend->height());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(legend->hasFocus());
    QCOMPARE(legend->current(), 0);
    QVERIFY(legend->columnCount() > 1 && legend->columnCount() < 14);
    for (const int key : keys)
        QTest::keyClick(legend, Qt::Key(key));
    QCOMPARE(legend->current(), expected);
    QSignalSpy spy(legend, &SeriesLegend::entryClicked);
    QTest::keyClick(legend, Qt::Key_Space);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), expected);
    QTest::keyClick(legend, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    // Down from the first entry lands on the first of the next row, below it.
    QTest::keyClick(legend, Qt::Key_Home);
    QTest::keyClick(legend, Qt::Key_Down);
    QCOMPARE(legend->entryRect(legend->current()).left(), legend->entryRect(0).left());
    QVERIFY(legend->entryRect(legend->current()).top() > legend->entryRect(0).top());
}

void TestSeriesLegend::consoleChart()
{
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    m_translations.apply(lang);
    gui::MainWindow w(&m_translations);
    w.resize(size);
    QVERIFY(w.openFile(kScenario));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    gui::SectorDock *dock = w.console()->sectors();
    std::vector<int> indices(dock->series().size());
    std::iota(indices.begin(), indices.end(), 0);
    QCOMPARE(indices.size(), size_t(14));
    checkChart(dock->series(), indices, dock->legend(), &w);
    QStringList names;
    for (int i = 0; i < dock->legend()->count(); ++i)
        names << dock->legend()->entry(i).name;
    QCOMPARE(names, sectorNames(lang));
    QCOMPARE(dock->chartView()->chart()->legend()->isVisible(), false);
    // A click on a name selects the sector on the board and makes its line bold.
    QTest::mouseClick(dock->legend(), Qt::LeftButton, {}, dock->legend()->entryRect(5).center());
    QCOMPARE(dock->view()->currentIndex().row(), 5);
    QCOMPARE(dock->series()[5]->pen().widthF(), gui::kSeriesHighlightWidth);
    QCOMPARE(dock->series()[0]->pen().widthF(), gui::kSeriesWidth);
    QCOMPARE(dock->legend()->highlighted(), 5);
    m_translations.apply(QStringLiteral("en"));
}

void TestSeriesLegend::editorChart()
{
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    m_translations.apply(lang);
    editor::EditorWindow w(&m_translations);
    w.resize(size);
    QVERIFY(w.openFile(kScenario, editor::EditorWindow::Recovery::Ignore));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    editor::CascadePanel *panel = w.cascadePanel();
    panel->recompute();
    QTest::qWait(50);
    // The sectors the truth's shocks reach, each in its sector's colour and dash (its place in the
    // scenario, as in the console and the report).
    QCOMPARE_GE(panel->series().size(), size_t(4));
    checkChart(panel->series(), panel->seriesRows(), panel->legend(), &w);
    const QStringList names = sectorNames(lang);
    for (int i = 0; i < panel->legend()->count(); ++i)
        QCOMPARE(panel->legend()->entry(i).name, names[panel->seriesRows()[size_t(i)]]);
    QTest::mouseClick(panel->legend(), Qt::LeftButton, {}, panel->legend()->entryRect(1).center());
    QCOMPARE(panel->series()[1]->pen().widthF(), gui::kSeriesHighlightWidth);
    QCOMPARE(panel->legend()->highlighted(), 1);
    m_translations.apply(QStringLiteral("en"));
}

void TestSeriesLegend::replayChart()
{
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    gui::ReportWindow w(m_db, lang);
    w.resize(size);
    w.showPage(gui::ReportWindow::ReplayPage);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    gui::ReplayChart *chart = w.replay()->chart();
    std::vector<int> indices(chart->series().size());
    std::iota(indices.begin(), indices.end(), 0);
    QCOMPARE(indices.size(), size_t(14));
    checkChart(chart->series(), indices, chart->seriesLegend(), &w);
    QStringList names;
    for (int i = 0; i < chart->seriesLegend()->count(); ++i)
        names << chart->seriesLegend()->entry(i).name;
    QCOMPARE(names, sectorNames(lang));
    // The sector table is no taller than its rows: the chart gets the rest.
    const auto *sectors = w.replay()->findChild<QTableWidget *>(QStringLiteral("replaySectors"));
    QVERIFY(sectors);
    const int rows = sectors->verticalHeader()->length() + sectors->horizontalHeader()->height();
    QCOMPARE_LE(sectors->height(), rows + 2 * sectors->frameWidth() + 20);
    QCOMPARE_GE(chart->height(), chart->minimumHeight());
    // At 1920x1080 every sector's row is in sight above the chart too.
    if (size.height() >= 1080)
        QCOMPARE_GE(sectors->height(), rows + 2 * sectors->frameWidth());
    // A click on a name selects the sector in the table and makes its line bold.
    QTest::mouseClick(chart->seriesLegend(), Qt::LeftButton, {}, chart->seriesLegend()->entryRect(3).center());
    QCOMPARE(sectors->currentRow(), 3);
    QCOMPARE(chart->series()[3]->pen().widthF(), gui::kSeriesHighlightWidth);
    QCOMPARE(chart->seriesLegend()->highlighted(), 3);
}

QTEST_MAIN(TestSeriesLegend)
#include "tst_series_legend.moc"
