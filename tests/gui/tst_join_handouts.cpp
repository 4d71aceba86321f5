// Join links handed out (control/joinhandouts.h): the QR codes read back (rendered as a printer
// would and decoded by zbarimg, zbar-tools) as exactly the links; the CSV and the sheets hold
// every room's links, escaped, in files only their owner can read; the host dialog's "Export
// join links…" and `crossdrill serve --handouts DIR` write the links they show or print.
#include "../netfixture.h"
#include "control/hostdialog.h"
#include "control/joinhandouts.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableWidget>

using cd::control::JoinLink;
using cd::gui::HostDialog;

namespace {

/// What zbarimg reads from `svg` drawn 8 pixels per module; empty when it reads nothing.
QString decode(const QString &svg, const QString &png)
{
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return {};
    QImage image(renderer.defaultSize() * 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (!image.save(png))
        return {};
    QProcess zbar;
    zbar.start(QStandardPaths::findExecutable("zbarimg"), {"--raw", "-q", png});
    if (!zbar.waitForFinished(20000))
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

QStringList lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out = QString::fromUtf8(f.readAll()).split("\r\n");
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

}  // namespace

class TestJoinHandouts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable("zbarimg").isEmpty(),
                 "zbarimg is missing: install zbar-tools (packaging/install-deps.sh)");
    }

    void qrCodesReadBackAsTheLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("join URL") << "ws://192.0.2.10:8765/room/op-a?token=gimhIdyUg96EmaUP1r8nlRihndNT2blx";
        QTest::newRow("browser URL, TLS")
            << "https://exercise.example.jp:8443/room/power-tepco/?token=_d6fRsff33iIZVdAe5mEbjNzMp8pcFKX";
        QTest::newRow("long") << "https://h.example/" + QString(1500, 'a');
    }
    void qrCodesReadBackAsTheLink()
    {
        QFETCH(QString, text);
        const QString svg = cd::control::qrCodeSvg(text);
        QVERIFY(svg.startsWith("<svg "));
        QCOMPARE(decode(svg, m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()).replace(" ", "_") + ".png")),
                 text);
    }

    void tooLongForAQrCodeGivesNone() { QCOMPARE(cd::control::qrCodeSvg(QString(4000, 'a')), QString()); }

    void csvAndSheetsHoldEveryLink()
    {
        const std::vector<JoinLink> links{
            {"op-a", cd::scenario::Text::fromPair("通信事業者A, 本社", "Operator A <HQ>"),
             "ws://h:1/room/op-a?token=T1", "http://h:2/room/op-a/?token=T1", ""},
            {"mic", cd::scenario::Text::fromPlain("MIC \"desk\""), "ws://h:1/room/mic?token=T2", "", ""},
            {"wc", cd::scenario::Text::fromPlain("The press"), "ws://h:1/seat/wc?token=T3", "", "whitecell:press"},
        };
        const QString dir = m_dir.filePath("out");
        QString error;
        QVERIFY2(cd::control::writeJoinHandouts(dir, "Drill & test", links, "en", &error), qPrintable(error));
        QCOMPARE(lines(dir + "/join-links.csv"),
                 QStringList({"room,name_ja,name_en,join_url,browser_url,seat_role",
                              "op-a,\"通信事業者A, 本社\",Operator A <HQ>,ws://h:1/room/op-a?token=T1,"
                              "http://h:2/room/op-a/?token=T1,",
                              "mic,\"MIC \"\"desk\"\"\",\"MIC \"\"desk\"\"\",ws://h:1/room/mic?token=T2,,",
                              "wc,The press,The press,ws://h:1/seat/wc?token=T3,,whitecell:press"}));
        for (const char *name : {"join-links.csv", "join-handouts.html"}) {  // the rooms' keys
            const QFileDevice::Permissions p = QFile::permissions(dir + "/" + QString::fromLatin1(name));
            QVERIFY(p.testFlag(QFileDevice::ReadOwner));
            QCOMPARE(bool(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                               QFileDevice::WriteOther)),
                     false);
        }
        QFile html(dir + "/join-handouts.html");
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QCOMPARE(page.count("<section class=\"sheet\">"), 3);
        QCOMPARE(page.count("<svg "), 4);  // op-a: browser and program; mic, wc: program only
        QVERIFY(page.contains("<h1>Control-team seat wc</h1>"));
        QVERIFY(page.contains("whitecell:press — The press"));
        QVERIFY(page.contains("<h1>Operator A &lt;HQ&gt;</h1>"));
        QVERIFY(page.contains("Drill &amp; test"));
        QVERIFY(!page.contains("<HQ>"));
        QVERIFY(page.contains("ws://h:1/room/mic?token=T2"));
    }

    void unwritableFolderIsSaid()
    {
        QString error;
        QVERIFY(!cd::control::writeJoinHandouts("/proc/no-such-dir", "x", {}, "en", &error));
        QVERIFY2(error.contains("/proc/no-such-dir"), qPrintable(error));
    }

    void hostDialogExportsTheLinksItShows()
    {
        QTemporaryDir dir;
        QString error;
        auto ex = fixture::start("basic.cxs.json", {}, dir.filePath("x.cxdb"), &error);
        QVERIFY2(ex, qPrintable(error));
        ex->advanceTo(1);
        HostDialog dialog(*ex);
        auto *button = dialog.findChild<QPushButton *>("hostExportLinks");
        QVERIFY(button);
        QCOMPARE(button->isEnabled(), false);  // nothing to export before hosting
        dialog.listenEdit()->setText("127.0.0.1:0");
        dialog.webPortSpin()->setValue(0);
        QVERIFY2(dialog.startHosting(&error), qPrintable(error));
        QCOMPARE(button->isEnabled(), true);
        QCOMPARE(dialog.exportLinks(dir.filePath("links"), &error), 4);
        const QStringList csv = lines(dir.filePath("links/join-links.csv"));
        QCOMPARE(csv.size(), 5);
        for (int row = 0; row < 4; ++row) {
            const QString room = dialog.table()->item(row, HostDialog::RoomColumn)->data(Qt::UserRole).toString();
            const QString browser = dialog.table()->item(row, HostDialog::PortalColumn)->text();
            QVERIFY(browser.startsWith("http://127.0.0.1:"));
            QVERIFY2(csv[row + 1].startsWith(room + ",") &&
                         csv[row + 1].endsWith("," + dialog.joinUrl(room) + "," + browser + ","),
                     qPrintable(csv[row + 1]));
        }
    }

    void serveWritesThePrintedLinks()
    {
        QTemporaryDir dir;
        QProcess serve;
        serve.start(CROSSDRILL_BINARY, {"serve", fixture::dataPath("basic.cxs.json"), "--db", dir.filePath("s.cxdb"),
                                        "--listen", "127.0.0.1:0", "--handouts", dir.filePath("h")});
        QStringList urls;
        while (urls.size() < 4 && serve.waitForReadyRead(10000))
            while (serve.canReadLine())
                urls << QString::fromUtf8(serve.readLine()).trimmed();
        QCOMPARE(urls.size(), 4);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(dir.filePath("h/join-handouts.html")); }, 10000));
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        const QStringList csv = lines(dir.filePath("h/join-links.csv"));
        QCOMPARE(csv.size(), 5);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(csv[i + 1].endsWith("," + urls[i] + ",,"), qPrintable(csv[i + 1]));  // no portal: no browser link
    }
};

QTEST_MAIN(TestJoinHandouts)
#include "tst_join_handouts.moc"
