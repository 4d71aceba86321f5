#include "net/lingeringclose.h"

#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <sys/socket.h>

namespace cd::net {

namespace {

/// Owns the duplicate descriptor: discards input until end of stream, an error or the grace.
class Linger final : public QObject
{
public:
    Linger(int fd, int graceMs, QObject *owner) : QObject(owner), m_fd(fd), m_read(fd, QSocketNotifier::Read, this)
    {
        connect(&m_read, &QSocketNotifier::activated, this, &Linger::drain);
        QTimer::singleShot(graceMs, this, &Linger::finish);
    }
    ~Linger() override { ::close(m_fd); }

private:
    void drain()
    {
        char sink[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, sink, sizeof sink, MSG_DONTWAIT);
            if (n > 0)
                continue;
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            finish();  // 0: the peer closed; or an error: nothing more to wait for
            return;
        }
    }
    void finish()
    {
        m_read.setEnabled(false);
        deleteLater();
    }

    int m_fd;
    QSocketNotifier m_read;
};

}  // namespace

bool lingeringClose(int descriptor, QObject *owner, int graceMs)
{
    const int keep = ::fcntl(descriptor, F_DUPFD_CLOEXEC, 0);
    if (keep < 0)
        return false;
    ::shutdown(descriptor, SHUT_WR);
    new Linger(keep, graceMs, owner);
    return true;
}

}  // namespace cd::net
