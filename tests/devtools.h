#pragma once
// A headless Chromium driven through its DevTools protocol (for tests/e2e/tst_browser_room.cpp):
// one browser process, one isolated browser context per page (cookies and storage of their own,
// like two computers), JavaScript evaluated in the page and screenshots. Chromium is found as
// $CROSSDRILL_CHROMIUM, chromium, chromium-browser or google-chrome (packaging/install-deps.sh
// installs Debian's chromium).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <unistd.h>

#include <memory>

namespace devtools {

inline QString findChromium()
{
    const QString env = qEnvironmentVariable("CROSSDRILL_CHROMIUM");
    if (!env.isEmpty())
        return env;
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

class Browser
{
public:
    ~Browser()
    {
        socket.close();
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(3000))
                process.kill();
            process.waitForFinished(3000);
        }
    }

    bool start(const QString &executable, QString *error)
    {
        QStringList args{"--headless=new",
                         "--remote-debugging-port=0",
                         QString("--user-data-dir=" + profile.path()),
                         "--no-first-run",
                         "--no-default-browser-check",
                         "--disable-gpu",
                         "--disable-extensions",
                         "--disable-background-networking",
                         "--disable-sync",
                         "--mute-audio",
                         "--autoplay-policy=no-user-gesture-required",
                         "--window-size=1366,768",
                         "about:blank"};
        if (geteuid() == 0)
            args.prepend("--no-sandbox");  // Chromium refuses to run as root with its sandbox
        // Its stderr (D-Bus and GPU chatter in a container) goes to a file, quoted when it fails.
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(profile.filePath("stderr.log"));
        process.start(executable, args);
        if (!process.waitForStarted(10000)) {
            *error = executable + ": " + process.errorString();
            return false;
        }
        // Chromium writes its DevTools port and browser path to DevToolsActivePort when ready.
        QFile active(profile.filePath("DevToolsActivePort"));
        QStringList lines;
        const bool ready = QTest::qWaitFor(
            [&] {
                if (!active.open(QIODevice::ReadOnly))
                    return process.state() == QProcess::NotRunning;
                lines = QString::fromUtf8(active.readAll()).split('\n', Qt::SkipEmptyParts);
                active.close();
                return lines.size() >= 2;
            },
            15000);
        if (!ready || lines.size() < 2) {
            QFile log(profile.filePath("stderr.log"));
            const QString tail =
                log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(1500)) : QString();
            *error =
                "chromium did not open its DevTools port (exit " + QString::number(process.exitCode()) + "): " + tail;
            return false;
        }
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.contains("id"))
                replies.insert(m.value("id").toInt(), m);
        });
        socket.setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
        socket.setMaxAllowedIncomingFrameSize(256 * 1024 * 1024);
        socket.open(QUrl("ws://127.0.0.1:" + lines[0].trimmed() + lines[1].trimmed()));
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
            *error = "cannot connect to chromium's DevTools: " + socket.errorString();
            return false;
        }
        return true;
    }

    /// Sends a command and waits for its answer ({"result": ...} or {"error": ...}).
    QJsonObject call(const QString &method, const QJsonObject &params = {}, const QString &session = {},
                     int timeoutMs = 10000)
    {
        const int id = ++m_nextId;
        QJsonObject m{{"id", id}, {"method", method}, {"params", params}};
        if (!session.isEmpty())
            m.insert("sessionId", session);
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return replies.contains(id); }, timeoutMs))
            return {{"error", QJsonObject{{"message", QString(method + ": no answer in time")}}}};
        return replies.take(id);
    }

    QProcess process;
    QTemporaryDir profile;
    QWebSocket socket;
    QHash<int, QJsonObject> replies;

private:
    int m_nextId = 0;
};

/// One page in a browser context of its own.
class Page
{
public:
    Page(Browser &browser, const QString &acceptLanguage) : m_browser(browser)
    {
        const QString context =
            browser.call("Target.createBrowserContext").value("result").toObject().value("browserContextId").toString();
        const QString target =
            browser.call("Target.createTarget", {{"url", "about:blank"}, {"browserContextId", context}})
                .value("result")
                .toObject()
                .value("targetId")
                .toString();
        m_session = browser.call("Target.attachToTarget", {{"targetId", target}, {"flatten", true}})
                        .value("result")
                        .toObject()
                        .value("sessionId")
                        .toString();
        call("Page.enable");
        call("Emulation.setDeviceMetricsOverride",
             {{"width", 1366}, {"height", 768}, {"deviceScaleFactor", 1}, {"mobile", false}});
        call("Emulation.setUserAgentOverride",
             {{"userAgent", "Mozilla/5.0 CrossDrillTest"}, {"acceptLanguage", acceptLanguage}});
    }
    bool ok() const { return !m_session.isEmpty(); }

    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        return m_browser.call(method, params, m_session);
    }
    void navigate(const QString &url) { call("Page.navigate", {{"url", url}}); }
    void reload() { call("Page.reload", {{"ignoreCache", true}}); }

    /// The value of a JavaScript expression (awaiting a promise); lastError says why when it threw.
    QJsonValue eval(const QString &expression)
    {
        const QJsonObject r =
            call("Runtime.evaluate", {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}});
        const QJsonObject result = r.value("result").toObject();
        if (r.contains("error") || result.contains("exceptionDetails")) {
            lastError = QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)).left(600);
            return QJsonValue::Undefined;
        }
        return result.value("result").toObject().value("value");
    }
    /// Waits until the expression is true.
    bool waitFor(const QString &expression, int timeoutMs = 8000)
    {
        return QTest::qWaitFor([&] { return eval(expression).toBool(); }, timeoutMs);
    }
    QByteArray screenshot()
    {
        return QByteArray::fromBase64(call("Page.captureScreenshot", {{"format", "png"}})
                                          .value("result")
                                          .toObject()
                                          .value("data")
                                          .toString()
                                          .toLatin1());
    }

    QString lastError;

private:
    Browser &m_browser;
    QString m_session;
};

}  // namespace devtools
