#include "net/webportal.h"

#include "exercise/exercise.h"
#include "exercise/visibility.h"
#include "net/connectionguard.h"
#include "net/exerciseserver.h"
#include "net/portalhtml.h"
#include "net/protocol.h"
#include "net/tokens.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <QUrlQuery>

namespace cd::net {

namespace {

using Status = QHttpServerResponse::StatusCode;
const QByteArray kCookie = QByteArrayLiteral("cd_token");

QHttpServerResponse html(const QString &body, Status status = Status::Ok)
{
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), body.toUtf8(), status);
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                  "frame-ancestors 'none'"));
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse problem(Status status, const QString &title, const QString &text)
{
    return html(portal::errorPage(title, text), status);
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

}  // namespace

WebPortal::WebPortal(ExerciseServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_http(new QHttpServer(this))
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request).write(std::move(responder));
    });
}

WebPortal::~WebPortal() = default;

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
        return problem(Status::NotFound, QStringLiteral("Not found"), QStringLiteral("Open your room's link."));
    const QString room = parts[2];
    const QString base = QStringLiteral("/room/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(room)));
    if (parts.size() == 3)
        return redirect(base.toUtf8() + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray()));

    // Authentication: the token from the link once, then the cookie.
    const QString queryToken = QUrlQuery(url).queryItemValue(QStringLiteral("token"));
    const QString token = queryToken.isEmpty() ? cookieToken(request) : queryToken;
    if (token.isEmpty())
        return problem(Status::Unauthorized, QStringLiteral("Sign-in needed"),
                       QStringLiteral("Open the link with your room's token that the control team gave you."));
    const QString owner = m_server.roomOfToken(token);
    if (owner.isEmpty() || owner != room)
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("This token does not open this room (wrong, revoked, or another room's)."));
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
    if (request.method() == QHttpServerRequest::Method::Post) {
        if (parts.size() == 4 && parts[3] == QLatin1String("post"))
            return post(request, room, token);
        return problem(Status::MethodNotAllowed, QStringLiteral("Not allowed"),
                       QStringLiteral("Only the post form "
                                      "accepts POST."));
    }
    if (request.method() != QHttpServerRequest::Method::Get && request.method() != QHttpServerRequest::Method::Head)
        return problem(Status::MethodNotAllowed, QStringLiteral("Not allowed"), QStringLiteral("GET or POST only."));
    return roomPage(request, room, token, parts.mid(3));
}

QHttpServerResponse WebPortal::roomPage(const QHttpServerRequest &, const QString &room, const QString &token,
                                        const QStringList &rest)
{
    exercise::Exercise &ex = m_server.exercise();
    const portal::RoomPages pages = portal::collect(ex, room);
    if (rest.size() == 1 && rest[0].isEmpty())
        return html(portal::indexPage(ex.scenario(), room, pages, QString::fromLatin1(csrfFor(token))));
    if (rest.size() >= 2 && rest[0] == QLatin1String("site")) {
        const QString site = rest[1];
        const QString path = QLatin1Char('/') + rest.mid(2).join(QLatin1Char('/'));
        const auto it = pages.find({site, path});
        if (it != pages.end())
            return html(portal::sitePage(ex.scenario(), room, it->second));
    }
    return problem(Status::NotFound, QStringLiteral("Not found"),
                   QStringLiteral("No such page on the sites this room may read."));
}

QHttpServerResponse WebPortal::post(const QHttpServerRequest &request, const QString &room, const QString &token)
{
    if (request.body().size() > kMaxMessageBytes)
        return problem(Status::PayloadTooLarge, QStringLiteral("Too large"), QStringLiteral("The page is too large."));
    QString body = QString::fromUtf8(request.body());
    body.replace(QLatin1Char('+'), QLatin1Char(' '));
    const QUrlQuery form(body);
    const auto field = [&form](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (!sameBytes(field("csrf").toLatin1(), csrfFor(token)))
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("The form has expired or did not come from this portal; reload and retry."));
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
        return problem(Status::ServiceUnavailable, QStringLiteral("Not posted"),
                       QStringLiteral("The server could not record the page and has stopped."));
    const exercise::Outcome &o = *done;
    if (!o.ok)
        return problem(Status::BadRequest, QStringLiteral("Not posted"), o.message);
    return redirect(
        QStringLiteral("/room/%1/site/%2%3").arg(room, field("site"), path).toUtf8().toPercentEncoding("/-._~"));
}

}  // namespace cd::net
