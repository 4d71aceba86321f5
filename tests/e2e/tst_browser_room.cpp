// The browser room in a real browser (docs/browser-room.md): the exercise served in this
// process (ExerciseServer + WebPortal, as `crossdrill serve --web-port` wires them), two rooms
// opened in headless Chromium, driven through its DevTools protocol, and a desktop room
// (RemoteRoomEndpoint, the client of `crossdrill join`) beside them. The test drives the
// exercise clock itself (advanceTo) so that the end, and the survey after it, come when the
// test says. Chromium missing is a failure, not a skip: packaging/install-deps.sh installs it.
//
// With CROSSDRILL_SCREENSHOTS=DIR set it also writes the screenshots of
// packaging/screenshots/ (browser-room-*.png) there.
#include "../devtools.h"
#include "../netfixture.h"
#include "net/webportal.h"

#include <QDir>

using namespace netfixture;

namespace {

/// A JavaScript string literal of `s` (JSON quoting is JavaScript quoting).
QString js(const QString &s)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

const QString kSubject = "<b>Browser</b> report & \"quotes\"";
const QString kCallLineA = "NISC here: what do you see?";
const QString kCallLineB = "MIC here: telecom is degraded";
const QString kPageTitle = "Advisory <script>1</script>";

}  // namespace

class TestBrowserRoom : public QObject
{
    Q_OBJECT

private:
    Served m_s;
    std::unique_ptr<cd::net::WebPortal> m_portal;
    std::unique_ptr<devtools::Browser> m_browser;
    std::unique_ptr<devtools::Page> m_a;                     // nisc, English
    std::unique_ptr<devtools::Page> m_b;                     // mic, Japanese
    std::unique_ptr<cd::net::RemoteRoomEndpoint> m_desktop;  // op-a, the desktop client's endpoint
    QString m_shots;

    bool synced(devtools::Page &p) { return p.waitFor("document.body.dataset.state === 'synced'"); }
    void click(devtools::Page &p, const QString &selector)
    {
        QVERIFY2(p.eval("(() => { const e = document.querySelector(" + js(selector) +
                        "); if (!e || e.disabled) return false; e.click(); return true; })()")
                     .toBool(),
                 qPrintable(selector + " is not there or disabled " + p.lastError));
    }
    void type(devtools::Page &p, const QString &selector, const QString &value)
    {
        QVERIFY2(p.eval("(() => { const e = document.querySelector(" + js(selector) +
                        "); if (!e) return false; e.value = " + js(value) +
                        "; e.dispatchEvent(new Event('change')); return true; })()")
                     .toBool(),
                 qPrintable(selector + " is not there"));
    }
    QString text(devtools::Page &p, const QString &selector)
    {
        return p.eval("document.querySelector(" + js(selector) + ")?.textContent ?? ''").toString();
    }
    void shot(devtools::Page &p, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QFile f(QDir(m_shots).filePath("browser-room-" + name + ".png"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(p.screenshot());
    }
    void tab(devtools::Page &p, const QString &name) { click(p, "#tab-" + name); }

private slots:
    void initTestCase()
    {
        const QString chromium = devtools::findChromium();
        QVERIFY2(!chromium.isEmpty(), "chromium not found: the browser room test needs it; install it with "
                                      "packaging/install-deps.sh (Debian package chromium) or set CROSSDRILL_CHROMIUM");
        // Chromium first: a child process inherits the descriptors open when it starts, and the
        // exercise server's listening socket must not outlive the server in it (the test listens
        // on the same port again below).
        QString error;
        m_browser = std::make_unique<devtools::Browser>();
        QVERIFY2(m_browser->start(chromium, &error), qPrintable(error));
        // The engine test scenario with Japanese and English names (tests/data/exercise/browser.cxs.json).
        QVERIFY2(m_s.start(&error, "browser.cxs.json"), qPrintable(error));
        m_s.ex->advanceTo(20);  // I-001 mail (op-a, cc mic), I-002 call to nisc (missed), I-003 web page
        m_portal = std::make_unique<cd::net::WebPortal>(*m_s.server);
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_shots = qEnvironmentVariable("CROSSDRILL_SCREENSHOTS");
        m_desktop = m_s.client("op-a", "Desk");
        QVERIFY(m_desktop);
    }

    void opensWithTheCookieOnly()
    {
        m_a = std::make_unique<devtools::Page>(*m_browser, "en-US,en");
        m_b = std::make_unique<devtools::Page>(*m_browser, "ja-JP,ja");
        QVERIFY(m_a->ok() && m_b->ok());
        m_a->navigate(m_portal->roomUrl("nisc", m_s.tokens.value("nisc")));
        m_b->navigate(m_portal->roomUrl("mic", m_s.tokens.value("mic")));
        QVERIFY2(synced(*m_a), qPrintable(m_a->lastError));
        QVERIFY2(synced(*m_b), qPrintable(m_b->lastError));
        // The token left the address bar, and no script can read it (HttpOnly cookie, ticket).
        QCOMPARE(m_a->eval("location.search").toString(), QString());
        QCOMPARE(m_a->eval("document.cookie").toString(), QString());
        for (const QString &token : m_s.tokens)
            QVERIFY(!m_a->eval("document.documentElement.outerHTML + JSON.stringify(localStorage) + "
                               "JSON.stringify(sessionStorage) + location.href")
                         .toString()
                         .contains(token));
        // Languages from the browser, names in them.
        QCOMPARE(m_a->eval("document.documentElement.lang").toString(), QString("en"));
        QCOMPARE(m_b->eval("document.documentElement.lang").toString(), QString("ja"));
        QCOMPARE(text(*m_b, "#tab-mail span"), QString("メール"));
        QCOMPARE(text(*m_a, "#room-name"), QString("NISC"));
        QCOMPARE(text(*m_b, "#room-name"), QString("総務省"));
        // The clock shows the server's minute and stands while the exercise clock is stopped
        // (this test moves the exercise itself); once the clock runs (here at x60, one exercise
        // minute a second) the page counts on every second from the server's clock message, and
        // a pause stops it again (docs/protocol.md "clock").
        const QString stopped = text(*m_a, "#clock");
        QVERIFY2(stopped.startsWith("13:20"), qPrintable(stopped));
        QTest::qWait(1200);
        QCOMPARE(text(*m_a, "#clock"), stopped);
        m_s.ex->clock().start(m_s.ex->minute(), 1.0);
        m_s.ex->setSpeed(60);  // an event: the server sends every room the running clock
        QVERIFY(m_a->waitFor("document.querySelector('#clock').textContent !== " + js(stopped), 2500));
        const QString running = text(*m_a, "#clock");
        QVERIFY(m_a->waitFor("document.querySelector('#clock').textContent !== " + js(running), 2500));
        QVERIFY(text(*m_a, "#clock").startsWith("13:2"));
        m_s.ex->pause();
        // Paused: the clock reads the same over 1.5 s (eval awaits the promise).
        const QString clockStands = "new Promise(r => { const a = document.querySelector('#clock').textContent; "
                                    "setTimeout(() => r(document.querySelector('#clock').textContent === a), 1500); })";
        QVERIFY(m_a->waitFor(clockStands, 5000));
        // The morning's traffic: mic has I-001 (cc), nisc the missed press call.
        QVERIFY(m_b->waitFor("[...document.querySelectorAll('#mail-list .subject')].some(e => e.textContent === "
                             "'利用者がつながらない')"));
        QVERIFY(m_a->waitFor("document.querySelector('#call-log tr') !== null"));
    }

    void mailArrivesInTheOtherRooms()
    {
        // Someone in mic is reading the list with the keyboard: the mail arriving keeps their place.
        const QString focused = m_b->eval("(() => { const b = document.querySelector('#mail-list button'); b.focus(); "
                                          "return b.dataset.mail; })()")
                                    .toString();
        QVERIFY(!focused.isEmpty());
        click(*m_a, "#mail-compose");
        click(*m_a, "#compose-to input[value=mic]");
        click(*m_a, "#compose-cc input[value=op-a]");
        type(*m_a, "#compose-kind", "advisory");
        type(*m_a, "#compose-subject", kSubject);
        type(*m_a, "#compose-body", "Line one\nLine two");
        click(*m_a, "#compose-send");
        QVERIFY(m_b->waitFor(
            "[...document.querySelectorAll('#mail-list .subject')].some(e => e.textContent === " + js(kSubject) + ")"));
        QCOMPARE(m_b->eval("document.activeElement?.dataset.mail ?? ''").toString(), focused);
        // Shown as text, never as markup.
        QCOMPARE(m_b->eval("document.querySelectorAll('#mail-list b, main script').length").toInt(), 0);
        QVERIFY(m_b->eval("document.querySelector('#unread-badge').textContent").toString().toInt() >= 1);
        // The desktop room got it too.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &e : m_desktop->eventsSince(0))
                    if (e.kind == "mail.delivered" && e.payload.value("subject").toString() == kSubject)
                        return true;
                return false;
            },
            5000));
        // A second person in nisc (another computer) sees the same mail among the room's sent.
        devtools::Page second(*m_browser, "en");
        second.navigate(m_portal->roomUrl("nisc", m_s.tokens.value("nisc")));
        QVERIFY(synced(second));
        click(second, "#folder-sent");
        QVERIFY(second.waitFor(
            "[...document.querySelectorAll('#mail-list .subject')].some(e => e.textContent === " + js(kSubject) + ")"));
        shot(*m_b, "mail-ja");
        // Opening it marks it read (a mail.read of mic in the log).
        const QString id = m_b->eval("[...document.querySelectorAll('#mail-list button')].find(b => "
                                     "b.querySelector('.subject').textContent === " +
                                     js(kSubject) + ").dataset.mail")
                               .toString();
        QVERIFY(!id.isEmpty());
        click(*m_b, "#mail-list button[data-mail='" + id + "']");
        QVERIFY(m_b->waitFor("!document.querySelector(\"#mail-list button[data-mail='" + id +
                             "']\").classList.contains('unread')"));
        QCOMPARE(text(*m_b, "#mail-pane article.mail .body"), QString("Line one\nLine two"));
        QVERIFY(fixture::find(m_s.ex->log().read(), "mail.read", "mail", id));
        tab(*m_a, "mail");
        shot(*m_a, "mail-en");
    }

    void callRingsIsAnsweredAndSpokenBothWays()
    {
        tab(*m_a, "phone");
        type(*m_a, "#call-to", "mic");
        click(*m_a, "#call-place");
        QVERIFY(
            m_b->waitFor("document.body.dataset.ringing === 'yes' && !document.querySelector('#call-banner').hidden"));
        QVERIFY(text(*m_b, "#call-banner-text").contains("内閣サイバーセキュリティセンター"));
        shot(*m_b, "phone-ringing-ja");
        click(*m_b, "#call-answer");
        QVERIFY(m_b->waitFor("document.body.dataset.ringing === 'no'"));
        QVERIFY(m_a->waitFor("!document.querySelector('#say-form').hidden"));
        QVERIFY(m_b->waitFor("!document.querySelector('#say-form').hidden"));
        type(*m_a, "#say-text", kCallLineA);
        click(*m_a, "#say-send");
        QVERIFY(m_b->waitFor("document.querySelector('#calls-active .transcript')?.textContent.includes(" +
                             js(kCallLineA) + ")"));
        type(*m_b, "#say-text", kCallLineB);
        click(*m_b, "#say-send");
        QVERIFY(m_a->waitFor("document.querySelector('#calls-active .transcript')?.textContent.includes(" +
                             js(kCallLineB) + ")"));
        // A refused action is explained: nisc has one phone line, and it is in use.
        type(*m_a, "#call-to", "op-a");
        click(*m_a, "#call-place");
        QVERIFY(m_a->waitFor("!document.querySelector('#notice').hidden && "
                             "document.querySelector('#notice').textContent.includes('no free phone line')"));
        shot(*m_a, "phone-call-en");
        click(*m_a, "#calls-active button.hangup");
        for (devtools::Page *p : {m_a.get(), m_b.get()})
            QVERIFY2(p->waitFor("document.querySelector('#calls-active article.call')?.dataset.status === 'ended'"),
                     qPrintable(p->eval("document.querySelector('#calls-active').innerText + ' | ' + "
                                        "document.querySelector('#notice').innerText")
                                    .toString()));
        QCOMPARE(m_b->eval("document.querySelectorAll('#calls-active .transcript li').length").toInt(), 2);
        // mic calls back; nisc's page rings and declines; both logs say so.
        tab(*m_b, "phone");
        type(*m_b, "#call-to", "nisc");
        click(*m_b, "#call-place");
        QVERIFY(m_a->waitFor("document.body.dataset.ringing === 'yes'"));
        QVERIFY(text(*m_a, "#call-banner-text").contains("MIC"));
        shot(*m_a, "phone-ringing-en");
        click(*m_a, "#call-decline");
        const QString declined = "document.querySelector('#call-log tr td:last-child')?.textContent === ";
        QVERIFY(m_a->waitFor(declined + js("Declined")));
        QVERIFY(m_b->waitFor(declined + js("拒否")));
        QVERIFY(m_a->waitFor("document.body.dataset.ringing === 'no'"));
    }

    void pageIsPostedAndTheOldLinkOpensIt()
    {
        tab(*m_a, "web");
        type(*m_a, "#post-site", "portal");
        type(*m_a, "#post-path", "/browser/1");
        type(*m_a, "#post-title", kPageTitle);
        type(*m_a, "#post-body", "Check your telecom links.");
        click(*m_a, "#post-send");
        QVERIFY(m_a->waitFor("document.querySelector('#web-page article.page h2')?.textContent === " + js(kPageTitle)));
        QVERIFY(fixture::find(m_s.ex->log().read(), "page.posted", "path", "/browser/1"));
        // mic reads the portal; the old portal address opens the page in the client.
        QVERIFY(m_b->eval("window.beforeNavigate = true").toBool());
        m_b->navigate(QString("http://127.0.0.1:%1/room/mic/site/portal/browser/1").arg(m_portal->port()));
        QVERIFY(m_b->waitFor("window.beforeNavigate === undefined && document.body.dataset.state === 'synced'"));
        QVERIFY(m_b->eval("location.hash").toString() == "#web/portal/browser/1");
        QVERIFY(m_b->waitFor("document.querySelector('#web-page article.page h2')?.textContent === " + js(kPageTitle)));
        QCOMPARE(m_b->eval("document.querySelectorAll('main script').length").toInt(), 0);
        shot(*m_b, "web-ja");
        shot(*m_a, "web-en");
    }

    void reloadLosesAndDoublesNothing()
    {
        tab(*m_b, "mail");
        const QString count = "[document.querySelectorAll('#mail-list li').length, "
                              "document.querySelectorAll('#call-log tr').length, "
                              "document.querySelectorAll('#web-sites li').length, "
                              "Number(document.body.dataset.lastSeq)].join(',')";
        const QString before = m_b->eval(count).toString();
        QVERIFY(m_b->eval("window.beforeReload = true").toBool());
        m_b->reload();
        QVERIFY(m_b->waitFor("window.beforeReload === undefined && document.body.dataset.state === 'synced'"));
        QVERIFY(m_b->waitFor(count + " === " + js(before)));
        // A dropped WebSocket resumes by seq: the server stops (4010, clients retry), nisc mails
        // mic meanwhile, the server listens again and mic's page catches up, the mail once.
        const quint16 port = m_s.server->port();
        m_s.server->close();
        QVERIFY(m_b->waitFor("document.body.dataset.state !== 'synced'"));
        const auto sent = m_s.server->perform(
            "nisc", {{"do", "mail"}, {"to", QJsonArray{"mic"}}, {"subject", "While you were away"}, {"body", "x"}},
            "Sato");
        QVERIFY(sent && sent->ok);
        QString error;
        QVERIFY2(m_s.server->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QVERIFY(m_b->waitFor("document.body.dataset.state === 'synced'", 20000));
        QVERIFY(m_b->waitFor("[...document.querySelectorAll('#mail-list .subject')].filter(e => e.textContent === "
                             "'While you were away').length === 1"));
        QCOMPARE(m_b->eval("document.querySelectorAll('#mail-list li').length").toInt(),
                 before.section(',', 0, 0).toInt() + 1);
    }

    void noOtherRoomsTrafficNorTheTruth()
    {
        m_s.ex->advanceTo(40);  // I-004 (op-b only) fires at 35
        const auto log = m_s.ex->log().read();
        QVERIFY(fixture::find(log, "mail.delivered", "subject", "Follow-up for B"));
        // A barrier: events reach a room in seq order, so once this mail shows, anything sent to
        // mic before it has arrived.
        const auto barrier = m_s.server->perform(
            "nisc", {{"do", "mail"}, {"to", QJsonArray{"mic"}}, {"subject", "Barrier"}, {"body", "x"}}, "Sato");
        QVERIFY(barrier && barrier->ok);
        QVERIFY(m_b->waitFor(
            "[...document.querySelectorAll('#mail-list .subject')].some(e => e.textContent === 'Barrier')"));
        const QString all = "document.documentElement.outerHTML";
        for (devtools::Page *p : {m_a.get(), m_b.get()}) {
            const QString dom = p->eval(all).toString();
            QVERIFY(!dom.isEmpty());
            QVERIFY2(!dom.contains("SECRET"), "control-only text in a room's page");
            QVERIFY(!dom.contains("vendor was compromised"));
        }
        // nisc was not on I-001; mic was not called by the press (I-002) nor mailed I-004.
        QVERIFY(!m_a->eval(all).toString().contains("Customers cannot connect"));
        QVERIFY(!m_a->eval(all).toString().contains("利用者がつながらない"));
        const QString mic = m_b->eval(all).toString();
        QVERIFY(!mic.contains("This is the press"));
        QVERIFY(!mic.contains("Follow-up for B"));
    }

    void statusAndSurveyAfterTheEnd()
    {
        tab(*m_a, "status");
        tab(*m_b, "status");
        QVERIFY(m_b->waitFor("document.querySelector('#sectors tr[data-sector=telecom]') !== null"));
        QVERIFY(m_a->waitFor("document.querySelector('#survey').hidden"));
        type(*m_a, "#hypothesis-text", "A vendor problem?");
        click(*m_a, "#hypothesis-send");
        QVERIFY(m_a->waitFor("document.querySelector('#hypotheses li[data-hypothesis]') !== null"));
        shot(*m_b, "status-ja");
        shot(*m_a, "status-en");
        m_s.ex->advanceTo(m_s.ex->scenario().meta.durationMin);
        QVERIFY(m_s.ex->ended());
        QVERIFY(m_a->waitFor("document.body.dataset.ended === 'true' && !document.querySelector('#survey').hidden"));
        QVERIFY(!m_a->eval("document.querySelector('#ended-banner').hidden").toBool());
        // After the end only the survey and reading remain.
        QVERIFY(m_a->eval("document.querySelector('#hypothesis-send').disabled").toBool());
        QVERIFY(m_a->eval("document.querySelector('#mail-compose').disabled").toBool());
        shot(*m_a, "survey-en");
        click(*m_a, "#survey input[name=q-Q1][value='4']");
        type(*m_a, "#survey textarea[name=q-Q2]", "Mail worked; phones were busy.");
        click(*m_a, "#survey-send");
        QVERIFY(m_a->waitFor("document.querySelector('#survey-answers') !== null"));
        const auto log = m_s.ex->log().read();
        const auto *e = fixture::find(log, "survey.answered", "room", "nisc");
        QVERIFY(e);
        QCOMPARE(e->payload.value("answers").toObject().value("Q1").toInt(), 4);
        QCOMPARE(e->payload.value("answers").toObject().value("Q2").toString(),
                 QString("Mail worked; phones were busy."));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_browser.reset();
    }
};

QTEST_GUILESS_MAIN(TestBrowserRoom)
#include "tst_browser_room.moc"
