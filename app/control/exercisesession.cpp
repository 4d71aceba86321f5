#include "control/exercisesession.h"

#include "exercise/playerscript.h"
#include "scenario/loader.h"
#include "store/eventlog.h"

#include <QFile>

namespace cd::gui {

ExerciseSession::ExerciseSession(std::unique_ptr<exercise::Exercise> exercise, QString dbPath, QObject *parent)
    : ControlSession(parent), m_exercise(std::move(exercise)), m_dbPath(std::move(dbPath))
{
    m_exercise->addListener([this](const exercise::Event &e) { committed(e); });
    m_exercise->setCommitPerTurn(true);  // one commit per event-loop turn, not per action
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ExerciseSession::tick);
}

ExerciseSession::~ExerciseSession() = default;

std::unique_ptr<ExerciseSession> ExerciseSession::create(const QString &scenarioPath, const QString &dbPath,
                                                         QString *error, QObject *parent)
{
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(scenarioPath, file.errorString());
        return {};
    }
    const QByteArray json = file.readAll();
    scenario::LoadResult loaded = scenario::loadScenario(json, scenarioPath);
    if (!loaded.scenario) {
        *error = tr("the scenario has errors; open it to see them");
        return {};
    }
    std::unique_ptr<store::EventLog> log;
    try {
        log = store::EventLog::create(dbPath, json);
    } catch (const std::exception &ex) {
        *error = QString::fromUtf8(ex.what());
        return {};
    }
    if (!log) {
        *error = tr("cannot create the exercise database %1").arg(dbPath);
        return {};
    }
    exercise::ExerciseOptions options;
    auto ex = exercise::Exercise::start(*loaded.scenario, std::move(log), options, error);
    if (!ex)
        return {};
    return std::unique_ptr<ExerciseSession>(new ExerciseSession(std::move(ex), dbPath, parent));
}

std::unique_ptr<ExerciseSession> ExerciseSession::reopen(const QString &dbPath, QString *error, QObject *parent)
{
    // The console's exercise is an engine like `run` and `serve`: EventLog::open takes the
    // database file's own lock, so a file another process runs is refused (store::Busy), and an
    // altered log is not continued.
    std::unique_ptr<store::EventLog> log;
    try {
        log = store::EventLog::open(dbPath);
    } catch (const std::exception &ex) {
        *error = QString::fromUtf8(ex.what());
        return {};
    }
    if (!log) {
        *error = tr("cannot open the exercise database %1").arg(dbPath);
        return {};
    }
    const store::ChainCheck chain = log->verifyChain();
    if (!chain.intact) {
        *error = tr("%1; not continuing it").arg(chain.summary(dbPath));
        return {};
    }
    auto ex = exercise::Exercise::resume(std::move(log), {}, error);
    if (!ex)
        return {};
    return std::unique_ptr<ExerciseSession>(new ExerciseSession(std::move(ex), dbPath, parent));
}

bool ExerciseSession::loadPlayerScript(const QString &path, QString *error)
{
    exercise::ScriptLoad load = exercise::loadPlayerScriptFile(path, scenario());
    if (!load.script) {
        *error = load.errors.join(QLatin1Char('\n'));
        return false;
    }
    m_exercise->setScript(std::move(*load.script));
    return true;
}

void ExerciseSession::committed(const exercise::Event &e)
{
    emit controlChanged(m_control.apply(e));
    emit eventCommitted(e);
}

void ExerciseSession::replayLog()
{
    for (const exercise::Event &e : m_exercise->log().read())
        committed(e);
}

std::vector<exercise::ModelChange> ExerciseSession::modelChanges() const
{
    std::vector<exercise::ModelChange> out;
    for (const exercise::Event &e : m_exercise->log().read())
        if (std::optional<exercise::ModelChange> c = exercise::modelChangeOf(scenario(), e))
            out.push_back(std::move(*c));
    return out;
}

exercise::RoomEndpoint &ExerciseSession::endpoint(const QString &room)
{
    auto &slot = m_endpoints[room];
    if (!slot)
        slot = std::make_unique<exercise::LocalRoomEndpoint>(*m_exercise, room);
    return *slot;
}

void ExerciseSession::start()
{
    if (m_running || ended())
        return;
    // The engine's clock started when the exercise was created or reopened; the console
    // restarts it from the recorded minute when the control team presses Start.
    m_exercise->clock().start(std::max(0, m_exercise->minute()), m_speed);
    m_running = true;
    m_exercise->advanceTo(std::max(0, m_exercise->minute()));
    m_timer.start();
    emit clockChanged();
}

void ExerciseSession::pause()
{
    if (!m_running || isPaused() || ended())
        return;
    m_exercise->pause();
    emit clockChanged();
}

void ExerciseSession::resume()
{
    if (!isPaused())
        return;
    m_exercise->resumeClock();
    emit clockChanged();
}

void ExerciseSession::setSpeed(double speed)
{
    m_speed = speed;
    if (m_running)
        m_exercise->setSpeed(speed);
    emit clockChanged();
}

void ExerciseSession::end()
{
    if (ended())
        return;
    m_exercise->end();
    m_timer.stop();
    emit clockChanged();
}

void ExerciseSession::runTo(int minute)
{
    if (!m_running) {
        m_running = true;
        m_exercise->clock().start(std::max(0, m_exercise->minute()), m_speed);
        m_exercise->pause();
    }
    m_exercise->advanceTo(minute);
    emit clockChanged();
}

exercise::Outcome ExerciseSession::perform(const QJsonObject &action)
{
    return m_exercise->perform(QStringLiteral("control"), action);
}

void ExerciseSession::tick()
{
    if (!m_running)
        return;
    if (ended()) {
        m_timer.stop();
        emit clockChanged();
        return;
    }
    const int due = m_exercise->clock().dueMinute();
    if (due > m_exercise->minute())
        m_exercise->advanceTo(std::min(due, m_exercise->minute() + kMaxMinutesPerTick));
    emit clockChanged();
}

}  // namespace cd::gui
