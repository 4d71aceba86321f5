#pragma once
// The rooms' web portal (--web-port): each room's readable simulated sites as plain HTML that
// any browser opens, and a form to post where the room may post.
//
//   GET  /room/ROOM/?token=T        checks T, sets an HttpOnly SameSite=Strict cookie scoped to
//                                   /room/ROOM/ and redirects to the same page without the token
//   GET  /room/ROOM/                index of the room's readable sites and their pages
//   GET  /room/ROOM/site/SITE/PATH  one page (latest version)
//   POST /room/ROOM/post            site, path, title, body, csrf (the CSRF token is an HMAC of
//                                   the cookie under a per-process secret)
// 401 without a token, 403 with a wrong one or another room's, 404 for pages the room may not
// read (indistinguishable from missing ones). Everything shown is HTML-escaped. Pages come from
// the room's events through the visibility rule, like everything a room sees. Connections are
// capped per address and in total and must send a request in time (ConnectionGuard), so idle
// sockets cannot exhaust the server's descriptors.

#include "net/connectionguard.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace cd::net {

class ExerciseServer;

class WebPortal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPortal)

public:
    explicit WebPortal(ExerciseServer &server, QObject *parent = nullptr);
    ~WebPortal() override;

    void setTls(const QSslConfiguration &config);
    /// Caps and deadline for connections (set before listen()).
    void setLimits(const GuardLimits &limits) { m_limits = limits; }
    /// The listening socket's guard (null before listen()); for counters and tests.
    const ConnectionGuard *guard() const { return m_guard; }
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    /// http(s)://HOST:PORT/room/ROOM/?token=TOKEN (HOST as the exercise server publishes it).
    QString roomUrl(const QString &room, const QString &token) const;

    /// The whole request -> response mapping (public for tests that need no socket).
    QHttpServerResponse handle(const QHttpServerRequest &request);

private:
    QHttpServerResponse roomPage(const QHttpServerRequest &request, const QString &room, const QString &token,
                                 const QStringList &rest);
    QHttpServerResponse post(const QHttpServerRequest &request, const QString &room, const QString &token);
    QByteArray csrfFor(const QString &token) const;

    ExerciseServer &m_server;
    QHttpServer *m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    GuardLimits m_limits;
    ConnectionGuard *m_guard = nullptr;
    QByteArray m_secret;
};

}  // namespace cd::net
