// Graph interchange (docs/model.md "The graph"): GraphML as NetworkX writes it, edge-list and node
// CSV, the dense A* matrix CSV, input recognition, round trips and located errors on bad input.
#include "model/csvgraph.h"
#include "model/csvreader.h"
#include "model/graphml.h"
#include "model/input.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

using namespace cd;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(CROSSDRILL_TEST_DATA "/model/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

QStringList kinds(const model::Network &n)
{
    QStringList out;
    for (model::EdgeKind k : n.kind)
        out << model::toString(k);
    return out;
}

QStringList levels(const model::Network &n)
{
    QStringList out;
    for (const auto &l : n.levels)
        out << (l ? QStringLiteral("%1/%2").arg(l->minUnits).arg(l->minMinutes) : QStringLiteral("-"));
    return out;
}

/// Compares every attribute of two networks (same node and edge order).
void compareNetworks(const model::Network &a, const model::Network &b)
{
    QCOMPARE(a.ids, b.ids);
    QCOMPARE(a.names, b.names);
    QCOMPARE(a.ratePerH, b.ratePerH);
    QCOMPARE(a.served, b.served);
    QCOMPARE(a.units, b.units);
    QCOMPARE(levels(a), levels(b));
    QCOMPARE(a.from, b.from);
    QCOMPARE(a.to, b.to);
    QCOMPARE(a.weight, b.weight);
    QCOMPARE(a.autonomyH, b.autonomyH);
    QCOMPARE(a.rechargePerH, b.rechargePerH);
    QCOMPARE(kinds(a), kinds(b));
}

}  // namespace

class TestModelIo : public QObject
{
    Q_OBJECT

private slots:
    void networkxGraphml()
    {
        scenario::Diagnostics d;
        auto net = model::readGraphml(readData("networkx_sectors.graphml"), u"networkx_sectors.graphml"_qs, &d);
        QVERIFY2(net, d.empty() ? "" : qPrintable(d.front().format()));
        QCOMPARE(net->ids, (std::vector<QString>{u"power"_qs, u"telecom"_qs, u"water"_qs, u"bank"_qs}));
        QCOMPARE(net->names[1], u"Telecommunications"_qs);
        QCOMPARE(net->ratePerH[0], std::numeric_limits<double>::infinity());
        QCOMPARE(net->ratePerH[1], 0.5);
        QCOMPARE(net->served[0], 5e7);  // declared "long" by NetworkX
        QCOMPARE(net->units[2], u"households"_qs);
        QCOMPARE(levels(*net), (QStringList{u"100000/10"_qs, u"30000/120"_qs, u"-"_qs, u"-"_qs}));
        QCOMPARE(net->edgeCount(), std::size_t(4));
        QCOMPARE(net->ids[net->from[2]], u"power"_qs);
        QCOMPARE(net->ids[net->to[2]], u"water"_qs);
        QCOMPARE(net->weight[2], 0.7);
        QCOMPARE(net->autonomyH[2], 12.0);
        QCOMPARE(net->rechargePerH[2], 0.5);
        QCOMPARE(model::toString(net->kind[3]), u"communications"_qs);
        QCOMPARE(net->edgeLines[0], 42);
    }

    void sameGraphEveryFormat()
    {
        scenario::Diagnostics d;
        auto fromGraphml = model::readGraphml(readData("networkx_sectors.graphml"), u"g"_qs, &d);
        const QByteArray nodes = readData("sectors_nodes.csv");
        auto fromCsv = model::readEdgeListCsv(readData("sectors_edges.csv"), u"e"_qs, &nodes, u"n"_qs, &d);
        QVERIFY(fromGraphml && fromCsv);
        compareNetworks(*fromGraphml, *fromCsv);
    }

    void graphmlRoundTrip()
    {
        scenario::Diagnostics d;
        auto net = model::readGraphml(readData("networkx_sectors.graphml"), u"g"_qs, &d);
        QVERIFY(net);
        net->weight[0] = 0.123456789012345678;  // needs all 17 digits
        const QByteArray written = model::writeGraphml(*net);
        QVERIFY(written.contains("<node id=\"telecom\">"));
        QVERIFY(written.contains("source=\"power\" target=\"water\""));
        QVERIFY(written.contains("attr.name=\"weight\" attr.type=\"double\""));
        QVERIFY(written.contains("edgedefault=\"directed\""));
        auto back = model::readGraphml(written, u"written"_qs, &d);
        QVERIFY2(back, d.empty() ? "" : qPrintable(d.front().format()));
        compareNetworks(*net, *back);
    }

    void csvRoundTrip()
    {
        scenario::Diagnostics d;
        auto net = model::readGraphml(readData("networkx_sectors.graphml"), u"g"_qs, &d);
        QVERIFY(net);
        net->ids[3] = u"bank, \"main\""_qs;  // needs quoting
        const QByteArray nodes = model::writeNodeCsv(*net);
        auto back = model::readEdgeListCsv(model::writeEdgeListCsv(*net), u"e"_qs, &nodes, u"n"_qs, &d);
        QVERIFY2(back, d.empty() ? "" : qPrintable(d.front().format()));
        compareNetworks(*net, *back);
        auto fromMatrix = model::readMatrixCsv(model::writeMatrixCsv(*net), u"m"_qs, &d);
        QVERIFY(fromMatrix);
        QCOMPARE(fromMatrix->ids, net->ids);
        QCOMPARE(fromMatrix->edgeCount(), net->edgeCount());
        for (std::size_t e = 0; e < net->edgeCount(); ++e)
            QCOMPARE(fromMatrix->weight[std::size_t(fromMatrix->edgeIndex(int(net->from[e]), int(net->to[e])))],
                     net->weight[e]);
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("scenario") << QByteArray("\n  {\"meta\": {}}") << int(model::InputKind::Scenario);
        QTest::newRow("graphml") << readData("networkx_sectors.graphml") << int(model::InputKind::Graphml);
        QTest::newRow("edge list") << QByteArray("from,to,weight,autonomy_h\na,b,1,0\n")
                                   << int(model::InputKind::EdgeList);
        QTest::newRow("edge list with BOM and CRLF")
            << QByteArray("\xEF\xBB\xBF\"from\",\"to\",weight,autonomy_h\r\n") << int(model::InputKind::EdgeList);
        QTest::newRow("matrix") << QByteArray(",a,b\na,0,1\nb,0,0\n") << int(model::InputKind::Matrix);
        QTest::newRow("quoted empty corner") << QByteArray("\"\",a\na,0\n") << int(model::InputKind::Matrix);
        QTest::newRow("other csv") << QByteArray("id,rate_per_h\n") << int(model::InputKind::Unknown);
        QTest::newRow("other xml") << QByteArray("<svg/>") << int(model::InputKind::Unknown);
        QTest::newRow("empty") << QByteArray("  \n") << int(model::InputKind::Unknown);
    }
    void detect()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QCOMPARE(int(model::detectInputKind(content)), kind);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("nodes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray head = "from,to,weight,autonomy_h\n";
        QTest::newRow("negative weight") << head + "a,b,0.5,0\nb,a,-0.2,0\n"
                                         << QByteArray() << 3 << u"edge b -> a: weight must be in [0,1], not -0.2"_qs;
        QTest::newRow("not a number") << head + "a,b,half,0\n"
                                      << QByteArray() << 2 << u"column 'weight': 'half' is not a number"_qs;
        QTest::newRow("negative autonomy") << head + "a,b,0.5,-3\n"
                                           << QByteArray() << 2 << u"autonomy_h must be a finite number >= 0"_qs;
        QTest::newRow("missing field") << head + "a,b,0.5\n" << QByteArray() << 2 << u"expected 4 fields, found 3"_qs;
        QTest::newRow("unterminated quote") << head + "a,\"b,0.5,0\n"
                                            << QByteArray() << 2 << u"unterminated quoted field"_qs;
        QTest::newRow("duplicate edge") << head + "a,b,0.5,0\nc,b,0.1,0\na,b,0.2,0\n"
                                        << QByteArray() << 4
                                        << u"edge a -> b: duplicate edge (first given as edge 1)"_qs;
        QTest::newRow("unknown kind") << QByteArray("from,to,weight,autonomy_h,kind\na,b,0.5,0,electricity\n")
                                      << QByteArray() << 2 << u"unknown kind 'electricity'"_qs;
        QTest::newRow("unknown column") << QByteArray("from,to,weight,autonomy_h,wieght\n") << QByteArray() << 1
                                        << u"unknown column 'wieght' (did you mean 'weight'?)"_qs;
        QTest::newRow("unknown id") << head + "power,telecom,0.5,0\npower,telekom,0.5,0\n"
                                    << QByteArray("id,rate_per_h\npower,inf\ntelecom,1\n") << 3
                                    << u"unknown node 'telekom' (not in nodes.csv); did you mean 'telecom'?"_qs;
        QTest::newRow("bad rate") << head + "a,b,0.5,0\n"
                                  << QByteArray("id,rate_per_h\na,fast\nb,1\n") << 2
                                  << u"column 'rate_per_h': 'fast' is not a number"_qs;
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, nodes);
        QFETCH(int, line);
        QFETCH(QString, message);
        scenario::Diagnostics d;
        auto net =
            model::readEdgeListCsv(content, u"edges.csv"_qs, nodes.isEmpty() ? nullptr : &nodes, u"nodes.csv"_qs, &d);
        QVERIFY(!net);
        QVERIFY(!d.empty());
        QCOMPARE(d.front().line, line);
        QVERIFY2(d.front().message.contains(message), qPrintable(d.front().format()));
    }

    // Edge lists of a megabyte or more with a node file are read in two halves at once: the
    // result, and the line of every error, must be those of the one-pass reader.
    void largeEdgeList_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<int>("emptyEvery");  // an empty line after every Nth row (0: none)
        QTest::addColumn<int>("badRow");      // 1-based data row with an unknown id (0: none)
        QTest::addColumn<QString>("badText");
        QTest::newRow("lf") << QByteArray("\n") << false << 0 << 0 << QString();
        QTest::newRow("crlf bom empty lines") << QByteArray("\r\n") << true << 7 << 0 << QString();
        QTest::newRow("error first half") << QByteArray("\n") << false << 0 << 100 << u"nX"_qs;
        QTest::newRow("error second half") << QByteArray("\n") << false << 0 << 45000 << u"nX"_qs;
        QTest::newRow("error second half crlf empty lines") << QByteArray("\r\n") << true << 5 << 45000 << u"nX"_qs;
        QTest::newRow("huge number second half") << QByteArray("\n") << false << 0 << 50000 << u"1e400"_qs;
        QTest::newRow("empty id second half") << QByteArray("\n") << false << 3 << 30001 << u""_qs;
    }
    void largeEdgeList()
    {
        QFETCH(QByteArray, eol);
        QFETCH(bool, bom);
        QFETCH(int, emptyEvery);
        QFETCH(int, badRow);
        QFETCH(QString, badText);
        constexpr int kNodes = 5000;
        constexpr int kRows = 60000;
        QByteArray nodes = "id,rate_per_h\n";
        nodes.reserve(kNodes * 12);
        for (int i = 0; i < kNodes; ++i)
            nodes += "n" + QByteArray::number(i) + ",1.5\n";
        // The same rows twice: as they are, and with the first id quoted (one-pass reader).
        QByteArray body;
        body.reserve(2 << 20);  // appending with QStringBuilder would otherwise grow it exactly each time
        int line = 1;
        int badLine = 0;
        for (int r = 1; r <= kRows; ++r) {
            ++line;
            const int u = r % kNodes;  // (u, r / kNodes) gives v: no edge twice
            const int v = (u + 1 + 37 * (r / kNodes)) % kNodes;
            QByteArray from = "n" + QByteArray::number(u);
            QByteArray weight = "0.0001" + QByteArray::number(r % 97);
            if (r == badRow) {
                badLine = line;
                if (badText == u"1e400"_qs)
                    weight = "1e400";
                else
                    from = badText.toUtf8();
            }
            body += from + ",n" + QByteArray::number(v) + "," + weight + "," + QByteArray::number(r % 3) + eol;
            if (emptyEvery && r % emptyEvery == 0) {
                body += eol;
                ++line;
            }
        }
        const QByteArray head = QByteArray(bom ? "\xEF\xBB\xBF" : "") + "from,to,weight,autonomy_h" + eol;
        const QByteArray plain = head + body;
        QVERIFY(plain.size() > (1 << 20));
        const qsizetype firstComma = body.indexOf(',');
        const QByteArray quoted = head + "\"" + body.left(firstComma) + "\"" + body.mid(firstComma);
        scenario::Diagnostics dPlain;
        scenario::Diagnostics dQuoted;
        const auto fast = model::readEdgeListCsv(plain, u"edges.csv"_qs, &nodes, u"nodes.csv"_qs, &dPlain);
        const auto slow = model::readEdgeListCsv(quoted, u"edges.csv"_qs, &nodes, u"nodes.csv"_qs, &dQuoted);
        if (badRow) {
            QVERIFY(!fast);
            QVERIFY(!slow);
            QCOMPARE(dPlain.size(), std::size_t(1));
            QCOMPARE(dPlain.front().line, badLine);
            QCOMPARE(dPlain.front().format(), dQuoted.front().format());
            return;
        }
        QVERIFY2(fast, dPlain.empty() ? "" : qPrintable(dPlain.front().format()));
        QVERIFY(slow);
        QCOMPARE(fast->edgeCount(), std::size_t(kRows));
        QCOMPARE(fast->from, slow->from);
        QCOMPARE(fast->to, slow->to);
        QCOMPARE(fast->weight, slow->weight);
        QCOMPARE(fast->autonomyH, slow->autonomyH);
        QCOMPARE(fast->edgeLines, slow->edgeLines);
        QCOMPARE(fast->edgeLines.back(), line);
    }

    // parseDouble() computes plain decimals itself (m / 10^k when exact): it must give the very
    // bits std::from_chars gives, and leave everything else to it.
    static QByteArray fromCharsBits(std::string_view s)
    {
        double v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size())
            return "invalid";
        return QByteArray(reinterpret_cast<const char *>(&v), sizeof v);
    }
    static QByteArray parseBits(std::string_view s)
    {
        const auto v = model::parseDouble(s);
        return v ? QByteArray(reinterpret_cast<const char *>(&*v), sizeof *v) : QByteArray("invalid");
    }
    void parseDoubleExact_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *t : {"0",
                              "0.0",
                              "1",
                              "1.0",
                              "0.1",
                              "0.5",
                              "3.0",
                              "741644",
                              "0.37",
                              "0.30000000000000004",
                              "9007199254740992",
                              "9007199254740993",
                              "0.9007199254740993",
                              "1234567890123456789",
                              "0.0000000000000000001",
                              "5.",
                              ".5",
                              "1e-3",
                              "2.5E1",
                              "-0.0",
                              "-1.5",
                              "inf",
                              "nan",
                              "0.036180411867444286",
                              "00000000000000000.5",
                              "1..2",
                              "1.2.3",
                              "0x10",
                              "12a"})
            QTest::newRow(t) << QByteArray(t);
    }
    void parseDoubleExact()
    {
        QFETCH(QByteArray, text);
        const std::string_view s(text.constData(), std::size_t(text.size()));
        QCOMPARE(parseBits(s), fromCharsBits(s));
    }
    void parseDoubleRandomDecimals()
    {
        // 200,000 random plain decimals of 1-19 characters, many exact, many not.
        QRandomGenerator rng(20261127);
        for (int i = 0; i < 200000; ++i) {
            const int digits = 1 + int(rng.bounded(18));
            std::string t;
            for (int d = 0; d < digits; ++d)
                t += char('0' + rng.bounded(10));
            if (rng.bounded(4) != 0)
                t.insert(std::size_t(rng.bounded(digits)) + (rng.bounded(2) ? 1 : 0), 1, '.');
            if (parseBits(t) != fromCharsBits(t))
                QFAIL(qPrintable(QString::fromStdString(t)));
        }
    }

    // The fast path parses plain decimals itself: every field must give the very double (and
    // kind) of the general reader, spaces, signs, exponents and long mantissas included.
    void largeEdgeListFields_data()
    {
        QTest::addColumn<QByteArray>("weight");
        QTest::addColumn<QByteArray>("autonomy");
        QTest::addColumn<QByteArray>("recharge");
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("short decimals") << QByteArray("0.1") << QByteArray("3.0") << QByteArray("0.5")
                                        << QByteArray("power");
        QTest::newRow("long mantissas") << QByteArray("0.036180411867444286") << QByteArray("12.345678901234567")
                                        << QByteArray("0.30000000000000004") << QByteArray("staff");
        QTest::newRow("integers and blanks")
            << QByteArray(" 1 ") << QByteArray("\t2") << QByteArray("") << QByteArray(" water ");
        QTest::newRow("signs and exponents")
            << QByteArray("+0.25") << QByteArray("1e-3") << QByteArray("2.5E1") << QByteArray("");
        QTest::newRow("edge of exact") << QByteArray("0.9007199254740993") << QByteArray("9007199254740992")
                                       << QByteArray("0.0000000000000000000001") << QByteArray("other");
    }
    void largeEdgeListFields()
    {
        QFETCH(QByteArray, weight);
        QFETCH(QByteArray, autonomy);
        QFETCH(QByteArray, recharge);
        QFETCH(QByteArray, kind);
        constexpr int kNodes = 3000;
        constexpr int kRows = 40000;
        QByteArray nodes = "id\n";
        for (int i = 0; i < kNodes; ++i)
            nodes += "n" + QByteArray::number(i) + "\n";
        QByteArray body;
        body.reserve(3 << 20);
        for (int r = 1; r <= kRows; ++r) {
            const int u = r % kNodes;
            const int v = (u + 1 + 31 * (r / kNodes)) % kNodes;
            // Half the rows use the fields under test, the others vary the last digit.
            const bool test = r % 2 == 0;
            body += "n" + QByteArray::number(u) + ",n" + QByteArray::number(v) + "," +
                    (test ? weight : "0.0" + QByteArray::number(r % 89 + 10)) + "," +
                    (test ? autonomy : QByteArray::number(r % 5) + ".25") + "," + (test ? recharge : "1") + "," +
                    (test ? kind : "data") + "\n";
        }
        const QByteArray head = "from,to,weight,autonomy_h,recharge_per_h,kind\n";
        const QByteArray plain = head + body;
        QVERIFY(plain.size() > (1 << 20));
        const QByteArray quoted = head + "\"" + body.left(body.indexOf(',')) + "\"" + body.mid(body.indexOf(','));
        scenario::Diagnostics dPlain;
        scenario::Diagnostics dQuoted;
        const auto fast = model::readEdgeListCsv(plain, u"edges.csv"_qs, &nodes, u"nodes.csv"_qs, &dPlain);
        const auto slow = model::readEdgeListCsv(quoted, u"edges.csv"_qs, &nodes, u"nodes.csv"_qs, &dQuoted);
        QVERIFY2(fast, dPlain.empty() ? "" : qPrintable(dPlain.front().format()));
        QVERIFY2(slow, dQuoted.empty() ? "" : qPrintable(dQuoted.front().format()));
        QCOMPARE(fast->edgeCount(), std::size_t(kRows));
        const auto bits = [](const std::vector<double> &x) {
            return QByteArray(reinterpret_cast<const char *>(x.data()), qsizetype(x.size() * sizeof(double)));
        };
        QCOMPARE(bits(fast->weight), bits(slow->weight));
        QCOMPARE(bits(fast->autonomyH), bits(slow->autonomyH));
        QCOMPARE(bits(fast->rechargePerH), bits(slow->rechargePerH));
        QCOMPARE(fast->kind, slow->kind);
        QCOMPARE(fast->from, slow->from);
        QCOMPARE(fast->to, slow->to);
        QCOMPARE(fast->edgeLines, slow->edgeLines);
    }

    void badMatrix_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("short row") << QByteArray(",a,b\na,0,1\nb,0\n") << 3 << u"expected 3 fields"_qs;
        QTest::newRow("unknown row") << QByteArray(",a,b\na,0,1\nc,0,0\n") << 3
                                     << u"row id 'c' is not in the header"_qs;
        QTest::newRow("missing row") << QByteArray(",a,b\na,0,1\n") << 0 << u"no row for 'b'"_qs;
        QTest::newRow("weight over 1") << QByteArray(",a,b\na,0,1.5\nb,0,0\n") << 2
                                       << u"edge b -> a: weight must be in [0,1], not 1.5"_qs;
    }
    void badMatrix()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, message);
        scenario::Diagnostics d;
        QVERIFY(!model::readMatrixCsv(content, u"m.csv"_qs, &d));
        QVERIFY(!d.empty());
        QCOMPARE(d.front().line, line);
        QVERIFY2(d.front().message.contains(message), qPrintable(d.front().format()));
    }

    void badGraphml_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray keys = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                                "<key id=\"d0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
        QTest::newRow("malformed xml") << keys + "<graph edgedefault=\"directed\">\n<node id=\"a\">\n</graph>\n"
                                       << 5 << u"malformed XML"_qs;  // </graph> closes the open <node>
        QTest::newRow("undirected") << keys + "<graph edgedefault=\"undirected\">\n<node id=\"a\"/><node id=\"b\"/>\n"
                                              "<edge source=\"a\" target=\"b\"><data key=\"d0\">1</data></edge>\n"
                                              "</graph></graphml>\n"
                                    << 5 << u"undirected edge"_qs;
        QTest::newRow("undeclared node") << keys + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n"
                                                   "<edge source=\"a\" target=\"b\"><data key=\"d0\">1</data></edge>\n"
                                                   "</graph></graphml>\n"
                                         << 5 << u"undeclared node 'b'"_qs;
        QTest::newRow("no weight") << keys + "<graph edgedefault=\"directed\">\n<node id=\"a\"/><node id=\"b\"/>\n"
                                             "<edge source=\"a\" target=\"b\"/>\n</graph></graphml>\n"
                                   << 5 << u"edge a -> b: no 'weight'"_qs;
        QTest::newRow("bad weight") << keys + "<graph edgedefault=\"directed\">\n<node id=\"a\"/><node id=\"b\"/>\n"
                                              "<edge source=\"a\" target=\"b\"><data key=\"d0\">lots</data></edge>\n"
                                              "</graph></graphml>\n"
                                    << 5 << u"edge a -> b: 'weight': 'lots' is not a valid double"_qs;
        QTest::newRow("duplicate node") << keys +
                                               "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id=\"a\"/>\n"
                                               "</graph></graphml>\n"
                                        << 5 << u"duplicate node id 'a' (first on line 4)"_qs;
        QTest::newRow("not graphml") << QByteArray("<svg>\n</svg>\n") << 1 << u"not a GraphML document"_qs;
    }
    void badGraphml()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, message);
        scenario::Diagnostics d;
        QVERIFY(!model::readGraphml(content, u"g.graphml"_qs, &d));
        QVERIFY(!d.empty());
        QCOMPARE(d.front().line, line);
        QVERIFY2(d.front().message.contains(message), qPrintable(d.front().format()));
    }
};

QTEST_GUILESS_MAIN(TestModelIo)
#include "tst_model_io.moc"
