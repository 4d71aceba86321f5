// The browser room's server side through a real HTTP client (QNetworkAccessManager): 401
// without a token, 403 with a wrong or another room's, the token traded for an HttpOnly
// SameSite=Strict cookie and dropped from the URL, the client page and its modules under a
// strict Content-Security-Policy, the one-use WebSocket ticket behind the CSRF token, the old
// portal links redirected into the client, and the no-script post form. What the page shows is
// tested in a real browser (e2e/tst_browser_room.cpp).
#include "net/webportal.h"
#include "netfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace netfixture;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray cookie;
    QByteArray csp;
    QByteArray type;
};

Reply fetch(QNetworkAccessManager &nam, const QString &url, const QByteArray &form = {},
            const QByteArray &csrfHeader = {})
{
    QNetworkRequest request{QUrl(url)};
    if (!csrfHeader.isEmpty())
        request.setRawHeader("X-CSRF", csrfHeader);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        reply = nam.post(request, form);
    }
    Reply r;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.cookie = reply->rawHeader("Set-Cookie");
    r.csp = reply->rawHeader("Content-Security-Policy");
    r.type = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return r;
}

}  // namespace

class TestNetPortal : public QObject
{
    Q_OBJECT

private:
    Served m_s;
    std::unique_ptr<cd::net::WebPortal> m_portal;

    QString base(const QString &room) const
    {
        return QString("http://127.0.0.1:%1/room/%2/").arg(m_portal->port()).arg(room);
    }
    /// A browser signed in to `room` (the token traded for the cookie).
    std::unique_ptr<QNetworkAccessManager> browser(const QString &room)
    {
        auto nam = std::make_unique<QNetworkAccessManager>();
        const Reply r = fetch(*nam, base(room) + "?token=" + m_s.tokens.value(room));
        if (r.status != 303)
            return nullptr;
        return nam;
    }
    /// The CSRF token the client page carries for a signed-in browser.
    QByteArray csrfOf(QNetworkAccessManager &nam, const QString &room)
    {
        const Reply page = fetch(nam, base(room));
        const QRegularExpression re("<meta name=\"csrf\" content=\"([A-Za-z0-9_-]+)\">");
        return re.match(QString::fromUtf8(page.body)).captured(1).toLatin1();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_s.start(&error), qPrintable(error));
        m_s.ex->advanceTo(20);  // I-003 published /outage on the news site
        m_portal = std::make_unique<cd::net::WebPortal>(*m_s.server);
        QVERIFY2(m_portal->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void access_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("token");  // "@ROOM": that room's token
        QTest::addColumn<int>("status");
        QTest::newRow("no token") << "op-a"
                                  << "" << 401;
        QTest::newRow("wrong token") << "op-a" << cd::net::generateToken() << 403;
        QTest::newRow("malformed token") << "op-a"
                                         << "<script>" << 403;
        QTest::newRow("another room's token") << "op-a"
                                              << "@mic" << 403;
        QTest::newRow("own token") << "op-a"
                                   << "@op-a" << 303;
    }
    void access()
    {
        QFETCH(QString, room);
        QFETCH(QString, token);
        QFETCH(int, status);
        if (token.startsWith('@'))
            token = m_s.tokens.value(token.mid(1));
        QNetworkAccessManager nam;
        const Reply r =
            fetch(nam, base(room) + (token.isEmpty()
                                         ? QString()
                                         : QString("?token=" + QString::fromLatin1(QUrl::toPercentEncoding(token)))));
        QCOMPARE(r.status, status);
        if (status == 303) {
            QCOMPARE(r.location, QByteArray("/room/op-a/"));
            QVERIFY(r.cookie.contains("HttpOnly"));
            QVERIFY(r.cookie.contains("SameSite=Strict"));
            QVERIFY(r.cookie.contains("Path=/room/op-a/"));
            const Reply page = fetch(nam, base(room));  // with the cookie now
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("<script type=\"module\" src=\"app/main.js\"></script>"));
            QVERIFY(!page.body.contains(m_s.tokens.value(room).toLatin1()));
            // Scripts, styles and connections from this server only; the WebSocket on the
            // exercise server's port of the same host.
            QVERIFY(page.csp.contains("default-src 'none'"));
            QVERIFY(page.csp.contains("script-src 'self';"));
            QVERIFY(!page.csp.contains("unsafe"));
            QVERIFY(page.csp.contains(QString("connect-src 'self' ws://127.0.0.1:%1 wss://127.0.0.1:%1;")
                                          .arg(m_s.server->port())
                                          .toLatin1()));
        }
    }

    void assets_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("module") << "app/main.js" << 200 << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("style") << "app/style.css" << 200 << QByteArray("text/css; charset=utf-8");
        QTest::newRow("unknown") << "app/nope.js" << 404 << QByteArray();
        QTest::newRow("other type") << "app/index.html" << 404 << QByteArray();
        QTest::newRow("traversal") << "app/..%2Findex.html" << 404 << QByteArray();
    }
    void assets()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        auto nam = browser("op-a");
        QVERIFY(nam);
        const Reply r = fetch(*nam, base("op-a") + path);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.type, type);
            QVERIFY(r.csp.contains("script-src 'self'"));
        }
    }

    void oldPortalLinksOpenTheClient_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("news front page") << "op-a"
                                         << "site/news/" << 303 << QByteArray("/room/op-a/#web/news/");
        QTest::newRow("news page") << "op-b"
                                   << "site/news/outage" << 303 << QByteArray("/room/op-b/#web/news/outage");
        QTest::newRow("unknown path") << "op-a"
                                      << "nope" << 404 << QByteArray();
    }
    void oldPortalLinksOpenTheClient()
    {
        QFETCH(QString, room);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        auto nam = browser(room);
        QVERIFY(nam);
        const Reply r = fetch(*nam, base(room) + path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.location, location);
        // A signed-in browser of one room cannot open another room's pages.
        const QString other = room == "mic" ? QString("nisc") : QString("mic");
        QCOMPARE(fetch(*nam, base(other)).status, 401);
    }

    void ticketOpensTheRoomWebSocketOnce()
    {
        auto nam = browser("nisc");
        QVERIFY(nam);
        const QByteArray csrf = csrfOf(*nam, "nisc");
        QVERIFY(!csrf.isEmpty());
        QCOMPARE(fetch(*nam, base("nisc") + "ticket", "").status, 403);  // no X-CSRF
        QCOMPARE(fetch(*nam, base("nisc") + "ticket", "", "forged").status, 403);
        QNetworkAccessManager anonymous;
        QCOMPARE(fetch(anonymous, base("nisc") + "ticket", "", csrf).status, 401);
        const auto ticket = [&] {
            const Reply r = fetch(*nam, base("nisc") + "ticket", "", csrf);
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (r.status != 200 || o.value("port").toInt() != m_s.server->port() || o.value("tls").toBool())
                return QString();
            return o.value("ticket").toString();
        };
        const QString ws = QString("ws://127.0.0.1:%1/room/").arg(m_s.server->port());
        const QString t1 = ticket();
        QVERIFY(!t1.isEmpty());
        QVERIFY(!m_s.tokens.values().contains(t1));  // a ticket is not the token
        RawPeer peer(ws + "nisc?ticket=" + t1);
        peer.hello();
        QCOMPARE(peer.waitFor("welcome").value("room").toString(), QString("nisc"));
        // Used once: the same ticket again is refused; so is one for another room's path.
        RawPeer again(ws + "nisc?ticket=" + t1);
        QVERIFY(again.waitClosed());
        QCOMPARE(again.closeCode, 4001);
        RawPeer elsewhere(ws + "mic?ticket=" + ticket());
        QVERIFY(elsewhere.waitClosed());
        QCOMPARE(elsewhere.closeCode, 4003);
        RawPeer unknown(ws + "nisc?ticket=" + cd::net::generateToken());
        QVERIFY(unknown.waitClosed());
        QCOMPARE(unknown.closeCode, 4001);
    }

    void postWithCsrfFromTheNoScriptForm()
    {
        auto nisc = browser("nisc");
        QVERIFY(nisc);
        const QByteArray csrf = csrfOf(*nisc, "nisc");
        QVERIFY(!csrf.isEmpty());
        const QByteArray evil = QUrl::toPercentEncoding("<script>alert(1)</script> & \"quotes\"");
        // Without the CSRF token (a cross-site form), refused.
        QCOMPARE(fetch(*nisc, base("nisc") + "post", "site=portal&path=/a&title=x&body=y&csrf=forged").status, 403);
        // Another room's CSRF token does not fit its cookie.
        auto opA = browser("op-a");
        QVERIFY(opA);
        QCOMPARE(fetch(*opA, base("op-a") + "post", "site=portal&path=/a&title=x&body=y&csrf=" + csrf).status, 403);
        // A room that may not post on the portal is refused by the engine, and told why (escaped).
        const Reply refused =
            fetch(*opA, base("op-a") + "post", "site=portal&path=/a&title=x&body=y&csrf=" + csrfOf(*opA, "op-a"));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains("may not post on site &quot;portal&quot;"));
        // Without a cookie at all.
        QNetworkAccessManager anonymous;
        QCOMPARE(fetch(anonymous, base("nisc") + "post", "site=portal&path=/a&title=x&body=y&csrf=" + csrf).status,
                 401);
        const Reply posted = fetch(*nisc, base("nisc") + "post",
                                   "site=portal&path=%2Falerts%2F1&title=" + evil +
                                       "&body=line+one%0Aline+two&name=Hanako&csrf=" + csrf);
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location, QByteArray("/room/nisc/#web/portal/alerts/1"));
        const auto log = m_s.ex->log().read();
        const auto *e = fixture::find(log, "page.posted", "path", "/alerts/1");
        QVERIFY(e);
        QCOMPARE(e->actor, "nisc");
        QCOMPARE(e->payload.value("actor_name").toString(), "Hanako");
        QCOMPARE(e->payload.value("title").toString(), "<script>alert(1)</script> & \"quotes\"");
        QCOMPARE(e->payload.value("body").toString(), "line one\nline two");
    }
};

QTEST_GUILESS_MAIN(TestNetPortal)
#include "tst_net_portal.moc"
