// The positioned JSON parser and the writers: positions in characters, syntax errors with their
// exact line and column, string decoding, number formatting and the pretty layout.
#include "scenario/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace cd::scenario::json;

class TestJson final : public QObject
{
    Q_OBJECT
private slots:
    void positions()
    {
        const QByteArray text = "{\n"
                                "  \"名前\": \"通信事業者\", \"id\": 7,\n"
                                "  \"list\": [true, null,\n"
                                "    {\"x\": -1.5e2}],\n"
                                "  \"id\": \"dup\"\n"
                                "}\n";
        ParseError error;
        const auto doc = parse(text, &error);
        QVERIFY2(doc.has_value(), qPrintable(error.message));
        QCOMPARE(doc->line, 1);
        QCOMPARE(doc->column, 1);
        QCOMPARE(doc->object.size(), std::size_t(4));
        const Member &name = doc->object[0];
        QCOMPARE(name.key, QString("名前"));
        QCOMPARE(name.line, 2);
        QCOMPARE(name.column, 3);
        QCOMPARE(name.value.column, 9);  // characters, not bytes
        QCOMPARE(doc->object[1].column, 18);
        QCOMPARE(doc->object[1].value.column, 24);
        QCOMPARE(doc->object[1].value.number, 7.0);
        const Value &list = doc->object[2].value;
        QCOMPARE(list.array.size(), std::size_t(3));
        QCOMPARE(list.array[1].type, Value::Type::Null);
        QCOMPARE(list.array[1].column, 18);
        const Value &inner = list.array[2];
        QCOMPARE(inner.line, 4);
        QCOMPARE(inner.column, 5);
        QCOMPARE(inner.object[0].value.number, -150.0);
        QCOMPARE(inner.object[0].value.column, 11);
        // Duplicates are kept, in order; find() returns the first.
        QCOMPARE(doc->object[3].key, QString("id"));
        QCOMPARE(doc->object[3].line, 5);
        QCOMPARE(doc->find(u"id")->number, 7.0);
    }

    void bomAccepted()
    {
        const auto doc = parse("\xEF\xBB\xBF{\"a\": 1}");
        QVERIFY(doc.has_value());
        QCOMPARE(doc->column, 1);
        QCOMPARE(doc->object[0].column, 2);
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("\"abc\"") << "abc";
        QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\b\f\n\r\t")") << "a\"b\\c/d\b\f\n\r\t";
        QTest::newRow("bmp") << QByteArray(R"("\u00e9\u65E5")") << "é日";
        QTest::newRow("pair") << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("raw utf8") << QByteArray("\"日本語 😀\"") << QString::fromUtf8("日本語 \xF0\x9F\x98\x80");
        QTest::newRow("nul escape") << QByteArray(R"("a\u0000b")") << QString("a") + QChar(0) + "b";
    }
    void strings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        ParseError error;
        const auto v = parse(input, &error);
        QVERIFY2(v.has_value(), qPrintable(error.message));
        QCOMPARE(v->string, expected);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << "unexpected end of input";
        QTest::newRow("only spaces") << QByteArray("  \n ") << 2 << 2 << "unexpected end of input";
        QTest::newRow("object trailing comma") << QByteArray("{\"a\": 1,}") << 1 << 9 << "trailing comma before '}'";
        QTest::newRow("array trailing comma") << QByteArray("[1, 2,\n ]") << 2 << 2 << "trailing comma before ']'";
        QTest::newRow("unterminated at eof") << QByteArray("{\"a\": \"abc") << 1 << 7 << "unterminated string";
        QTest::newRow("unterminated at eol") << QByteArray("[\n  \"ab\ncd\"]") << 2 << 3 << "cannot span lines";
        QTest::newRow("bad escape") << QByteArray("[\"ab\\x\"]") << 1 << 5 << "invalid escape '\\x'";
        QTest::newRow("short unicode") << QByteArray("\"\\u12G4\"") << 1 << 2 << "four hex digits";
        QTest::newRow("lone high") << QByteArray("\"ab\\ud800\"") << 1 << 4 << "lone high surrogate";
        QTest::newRow("high then bmp") << QByteArray("\"\\ud800\\u0041\"") << 1 << 2 << "lone high surrogate";
        QTest::newRow("lone low") << QByteArray("\"\\udc00\"") << 1 << 2 << "lone low surrogate";
        QTest::newRow("bad utf8") << QByteArray("[\"a\xff\"]") << 1 << 4 << "invalid UTF-8 byte 0xff";
        QTest::newRow("overlong utf8") << QByteArray("\"\xc0\xaf\"") << 1 << 2 << "invalid UTF-8";
        QTest::newRow("utf8 surrogate") << QByteArray("\"\xed\xa0\x80\"") << 1 << 2 << "invalid UTF-8";
        QTest::newRow("truncated utf8") << QByteArray("\"\xe6\x97") << 1 << 2 << "invalid UTF-8";
        QTest::newRow("utf8 outside string") << QByteArray("[\xff]") << 1 << 2 << "invalid UTF-8";
        QTest::newRow("control char") << QByteArray("\"a\tb\"") << 1 << 3 << "control character U+0009";
        QTest::newRow("trailing garbage") << QByteArray("{}\n\n  ]") << 3 << 3 << "after the end of the JSON document";
        QTest::newRow("column in characters") << QByteArray("\"日本語\" x") << 1 << 7 << "unexpected 'x'";
        QTest::newRow("bom not a column") << QByteArray("\xEF\xBB\xBF x") << 1 << 2 << "unexpected 'x'";
        QTest::newRow("missing comma") << QByteArray("[1 2]") << 1 << 4 << "expected ',' or ']'";
        QTest::newRow("missing object comma") << QByteArray("{\"a\": 1 \"b\": 2}") << 1 << 9 << "expected ',' or '}'";
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6 << "expected ':'";
        QTest::newRow("bare key") << QByteArray("{a: 1}") << 1 << 2 << "expected a key in double quotes";
        QTest::newRow("single quotes") << QByteArray("['a']") << 1 << 2 << "unexpected ''', expected a value";
        QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 2 << "leading zeros";
        QTest::newRow("minus alone") << QByteArray("-") << 1 << 1 << "digit after '-'";
        QTest::newRow("dot alone") << QByteArray("1.") << 1 << 1 << "digit after '.'";
        QTest::newRow("exponent alone") << QByteArray("1e+") << 1 << 1 << "exponent";
        QTest::newRow("huge number") << QByteArray("[1e999]") << 1 << 2 << "number out of range";
        QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << "unexpected 'NaN'";
        QTest::newRow("Infinity") << QByteArray("-Infinity") << 1 << 1 << "digit after '-'";
        QTest::newRow("truncated word") << QByteArray("[tru]") << 1 << 2 << "unexpected 'tru'";
        QTest::newRow("word run-on") << QByteArray("nullx") << 1 << 1 << "unexpected 'nullx'";
        QTest::newRow("unclosed array") << QByteArray("[1,\n2") << 2 << 2 << "expected ',' or ']'";
        QTest::newRow("unclosed object") << QByteArray("{\"a\": {") << 1 << 8 << "expected a key";
        QTest::newRow("comment") << QByteArray("{} // no") << 1 << 4 << "after the end";
        QTest::newRow("too deep") << (QByteArray(257, '[') + QByteArray(257, ']')) << 1 << 257
                                  << "nesting deeper than 256";
        QTest::newRow("too deep objects")
            << QByteArray(300 * 6, 'x').replace("xxxxxx", "{\"a\": ") << 1 << 1537 << "nesting deeper than 256";
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        ParseError error;
        const auto v = parse(input, &error);
        QVERIFY(!v.has_value());
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void maxDepthAccepted()
    {
        const auto v = parse(QByteArray(256, '[') + QByteArray(256, ']'));
        QVERIFY(v.has_value());
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("integer") << 3.0 << QByteArray("3");
        QTest::newRow("negative integer") << -42.0 << QByteArray("-42");
        QTest::newRow("large integer") << 20000000.0 << QByteArray("20000000");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("sum noise") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("half negative") << -0.5 << QByteArray("-0.5");
        QTest::newRow("tiny") << 2.5e-7 << QByteArray("2.5e-07");
        QTest::newRow("huge") << 1e21 << QByteArray("1e+21");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(formatNumber(value), text);
        const auto back = parse(text);
        QVERIFY(back.has_value());
        QCOMPARE(back->number, value);  // exact round trip
    }

    void pretty()
    {
        Value root = Value::makeObject();
        root.insert("name", Value::fromString("通信 \"A\"\n\t\x01"));
        root.insert("n", Value::fromNumber(2.0));
        root.insert("short", Value::makeArray({Value::fromString("a"), Value::fromNumber(0.5), Value::fromBool(true)}));
        std::vector<Value> longItems;
        for (int i = 0; i < 8; ++i)
            longItems.push_back(Value::fromString(QString("item-number-%1").arg(i)));
        root.insert("long", Value::makeArray(longItems));
        Value nested = Value::makeObject();
        nested.insert("x", Value::null());
        root.insert("objects", Value::makeArray({nested}));
        root.insert("empty", Value::makeObject());
        root.insert("none", Value::makeArray());
        const QByteArray expected = "{\n"
                                    "  \"name\": \"通信 \\\"A\\\"\\n\\t\\u0001\",\n"
                                    "  \"n\": 2,\n"
                                    "  \"short\": [\"a\", 0.5, true],\n"
                                    "  \"long\": [\n"
                                    "    \"item-number-0\",\n"
                                    "    \"item-number-1\",\n"
                                    "    \"item-number-2\",\n"
                                    "    \"item-number-3\",\n"
                                    "    \"item-number-4\",\n"
                                    "    \"item-number-5\",\n"
                                    "    \"item-number-6\",\n"
                                    "    \"item-number-7\"\n"
                                    "  ],\n"
                                    "  \"objects\": [\n"
                                    "    {\n"
                                    "      \"x\": null\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"empty\": {},\n"
                                    "  \"none\": []\n"
                                    "}\n";
        QCOMPARE(QString::fromUtf8(writePretty(root)), QString::fromUtf8(expected));
        const auto back = parse(writePretty(root));
        QVERIFY(back.has_value());
        QVERIFY(*back == root);
        QCOMPARE(writeCompact(root),
                 QByteArray("{\"name\":\"通信 \\\"A\\\"\\n\\t\\u0001\",\"n\":2,\"short\":[\"a\",0.5,"
                            "true],\"long\":[\"item-number-0\",\"item-number-1\",\"item-number-2\","
                            "\"item-number-3\",\"item-number-4\",\"item-number-5\",\"item-number-6\","
                            "\"item-number-7\"],\"objects\":[{\"x\":null}],\"empty\":{},\"none\":[]}"));
    }

    void qjsonConversion()
    {
        const QByteArray text = R"({"b": [1, "x", null, false], "a": {"z": 0.25, "y": "日本"}, "b": "second"})";
        const auto v = parse(text);
        QVERIFY(v.has_value());
        const QJsonValue q = toQJson(*v);
        QVERIFY(q.isObject());
        QCOMPARE(q.toObject().value("b").toArray().size(), 4);  // the first duplicate wins
        QCOMPARE(q.toObject().value("a").toObject().value("y").toString(), QString("日本"));
        const Value back = fromQJson(q);
        // QJsonObject sorts keys; the content survives.
        QCOMPARE(back.object.size(), std::size_t(2));
        QCOMPARE(back.object[0].key, QString("a"));
        QVERIFY(*back.find(u"b") == *v->find(u"b"));
        QCOMPARE(QJsonDocument(toQJson(back).toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument(q.toObject()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
