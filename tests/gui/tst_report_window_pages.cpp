// The after-action window as a reader meets it (issue 15): the report page opens at its top and
// keeps the reader's place when the figures are refreshed, and the debrief replay's traffic table
// names rooms, sectors, sites and personas and prints tags, call states and verdicts in the UI
// language, exactly as the report's timeline (Appendix C) does, in Japanese and in English.
#include "../reportfixture.h"
#include "report/debriefreplay.h"
#include "report/doc.h"
#include "report/reportview.h"
#include "report/reportwindow.h"
#include "report/strings.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

namespace {

QStringList rowCells(const QTableWidget *t, int row)
{
    QStringList cells;
    for (int c = 0; c < t->columnCount(); ++c)
        cells << (t->item(row, c) ? t->item(row, c)->text() : QString());
    return cells;
}

/// The rows of the report's timeline table (Appendix C), without their time column.
std::vector<QStringList> reportTimeline(const report::Report &r)
{
    const std::vector<report::Block> blocks = report::buildDocument(r);
    const QString heading = report::tr(r.lang, "timeline");
    for (size_t i = 0; i + 2 < blocks.size(); ++i) {
        if (blocks[i].text != heading || blocks[i + 2].kind != report::Block::Kind::Table)
            continue;
        std::vector<QStringList> rows;
        for (const QStringList &row : blocks[i + 2].rows)
            rows.push_back(row.mid(1));
        return rows;
    }
    return {};
}

}  // namespace

class TestReportWindowPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("basic.cxdb"));
        QCOMPARE(reportfixture::runCase(QStringLiteral("basic"), m_db), QString());
    }

    void reportOpensAtTopAndKeepsPlace()
    {
        gui::ReportWindow window(m_db, QStringLiteral("en"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);  // the rest of the document's layout, done from a timer
        QScrollBar *bar = window.view()->browser()->verticalScrollBar();
        QCOMPARE_GT(bar->maximum(), 1000);  // the report is many screens long
        QCOMPARE(bar->value(), 0);
        QCOMPARE(window.view()->browser()->textCursor().position(), 0);

        // A refresh during the exercise leaves the reader where they were reading.
        const int place = bar->maximum() / 2;
        bar->setValue(place);
        window.refresh();
        QTest::qWait(100);
        QCOMPARE(bar->value(), place);
        // And the plan being saved redraws the report without moving it either.
        QString error;
        QVERIFY2(window.view()->savePlan(&error), qPrintable(error));
        QTest::qWait(100);
        QCOMPARE(bar->value(), place);
    }

    void replayTrafficByName_data()
    {
        QTest::addColumn<QString>("lang");
        // The first mail (+00:14, op-a to mic), the breach (+00:20) and the verdict (+00:40).
        QTest::addColumn<QStringList>("mail");
        QTest::addColumn<QStringList>("breach");
        QTest::addColumn<QStringList>("judged");
        QTest::newRow("ja") << "ja" << QStringList{"メール", "通信事業者A", "総務省", "[情報連絡] Outage report"}
                            << QStringList{"超過", "モデル", "電力", "検証レベルを超過"}
                            << QStringList{"判定", "事務局", "通信事業者A", "正解"};
        QTest::newRow("en") << "en" << QStringList{"mail", "Telecom operator A", "MIC", "[report] Outage report"}
                            << QStringList{"breach", "model", "Power", "verification level breached"}
                            << QStringList{"judgement", "control", "Telecom operator A", "correct"};
    }
    void replayTrafficByName()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, mail);
        QFETCH(QStringList, breach);
        QFETCH(QStringList, judged);
        gui::ReportWindow window(m_db, lang);
        gui::DebriefReplay *replay = window.replay();
        QVERIFY(replay);
        replay->setMinute(replay->endMinute());
        const auto *traffic = replay->findChild<QTableWidget *>(QStringLiteral("replayTraffic"));
        QVERIFY(traffic);
        const report::Report &r = window.view()->report();
        QCOMPARE(traffic->rowCount(), int(r.timeline.size()));
        QCOMPARE_GT(traffic->rowCount(), 20);

        // Every row reads as the report's timeline reads.
        const std::vector<QStringList> expected = reportTimeline(r);
        QCOMPARE(int(expected.size()), traffic->rowCount());
        for (int i = 0; i < traffic->rowCount(); ++i)
            QCOMPARE(rowCells(traffic, i).mid(1), expected[size_t(i)]);

        // No id where the scenario has a name, no raw tag, call state or verdict.
        QStringList ids;
        for (const scenario::Room &room : r.scenario.rooms)
            ids << room.id;
        for (const scenario::Node &node : r.scenario.graph.nodes)
            ids << node.id;
        static const QRegularExpression raw(QStringLiteral(
            "^\\[(report|advisory|request|other|info)\\]|^(ringing|answered|missed|declined|busy|failed)\\b|"
            "^(correct|wrong|partial|none)$|^R-[a-z]+ (requested|approved|denied)"));
        const QRegularExpression separator(QStringLiteral(", |、"));
        for (int i = 0; i < traffic->rowCount(); ++i) {
            const QStringList cells = rowCells(traffic, i);
            const QStringList parties = QString(cells[2] + QStringLiteral(", ") + cells[3]).split(separator);
            for (const QString &party : parties)
                QVERIFY2(!ids.contains(party), qPrintable(cells.join(QStringLiteral(" | "))));
            if (lang == QLatin1String("ja"))
                QVERIFY2(!raw.match(cells[4]).hasMatch(), qPrintable(cells.join(QStringLiteral(" | "))));
        }

        const auto row = [&](const QString &time, const QString &kind) {
            for (int i = 0; i < traffic->rowCount(); ++i)
                if (rowCells(traffic, i).at(0) == time && rowCells(traffic, i).at(1) == kind)
                    return rowCells(traffic, i).mid(1);
            return QStringList{};
        };
        QCOMPARE(row(QStringLiteral("+00:14"), mail[0]), mail);
        QCOMPARE(row(QStringLiteral("+00:20"), breach[0]), breach);
        QCOMPARE(row(QStringLiteral("+00:40"), judged[0]), judged);
    }
};

QTEST_MAIN(TestReportWindowPages)
#include "tst_report_window_pages.moc"
