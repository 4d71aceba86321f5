#include "net/webportal.h"

#include "exercise/exercise.h"
#include "exercise/vocab.h"
#include "net/connectionguard.h"
#include "net/exerciseserver.h"
#include "net/portalhtml.h"
#include "net/protocol.h"
#include "net/serverclient.h"
#include "net/tokens.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

namespace cd::net {

namespace {

using Status = QHttpServerResponse::StatusCode;
const QByteArray kCookie = QByteArrayLiteral("cd_token");
/// How long a ticket may wait to be exchanged for a WebSocket (the page asks just before it
/// connects).
constexpr qint64 kTicketLifetimeMs = 30000;
/// Outstanding tickets at most (each comes from a request that showed the cookie and the CSRF
/// token, so only signed-in pages can ask; the cap bounds memory all the same).
constexpr int kMaxTickets = 20000;

void secure(QHttpServerResponse &r, const QByteArray &csp)
{
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"), csp);
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
}

/// The error pages' policy: no script at all, their one inline style.
const QByteArray kErrorCsp = QByteArrayLiteral(
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

QHttpServerResponse html(const QString &body, Status status = Status::Ok)
{
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), body.toUtf8(), status);
    secure(r, kErrorCsp);
    return r;
}

QHttpServerResponse problem(Status status, portal::Problem which)
{
    return html(portal::errorPage(which), status);
}

QHttpServerResponse redirect(const QByteArray &location)
{
    QHttpServerResponse r(Status::SeeOther);
    r.setHeader(QByteArrayLiteral("Location"), location);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return r;
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString cookieToken(const QHttpServerRequest &request)
{
    const QByteArray cookies = header(request, QByteArrayLiteral("Cookie"));
    for (const QByteArray &part : cookies.split(';')) {
        const QByteArray kv = part.trimmed();
        if (kv.startsWith(QByteArray(kCookie + '=')))
            return QString::fromLatin1(kv.mid(kCookie.size() + 1));
    }
    return {};
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

/// The host name the browser used (the Host header without its port), or empty when it is not
/// a plain name or address (then the policy allows only this origin, and the page cannot open
/// the WebSocket on the other port: safer than echoing odd bytes into a header).
QByteArray requestHost(const QHttpServerRequest &request)
{
    static const QRegularExpression shape(QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$"));
    const QRegularExpressionMatch m = shape.match(QString::fromLatin1(header(request, QByteArrayLiteral("Host"))));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

/// The client's policy: everything from this server only; connections also to the room
/// WebSocket on the exercise server's port of the same host.
QByteArray clientCsp(const QHttpServerRequest &request, quint16 wsPort)
{
    QByteArray connect = QByteArrayLiteral("'self'");
    const QByteArray host = requestHost(request);
    if (!host.isEmpty() && wsPort != 0) {
        const QByteArray hostPort = host + ':' + QByteArray::number(wsPort);
        connect += " ws://" + hostPort + " wss://" + hostPort;
    }
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; "
           "connect-src " +
           connect + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}

QByteArray contentTypeOf(const QString &file)
{
    if (file.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (file.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    return QByteArrayLiteral("text/html; charset=utf-8");
}

}  // namespace

WebPortal::WebPortal(ExerciseServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_serverAlive(&server), m_http(new QHttpServer(this))
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request).write(std::move(responder));
    });
    m_server.setTicketRedeemer([this](const QString &ticket) { return redeem(ticket); });
}

WebPortal::~WebPortal()
{
    // The server may go first (the console's host dialog resets it before the portal).
    if (m_serverAlive)
        m_server.setTicketRedeemer({});
}

void WebPortal::setTls(const QSslConfiguration &config)
{
    m_tls = true;
    m_ssl = config;
}

bool WebPortal::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Every portal connection is unauthenticated until a request shows a token, so all of them
    // are held to the guard's caps and deadline (connectionguard.h).
    auto *guard = new ConnectionGuard(m_limits, m_http);
    if (m_tls)
        guard->setTls(m_ssl);
    guard->setListenBacklogSize(kListenBacklog);
    if (!guard->listen(address, port)) {
        *error = QStringLiteral("web portal: cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(guard->errorString());
        delete guard;
        return false;
    }
    m_guard = guard;
    m_http->bind(guard);
    m_port = guard->serverPort();
    return true;
}

QString WebPortal::roomUrl(const QString &room, const QString &token) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server.publicHost());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/room/%1/").arg(room));
    url.setQuery(QStringLiteral("token=") + token);
    return url.toString(QUrl::FullyEncoded);
}

QByteArray WebPortal::csrfFor(const QString &token) const
{
    return QMessageAuthenticationCode::hash(token.toUtf8(), m_secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QHttpServerResponse WebPortal::handle(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    const QStringList parts = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    // parts: "", "room", ROOM, ...
    if (parts.size() < 3 || !parts[0].isEmpty() || parts[1] != QLatin1String("room") || parts[2].isEmpty())
        return problem(Status::NotFound, portal::Problem::NoRoom);
    const QString room = parts[2];
    const QString base = QStringLiteral("/room/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(room)));
    if (parts.size() == 3)
        return redirect(base.toUtf8() + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray()));

    // Authentication: the token from the link once, then the cookie.
    const QString queryToken = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    const QString token = queryToken.isEmpty() ? cookieToken(request) : queryToken;
    if (token.isEmpty())
        return problem(Status::Unauthorized, portal::Problem::SignIn);
    const QString owner = m_server.roomOfToken(token);
    if (owner.isEmpty() || owner != room)
        return problem(Status::Forbidden, portal::Problem::WrongToken);
    if (!queryToken.isEmpty()) {
        // Keep the token out of the address bar, history and referrers: cookie, then redirect.
        QUrlQuery rest(url);
        rest.removeAllQueryItems(QStringLiteral("token"));
        QUrl clean = url;
        clean.setQuery(rest.isEmpty() ? QString() : rest.query(QUrl::FullyEncoded));
        QHttpServerResponse r =
            redirect(clean.toString(QUrl::FullyEncoded | QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8());
        QByteArray cookie =
            kCookie + '=' + token.toLatin1() + "; Path=" + base.toUtf8() + "; HttpOnly; SameSite=Strict";
        if (m_tls)
            cookie += "; Secure";
        r.setHeader(QByteArrayLiteral("Set-Cookie"), cookie);
        return r;
    }
    const QStringList rest = parts.mid(3);
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (isPost && rest == QStringList{QStringLiteral("ticket")})
        return ticket(request, token);
    if (isPost && rest == QStringList{QStringLiteral("post")})
        return post(request, room, token);
    if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head)
        return problem(Status::MethodNotAllowed, portal::Problem::Method);
    if (rest == QStringList{QString()})
        return client(request, token);
    if (rest.size() == 2 && rest[0] == QLatin1String("app"))
        return asset(request, rest[1]);
    if (rest.size() >= 2 && rest[0] == QLatin1String("site")) {
        // The old portal's page links (bookmarks, mails that quote them) open the page in the client.
        const QString where = QStringLiteral("web/") + rest.mid(1).join(QLatin1Char('/'));
        return redirect(base.toUtf8() + "#" + QUrl::toPercentEncoding(where, "/"));
    }
    return problem(Status::NotFound, portal::Problem::NoPage);
}

QHttpServerResponse WebPortal::client(const QHttpServerRequest &request, const QString &token)
{
    QFile file(QStringLiteral(":/web/room/index.html"));
    if (!file.open(QIODevice::ReadOnly))
        return problem(Status::InternalServerError, portal::Problem::NoPage);
    // The CSRF token is base64url (no character HTML would need escaped); the page sends it back
    // in the X-CSRF header when it asks for a ticket.
    QByteArray page = file.readAll();
    page.replace(QByteArrayLiteral("%CSRF%"), csrfFor(token));
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), page, Status::Ok);
    secure(r, clientCsp(request, m_server.port()));
    return r;
}

QHttpServerResponse WebPortal::asset(const QHttpServerRequest &request, const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9-]+\\.(js|css)$"));
    QFile file(QStringLiteral(":/web/room/app/") + name);
    if (!safe.match(name).hasMatch() || !file.open(QIODevice::ReadOnly))
        return problem(Status::NotFound, portal::Problem::NoPage);
    QHttpServerResponse r(contentTypeOf(name), file.readAll(), Status::Ok);
    secure(r, clientCsp(request, m_server.port()));
    return r;
}

QHttpServerResponse WebPortal::ticket(const QHttpServerRequest &request, const QString &token)
{
    if (!sameBytes(header(request, QByteArrayLiteral("X-CSRF")), csrfFor(token)))
        return problem(Status::Forbidden, portal::Problem::Csrf);
    const qint64 now = monotonicMs();
    m_tickets.removeIf([now](QHash<QString, Ticket>::iterator it) { return it->expiresMs < now; });
    if (m_tickets.size() >= kMaxTickets)
        return problem(Status::ServiceUnavailable, portal::Problem::Busy);
    const QString id = generateToken();
    m_tickets.insert(id, Ticket{token, now + kTicketLifetimeMs});
    const QJsonObject answer{{QStringLiteral("ticket"), id},
                             {QStringLiteral("port"), m_server.port()},
                             {QStringLiteral("tls"), m_server.isTls()}};
    QHttpServerResponse r(answer);
    secure(r, QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'"));
    return r;
}

QString WebPortal::redeem(const QString &ticket)
{
    if (ticket.isEmpty())
        return {};
    const auto it = m_tickets.constFind(ticket);
    if (it == m_tickets.constEnd())
        return {};
    const Ticket t = *it;
    m_tickets.erase(it);  // one use, even when it came too late
    return t.expiresMs >= monotonicMs() ? t.token : QString();
}

QHttpServerResponse WebPortal::post(const QHttpServerRequest &request, const QString &room, const QString &token)
{
    if (request.body().size() > kMaxMessageBytes)
        return problem(Status::PayloadTooLarge, portal::Problem::TooLarge);
    QString body = QString::fromUtf8(request.body());
    body.replace(QLatin1Char('+'), QLatin1Char(' '));
    const QUrlQuery form(body);
    const auto field = [&form](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (!sameBytes(field("csrf").toLatin1(), csrfFor(token)))
        return problem(Status::Forbidden, portal::Problem::Csrf);
    QString path = field("path").trimmed();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    const QJsonObject action = exercise::action(exercise::Verb::Post, {{QStringLiteral("site"), field("site")},
                                                                       {QStringLiteral("path"), path},
                                                                       {QStringLiteral("title"), field("title")},
                                                                       {QStringLiteral("body"), field("body")}});
    QString name = field("name").simplified().left(kMaxNameChars);
    const std::optional<exercise::Outcome> done =
        m_server.perform(room, action, name.isEmpty() ? QStringLiteral("web portal") : name);
    if (!done)
        return problem(Status::ServiceUnavailable, portal::Problem::Stopped);
    const exercise::Outcome &o = *done;
    if (!o.ok)
        return html(portal::refusedPage(o.message), Status::BadRequest);
    const QString where = QStringLiteral("web/%1%2").arg(field("site"), path);
    return redirect(QStringLiteral("/room/%1/").arg(room).toUtf8().toPercentEncoding("/-._~") + "#" +
                    QUrl::toPercentEncoding(where, "/"));
}

}  // namespace cd::net
