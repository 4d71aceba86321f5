#pragma once
// TLS for the server and the portal: a PEM certificate (chain) and its private key.

#include <QSslConfiguration>
#include <QString>

namespace cd::net {

/// Loads `certFile` and `keyFile` (PEM; RSA or EC key) into a server configuration. False with
/// a message naming the file when it cannot.
bool loadTlsFiles(const QString &certFile, const QString &keyFile, QSslConfiguration *config, QString *error);

}  // namespace cd::net
