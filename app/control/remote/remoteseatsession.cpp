#include "control/remote/remoteseatsession.h"

#include "exercise/clock.h"
#include "net/remoteroomendpoint.h"
#include "scenario/loader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::gui {

RemoteSeatSession::RemoteSeatSession(net::RemoteRoomEndpoint &link, QObject *parent)
    : ControlSession(parent), m_link(link)
{
    const QJsonObject &w = link.seatWelcome();
    QStringList list;
    for (const QJsonValue &v : w.value(QLatin1String("list")).toArray())
        list << v.toString();
    const QString role = w.value(QLatin1String("role")).toString();
    QString spec = list.isEmpty() ? role : role + QLatin1Char(':') + list.join(QLatin1Char(','));
    const QJsonObject scenarioJson = w.value(QLatin1String("scenario")).toObject();
    if (scenarioJson.isEmpty()) {
        m_error = tr("this seat (%1) does not see the scenario; the control console needs it").arg(role);
        return;
    }
    scenario::LoadResult loaded = scenario::loadScenario(QJsonDocument(scenarioJson).toJson(QJsonDocument::Compact),
                                                         link.url().toString(QUrl::RemoveQuery));
    if (!loaded.scenario) {
        m_error = tr("the server's scenario does not load: %1")
                      .arg(loaded.diagnostics.empty() ? QString() : loaded.diagnostics.front().format());
        return;
    }
    QString why;
    const std::optional<exercise::Seat> seat = exercise::seatFromSpec(link.seatId(), spec, *loaded.scenario, &why);
    if (!seat) {
        m_error = why;
        return;
    }
    m_seat = *seat;
    m_scenario = std::move(loaded.scenario);
    connect(&link, &net::RemoteRoomEndpoint::eventReceived, this, &RemoteSeatSession::take);
    if (m_seat.role == exercise::SeatRole::Controller) {
        // Only a controller receives every model-changing event (exercise/seats.cpp visibleToSeat).
        m_model = exercise::createModel(*m_scenario, &why);
        if (!m_model)
            qWarning("the sector board's model does not build: %s", qPrintable(why));
        // Current before any dock reads it: the changes the link already holds, to its minute.
        for (const exercise::Event &e : link.eventsSince(0))
            followModel(e);
        stepModel();
    }
    connect(&link, &net::RemoteRoomEndpoint::clockChanged, this, [this] {
        stepModel();
        emit clockChanged();
    });
    connect(&link, &net::RemoteRoomEndpoint::resultReceived, this,
            [this](const QString &id, bool ok, const QString &message) {
                if (!m_pending.removeOne(id) || ok)
                    return;
                emit refused(message);
            });
}

RemoteSeatSession::~RemoteSeatSession() = default;

bool RemoteSeatSession::isRunning() const
{
    const auto &clock = m_link.clock();
    return clock && clock->state != net::ClockInfo::Ended;
}

bool RemoteSeatSession::isPaused() const
{
    const auto &clock = m_link.clock();
    return clock && clock->state == net::ClockInfo::Paused;
}

bool RemoteSeatSession::ended() const
{
    const auto &clock = m_link.clock();
    return clock ? clock->state == net::ClockInfo::Ended : m_link.seatWelcome().value(QLatin1String("ended")).toBool();
}

int RemoteSeatSession::minute() const
{
    return std::max(0, m_link.exerciseMinute());
}

void RemoteSeatSession::replayLog()
{
    m_control = exercise::ControlView();
    for (const exercise::Event &e : m_link.eventsSince(0)) {
        followModel(e);
        emit controlChanged(m_control.apply(e));
        emit eventCommitted(e);
    }
}

void RemoteSeatSession::take(const exercise::Event &e)
{
    if (e.seq <= m_control.lastSeq())
        return;
    followModel(e);
    emit controlChanged(m_control.apply(e));
    emit eventCommitted(e);
    if (exercise::kindOf(e) == exercise::Kind::ExerciseEnded)
        emit clockChanged();
}

void RemoteSeatSession::followModel(const exercise::Event &e)
{
    if (!m_model || e.seq <= m_modelSeq)
        return;  // no model here, or an event seen before (a replay after a reconnect)
    m_modelSeq = e.seq;
    std::optional<exercise::ModelChange> change = exercise::modelChangeOf(*m_scenario, e);
    if (!change)
        return;
    m_changes.push_back(*change);
    if (change->madeMin >= m_model->minute())
        exercise::followModelChange(*m_model, *change);
    else
        rebuildModel();  // the clock, counted on between the server's messages, ran ahead of it
}

void RemoteSeatSession::stepModel()
{
    if (!m_model)
        return;
    if (modelMinute() < m_model->minute())
        rebuildModel();  // the server's clock message set the minute back
    else
        m_model->stepTo(modelMinute());
}

int RemoteSeatSession::modelMinute() const
{
    // Never before the last change followed (the served clock may lag the server's events).
    return std::max(minute(), m_changes.empty() ? 0 : m_changes.back().madeMin);
}

void RemoteSeatSession::rebuildModel()
{
    QString error;
    std::unique_ptr<model::Cascade> m = exercise::modelAt(*m_scenario, m_changes, modelMinute(), &error);
    if (!m)
        return;  // built once already: cannot fail for the same scenario
    m_model = std::move(m);
    emit modelRebuilt();
}

void RemoteSeatSession::command(const QString &id)
{
    if (id.isEmpty())
        emit refused(tr("not connected to the exercise server; try again once reconnected"));
    else
        m_pending << id;
}

void RemoteSeatSession::pause()
{
    command(m_link.sendControl(QStringLiteral("pause")));
}

void RemoteSeatSession::resume()
{
    command(m_link.sendControl(QStringLiteral("resume")));
}

void RemoteSeatSession::setSpeed(double speed)
{
    command(m_link.sendControl(QStringLiteral("speed"),
                               speed == exercise::Clock::kMax ? QJsonValue(QStringLiteral("max")) : QJsonValue(speed)));
}

void RemoteSeatSession::end()
{
    command(m_link.sendControl(QStringLiteral("end")));
}

void RemoteSeatSession::act(const QJsonObject &action)
{
    command(m_link.send(action));
}

}  // namespace cd::gui
