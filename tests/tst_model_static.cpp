// Static analysis (docs/model.md "Static analysis"): published IIM answers, clipping after solving,
// the k-th order index, the ranking, hit times and the stability check naming the cycles.
#include "model/csvgraph.h"
#include "model/staticiim.h"

#include <QTest>

using namespace cd;

namespace {

/// A network from a dense A* given row by row (a[v][u] = weight of u -> v).
model::Network matrix(const QStringList &ids, const std::vector<std::vector<double>> &a)
{
    QByteArray csv;
    for (const QString &id : ids)
        csv += "," + id.toUtf8();
    csv += "\n";
    for (int v = 0; v < ids.size(); ++v) {
        csv += ids[v].toUtf8();
        for (double x : a[std::size_t(v)])
            csv += "," + QByteArray::number(x, 'g', 17);
        csv += "\n";
    }
    scenario::Diagnostics d;
    auto net = model::readMatrixCsv(csv, QStringLiteral("inline.csv"), &d);
    if (!net)
        qFatal("%s", qPrintable(d.front().format()));
    return *net;
}

}  // namespace

class TestModelStatic : public QObject
{
    Q_OBJECT

private slots:
    void published_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<std::vector<std::vector<double>>>("a");
        QTest::addColumn<std::vector<double>>("c");
        QTest::addColumn<std::vector<double>>("exact");
        QTest::addColumn<std::vector<double>>("published");
        QTest::addColumn<double>("publishedTolerance");
        // Haimes & Jiang (2001), two systems: A* = [[0, 0.8], [0.2, 0]], c* = (0, 0.6):
        // published q = (0.571, 0.714); by hand q2 = 0.6 / (1 - 0.16) = 5/7, q1 = 0.8 q2 = 4/7.
        QTest::newRow("Haimes & Jiang 2001, two systems")
            << QStringList{u"s1"_qs, u"s2"_qs} << std::vector<std::vector<double>>{{0, 0.8}, {0.2, 0}}
            << std::vector<double>{0, 0.6} << std::vector<double>{4.0 / 7, 5.0 / 7} << std::vector<double>{0.571, 0.714}
            << 1e-3;
        // Lian & Haimes (2006), the 2x2 economy: A* = [[0.15, 0.5], [0.1, 0.05]], c* = (0, 0.1):
        // published q = (0.066, 0.112); by hand det(I - A*) = 0.85 * 0.95 - 0.05 = 0.7575,
        // q1 = 0.05 / 0.7575, q2 = 0.085 / 0.7575.
        QTest::newRow("Lian & Haimes 2006, 2x2")
            << QStringList{u"s1"_qs, u"s2"_qs} << std::vector<std::vector<double>>{{0.15, 0.5}, {0.1, 0.05}}
            << std::vector<double>{0, 0.1} << std::vector<double>{0.05 / 0.7575, 0.085 / 0.7575}
            << std::vector<double>{0.066, 0.112} << 1e-3;
        // Haimes & Jiang (2001), four sectors, as in the test fixtures of stigrs/diim and stigrs/iim:
        // q1 = 0.9 q2, q2 = 0.4 q1 + 0.5 -> q2 = 0.5 / 0.64 = 0.78125, q1 = 0.703125; q3 = q1 + 0.8 q2
        // = 1.328125 and q4 = q1 + 0.9 q2 = 1.40625 are clipped to 1.
        QTest::newRow("Haimes & Jiang 2001, four sectors")
            << QStringList{u"s1"_qs, u"s2"_qs, u"s3"_qs, u"s4"_qs}
            << std::vector<std::vector<double>>{{0, 0.9, 0, 0}, {0.4, 0, 0, 0}, {1.0, 0.8, 0, 0}, {1.0, 0.9, 0, 0}}
            << std::vector<double>{0, 0.5, 0, 0} << std::vector<double>{0.703125, 0.78125, 1, 1}
            << std::vector<double>{0.703125, 0.78125, 1, 1} << 1e-12;
        // Clipping after solving (hand-derived): A* = [[0, 0.95], [0.95, 0]], c* = (0.1, 0):
        // unclipped q1 = 0.1 / (1 - 0.9025) = 1.0256 -> 1, q2 = 0.95 q1 = 0.974358974...
        // (clipping during the solve would give 0.95).
        QTest::newRow("clip after solving")
            << QStringList{u"a"_qs, u"b"_qs} << std::vector<std::vector<double>>{{0, 0.95}, {0.95, 0}}
            << std::vector<double>{0.1, 0} << std::vector<double>{1.0, 0.095 / 0.0975}
            << std::vector<double>{1.0, 0.974} << 1e-3;
    }
    void published()
    {
        QFETCH(QStringList, ids);
        QFETCH(std::vector<std::vector<double>>, a);
        QFETCH(std::vector<double>, c);
        QFETCH(std::vector<double>, exact);
        QFETCH(std::vector<double>, published);
        QFETCH(double, publishedTolerance);
        const model::Network net = matrix(ids, a);
        QVERIFY(model::unstableGroups(net).empty());
        const std::vector<double> q = model::solveStatic(net, c);
        QCOMPARE(q.size(), exact.size());
        for (std::size_t i = 0; i < q.size(); ++i) {
            QCOMPARE_LE(std::abs(q[i] - exact[i]), 1e-12);
            QCOMPARE_LE(std::abs(q[i] - published[i]), publishedTolerance);
        }
    }

    void haimesJiangFourUnclipped()
    {
        // The same four-sector case before clipping: the published 1.328125 and 1.40625.
        const model::Network net = matrix({u"s1"_qs, u"s2"_qs, u"s3"_qs, u"s4"_qs},
                                          {{0, 0.9, 0, 0}, {0.4, 0, 0, 0}, {1.0, 0.8, 0, 0}, {1.0, 0.9, 0, 0}});
        const std::vector<double> raw = model::solveStaticUnclipped(net, {0, 0.5, 0, 0});
        const std::vector<double> expected{0.703125, 0.78125, 1.328125, 1.40625};
        QCOMPARE(raw.size(), expected.size());
        for (std::size_t i = 0; i < raw.size(); ++i)
            QCOMPARE_LE(std::abs(raw[i] - expected[i]), 1e-12);
    }

    void orderIndex()
    {
        // A*^2 = diag(0.16, 0.16), A*^3 = [[0, 0.128], [0.032, 0]] for the Haimes & Jiang matrix.
        const model::Network net = matrix({u"s1"_qs, u"s2"_qs}, {{0, 0.8}, {0.2, 0}});
        const std::vector<double> a2 = model::orderIndex(net, 2);
        QCOMPARE_LE(std::abs(a2[0] - 0.16), 1e-15);
        QCOMPARE(a2[1], 0.0);
        QCOMPARE(a2[2], 0.0);
        QCOMPARE_LE(std::abs(a2[3] - 0.16), 1e-15);
        const std::vector<double> a3 = model::orderIndex(net, 3);
        QCOMPARE_LE(std::abs(a3[1] - 0.128), 1e-15);
        QCOMPARE_LE(std::abs(a3[2] - 0.032), 1e-15);
        QCOMPARE(model::orderIndex(net, 1)[1], 0.8);
    }

    void ranking()
    {
        // s2 fully down: q2 = 1/0.84 -> 1, q1 = 0.8/0.84 = 0.952381: total 1.952381;
        // s1 fully down: q1 = 1/0.84 -> 1, q2 = 0.2/0.84 = 0.238095: total 1.238095.
        const model::Network net = matrix({u"s1"_qs, u"s2"_qs}, {{0, 0.8}, {0.2, 0}});
        const std::vector<model::RankEntry> r = model::dependencyRanking(net);
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0].node, 1);
        QCOMPARE_LE(std::abs(r[0].total - (1 + 0.8 / 0.84)), 1e-12);
        QCOMPARE(r[1].node, 0);
        QCOMPARE_LE(std::abs(r[1].total - (1 + 0.2 / 0.84)), 1e-12);
    }

    void hitTimes_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<double>("telecom");
        QTest::addColumn<double>("bank");
        QTest::newRow("1 min") << 1 << 180.0 << 181.0;
        QTest::newRow("60 min") << 60 << 180.0 << 240.0;
        QTest::newRow("7 min") << 7 << 182.0 << 189.0;  // ceil(180 / 7) = 26 steps
    }
    void hitTimes()
    {
        QFETCH(int, step);
        QFETCH(double, telecom);
        QFETCH(double, bank);
        const QByteArray csv = "from,to,weight,autonomy_h\npower,telecom,0.9,3\ntelecom,bank,0.5,0\n"
                               "bank,power,0,0\n";
        scenario::Diagnostics d;
        auto net = model::readEdgeListCsv(csv, u"x.csv"_qs, nullptr, {}, &d);
        QVERIFY(net);
        const std::vector<double> h = model::hitTimes(*net, step);
        QCOMPARE(h[0 * 3 + 0], 0.0);
        QCOMPARE(h[0 * 3 + 1], telecom);
        QCOMPARE(h[0 * 3 + 2], bank);
        QCOMPARE(h[2 * 3 + 0], model::kNever);  // a weight-0 edge carries nothing
        QCOMPARE(h[1 * 3 + 0], model::kNever);
    }

    void unstableNamesTheCycle_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<std::vector<std::vector<double>>>("a");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("cycle");
        // Power and telecom each fully need the other: spectral radius 1.
        QTest::newRow("2-cycle at 1") << QStringList{u"power"_qs, u"telecom"_qs, u"bank"_qs}
                                      << std::vector<std::vector<double>>{{0, 1, 0}, {1, 0, 0}, {0.5, 0, 0}}
                                      << u"{power, telecom}"_qs << u"power -> telecom -> power"_qs;
        // Every 2-cycle's product is 0.81 < 1, but the group's radius is 0.9 * sqrt(2) > 1.
        QTest::newRow("radius over 1 without a heavy cycle") << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs}
                                                             << std::vector<std::vector<double>>{{0, 0.9, 0, 0, 0},
                                                                                                 {0.9, 0, 0.9, 0, 0},
                                                                                                 {0, 0.9, 0, 0, 0},
                                                                                                 {0, 0, 0, 0, 0.5},
                                                                                                 {0, 0, 0, 0.5, 0}}
                                                             << u"{a, b, c}"_qs << u"a -> b -> "_qs;
        // A self-dependence of 1.
        QTest::newRow("self-loop") << QStringList{u"x"_qs, u"y"_qs}
                                   << std::vector<std::vector<double>>{{1, 0}, {0.3, 0}} << u"{x}"_qs << u"x -> x"_qs;
    }
    void unstableNamesTheCycle()
    {
        QFETCH(QStringList, ids);
        QFETCH(std::vector<std::vector<double>>, a);
        QFETCH(QString, group);
        QFETCH(QString, cycle);
        const model::Network net = matrix(ids, a);
        const auto groups = model::unstableGroups(net);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE_GE(groups[0].radius, 1.0);
        const QString message = model::describeInstability(net, groups);
        QVERIFY2(message.contains(group), qPrintable(message));
        QVERIFY2(message.contains(cycle), qPrintable(message));
    }

    void nearlyUnstableIsStable()
    {
        const model::Network net = matrix({u"a"_qs, u"b"_qs}, {{0, 0.999}, {0.999, 0}});
        QVERIFY(model::unstableGroups(net).empty());
        const std::vector<double> q = model::solveStatic(net, {0.001, 0});
        QCOMPARE_LE(std::abs(q[0] - 0.001 / (1 - 0.999 * 0.999)), 1e-9);
    }

    void largeGraphsSolveIteratively()
    {
        // Past the dense limit the solve is iterative: a chain with in-weight 0.5 has q_k = 0.5^k c.
        QByteArray csv = "from,to,weight,autonomy_h\n";
        const int n = model::kDenseLimit + 50;
        for (int i = 1; i < n; ++i)
            csv += "n" + QByteArray::number(i - 1) + ",n" + QByteArray::number(i) + ",0.5,0\n";
        scenario::Diagnostics d;
        auto net = model::readEdgeListCsv(csv, u"chain.csv"_qs, nullptr, {}, &d);
        QVERIFY(net);
        QCOMPARE(net->nodeCount(), n);
        std::vector<double> c(std::size_t(n), 0.0);
        c[0] = 0.8;
        const std::vector<double> q = model::solveStatic(*net, c);
        QCOMPARE(q[0], 0.8);
        QCOMPARE(q[3], 0.1);
        QCOMPARE_LE(q[60], 1e-18);
    }
};

QTEST_GUILESS_MAIN(TestModelStatic)
#include "tst_model_static.moc"
