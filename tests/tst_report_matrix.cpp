// The who-told-whom heat map of the report (report::matrixSvg): one row and column per party
// while there are few; at NISC's 2016 scale (hundreds of operator rooms) the operators are merged
// per sector, so the SVG (which the PDF rasterises at three times its size) stays small, and
// the counts of the merged rooms add up.
#include "report/documents.h"
#include "report/report.h"

#include <QRegularExpression>
#include <QTest>

using namespace cd;

namespace {

/// NISC, one ministry, and `perSector` operators in each of two sectors, every operator
/// reporting once to the ministry and the ministry once to NISC.
report::Report exercise(int perSector)
{
    report::Report r;
    r.lang = QStringLiteral("en");
    auto room = [&](const QString &id, scenario::Role role, const QString &sector) {
        scenario::Room x;
        x.id = id;
        x.name = scenario::Text::fromPlain(id);
        x.role = role;
        x.sector = sector;
        r.scenario.rooms.push_back(x);
    };
    for (const QString &sector : {QStringLiteral("port"), QStringLiteral("rail")}) {
        scenario::Node n;
        n.id = sector;
        n.name = scenario::Text::fromPlain(sector == QLatin1String("port") ? QStringLiteral("Ports")
                                                                           : QStringLiteral("Railways"));
        r.scenario.graph.nodes.push_back(n);
    }
    room("nisc", scenario::Role::Nisc, {});
    room("mlit", scenario::Role::Ministry, {});
    for (const QString &sector : {QStringLiteral("port"), QStringLiteral("rail")})
        for (int k = 0; k < perSector; ++k) {
            const QString id = QStringLiteral("op-%1-%2").arg(sector).arg(k);
            room(id, scenario::Role::Operator, sector);
            r.matrix.push_back({id, "mlit", "mail", "report", 1});
        }
    r.matrix.push_back({"mlit", "nisc", "mail", "report", 1});
    return r;
}

}  // namespace

class TestReportMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void partiesOrGroups_data()
    {
        QTest::addColumn<int>("perSector");
        QTest::addColumn<int>("axis");           // rows = columns of the heat map
        QTest::addColumn<QString>("portLabel");  // the port operators' row
        QTest::addColumn<int>("portToMlit");     // the count in that row's MLIT cell
        QTest::newRow("few rooms: one row each") << 3 << 8 << "op-port-0" << 1;
        QTest::newRow("29 per sector: 60 parties, still one row each") << 29 << 60 << "op-port-0" << 1;
        QTest::newRow("30 per sector: 62 parties, operators merged") << 30 << 4 << "Ports \u00d730" << 30;
        QTest::newRow("2016 scale") << 250 << 4 << "Ports \u00d7250" << 250;
    }
    void partiesOrGroups()
    {
        QFETCH(int, perSector);
        QFETCH(int, axis);
        QFETCH(QString, portLabel);
        QFETCH(int, portToMlit);
        const report::Report r = exercise(perSector);
        const QString svg = report::matrixSvg(r);
        QCOMPARE(svg.count(QStringLiteral("<rect ")), axis * axis);
        QCOMPARE(svg.count(QStringLiteral("text-anchor=\"end\"")), axis);  // one row label each
        QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(portLabel.toHtmlEscaped())), qPrintable(portLabel));
        // The port operators are row 2 (after NISC and MLIT); their cell in the MLIT column (1)
        // holds the sum of their reports (cells are 22 wide after 150 of labels).
        const QRegularExpression cell(
            QStringLiteral("<text x=\"183.0\" y=\"209.4\" text-anchor=\"middle\"[^>]*>(\\d+)</text>"));
        const auto m = cell.match(svg);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), portToMlit);
    }
};

QTEST_GUILESS_MAIN(TestReportMatrix)
#include "tst_report_matrix.moc"
