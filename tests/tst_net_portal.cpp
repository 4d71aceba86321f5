// The web portal through a real HTTP client (QNetworkAccessManager): 401 without a token, 403
// with a wrong or another room's, the token traded for an HttpOnly SameSite=Strict cookie and
// dropped from the URL, only readable sites shown, posting with a CSRF token tied to the cookie,
// and everything shown HTML-escaped.
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
};

Reply fetch(QNetworkAccessManager &nam, const QString &url, const QByteArray &form = {})
{
    QNetworkRequest request{QUrl(url)};
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
            QVERIFY(page.body.contains("Outage in the city"));
        }
    }

    void readableSitesOnly_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("news front page") << "op-a"
                                         << "site/news/" << 200;
        QTest::newRow("news page") << "op-b"
                                   << "site/news/outage" << 200;
        QTest::newRow("portal for a reader") << "mic"
                                             << "site/portal/" << 404;  // no page yet
        QTest::newRow("unknown page") << "op-a"
                                      << "site/news/nope" << 404;
        QTest::newRow("unknown site") << "op-a"
                                      << "site/truth/" << 404;
    }
    void readableSitesOnly()
    {
        QFETCH(QString, room);
        QFETCH(QString, path);
        QFETCH(int, status);
        auto nam = browser(room);
        QVERIFY(nam);
        QCOMPARE(fetch(*nam, base(room) + path).status, status);
        // A signed-in browser of one room cannot open another room's pages.
        const QString other = room == "mic" ? QString("nisc") : QString("mic");
        QCOMPARE(fetch(*nam, base(other)).status, 401);
    }

    void postWithCsrfAndEscaping()
    {
        auto nisc = browser("nisc");
        QVERIFY(nisc);
        const Reply index = fetch(*nisc, base("nisc"));
        QCOMPARE(index.status, 200);
        const QRegularExpression csrfRe("name=\"csrf\" value=\"([^\"]+)\"");
        const auto match = csrfRe.match(QString::fromUtf8(index.body));
        QVERIFY(match.hasMatch());
        const QByteArray csrf = match.captured(1).toLatin1();
        const QByteArray evil = QUrl::toPercentEncoding("<script>alert(1)</script> & \"quotes\"");
        // Without the CSRF token (a cross-site form), refused.
        QCOMPARE(fetch(*nisc, base("nisc") + "post", "site=portal&path=/a&title=x&body=y&csrf=forged").status, 403);
        // A room that may not post on the portal is refused by the engine.
        auto opA = browser("op-a");
        QVERIFY(opA);
        QCOMPARE(fetch(*opA, base("op-a") + "post", "site=portal&path=/a&title=x&body=y&csrf=" + csrf).status, 403);
        // Without a cookie at all.
        QNetworkAccessManager anonymous;
        QCOMPARE(fetch(anonymous, base("nisc") + "post", "site=portal&path=/a&title=x&body=y&csrf=" + csrf).status,
                 401);
        const Reply posted = fetch(*nisc, base("nisc") + "post",
                                   "site=portal&path=%2Falerts%2F1&title=" + evil +
                                       "&body=line+one%0Aline+two&name=Hanako&csrf=" + csrf);
        QCOMPARE(posted.status, 303);
        QCOMPARE(posted.location, QByteArray("/room/nisc/site/portal/alerts/1"));
        // mic reads the portal: the page is there, escaped.
        auto mic = browser("mic");
        QVERIFY(mic);
        const Reply page = fetch(*mic, base("mic") + "site/portal/alerts/1");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        QVERIFY(!page.body.contains("<script>"));
        QVERIFY(page.body.contains("line one<br>"));
        // op-b may not read the portal.
        auto opB = browser("op-b");
        QVERIFY(opB);
        QCOMPARE(fetch(*opB, base("op-b") + "site/portal/alerts/1").status, 404);
        const auto log = m_s.ex->log().read();
        const auto *e = fixture::find(log, "page.posted", "path", "/alerts/1");
        QVERIFY(e);
        QCOMPARE(e->actor, "nisc");
        QCOMPARE(e->payload.value("actor_name").toString(), "Hanako");
    }
};

QTEST_GUILESS_MAIN(TestNetPortal)
#include "tst_net_portal.moc"
