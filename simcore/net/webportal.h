#pragma once
// The browser room (--web-port, docs/browser-room.md): the whole room client as a page served
// from resources compiled into the binary (web/room), speaking the same WebSocket protocol as
// `crossdrill join` (docs/protocol.md), so the visibility rule and the server's checks are the
// ones that already hold.
//
//   GET  /room/ROOM/?token=T        checks T, sets an HttpOnly SameSite=Strict cookie scoped to
//                                   /room/ROOM/ and redirects to the same page without the token
//   GET  /room/ROOM/                the client (index.html; the CSRF token in a meta tag)
//   GET  /room/ROOM/app/FILE        its scripts (ES modules) and style sheet
//   POST /room/ROOM/ticket          X-CSRF header: a one-use ticket (30 s) and the WebSocket
//                                   port; the page connects to ws[s]://HOST:PORT/room/ROOM?ticket=
//                                   (the token itself never reaches script-readable storage)
//   GET  /room/ROOM/site/SITE/PATH  the old portal page: redirects into the client (#web/...)
//   POST /room/ROOM/post            the old no-script form: site, path, title, body, csrf
// The CSRF token is an HMAC of the cookie under a per-process secret. 401 without a token, 403
// with a wrong one or another room's. Every response carries a strict Content-Security-Policy
// (scripts, styles and connections only from this server). Connections are capped per address
// and in total and must send a request in time (ConnectionGuard), so idle sockets cannot
// exhaust the server's descriptors.

#include "net/connectionguard.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
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
    QHttpServerResponse client(const QHttpServerRequest &request, const QString &token);
    QHttpServerResponse asset(const QHttpServerRequest &request, const QString &file);
    QHttpServerResponse ticket(const QHttpServerRequest &request, const QString &token);
    QByteArray csrfFor(const QString &token) const;
    /// The room token a ticket stands for, once (empty when unknown, used or expired).
    QString redeem(const QString &ticket);

    struct Ticket
    {
        QString token;
        qint64 expiresMs = 0;
    };

    ExerciseServer &m_server;
    QPointer<ExerciseServer> m_serverAlive;
    QHttpServer *m_http;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    GuardLimits m_limits;
    ConnectionGuard *m_guard = nullptr;
    QByteArray m_secret;
    QHash<QString, Ticket> m_tickets;  ///< outstanding one-use tickets
};

}  // namespace cd::net
