#pragma once
// Closing a TCP connection without losing what was sent last (docs/protocol.md, "Limits").
//
// A socket closed while the peer's data is still unread makes the kernel answer with a reset
// (RST) rather than an orderly end (FIN), and a reset can make the peer drop what it had not
// read yet: a room flooding the server was closed with 4008, and never saw the error and the
// close frame sent just before. QWebSocket closes the socket right after its close frame; with
// Qt's write buffer in between that used to happen an event-loop turn later, by luck after the
// input was read. lingeringClose() makes it deliberate: the connection is half-closed (FIN after
// everything sent), and a duplicate of the descriptor is kept, reading and discarding what the
// peer still sends, until the peer closes too or `graceMs` pass.

#include <QObject>

namespace cd::net {

/// Shuts down the sending side of `descriptor` and keeps a duplicate of it open (owned by
/// `owner`, closed with it at the latest) until the peer ends the connection or `graceMs` pass;
/// the caller then closes `descriptor` as usual. False (nothing done) when it cannot duplicate.
bool lingeringClose(int descriptor, QObject *owner, int graceMs = 2000);

}  // namespace cd::net
