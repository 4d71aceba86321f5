#include "editor/scenariodocument.h"

#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtDebug>

namespace cd::editor {

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_validateTimer(new QTimer(this)),
      m_autosaveTimer(new QTimer(this))
{
    // Typing fires an edit per field; validate once the user pauses.
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &ScenarioDocument::validateNow);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_autosaveTimer->setInterval(60 * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ScenarioDocument::autosave);
    m_autosaveTimer->start();
}

ScenarioDocument::~ScenarioDocument() = default;

bool ScenarioDocument::isModified() const
{
    return !m_undo->isClean();
}

bool ScenarioDocument::load(const QString &path, scenario::Diagnostics *diagnostics)
{
    scenario::LoadResult result = scenario::loadScenarioFile(path);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.scenario)
        return false;
    reset(std::move(*result.scenario), QFileInfo(path).absoluteFilePath());
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        m_written = file.readAll();
    readLayout(layoutPath(path));
    emit changed();
    return true;
}

void ScenarioDocument::reset(scenario::Scenario s, const QString &path)
{
    m_undo->clear();
    // The previous untitled document is gone (saved, discarded or unchanged): so is its autosave.
    if (!m_untitledAutosave.isEmpty()) {
        QFile::remove(m_untitledAutosave);
        QFile::remove(layoutPath(m_untitledAutosave));
        m_untitledAutosave.clear();
    }
    m_scenario = std::move(s);
    m_written.clear();
    m_layout.clear();
    m_path = path;
    emit filePathChanged(m_path);
    emit changed();
    validateNow();
}

bool ScenarioDocument::save(const QString &path, QString *error)
{
    const QString target = path.isEmpty() ? m_path : QFileInfo(path).absoluteFilePath();
    if (target.isEmpty()) {
        if (error)
            *error = tr("no file name");
        return false;
    }
    if (!scenario::saveScenarioFile(m_scenario, target, error, m_written) || !writeLayout(layoutPath(target), error))
        return false;
    if (QFile file(target); file.open(QIODevice::ReadOnly))
        m_written = file.readAll();
    if (target != m_path) {
        discardAutosave();
        m_path = target;
        emit filePathChanged(m_path);
    }
    discardAutosave();
    m_undo->setClean();
    return true;
}

void ScenarioDocument::validateNow()
{
    m_validateTimer->stop();
    m_diagnostics = scenario::validateScenario(m_scenario, QFileInfo(m_path).fileName());
    const bool runnable = !scenario::hasErrors(m_diagnostics);
    const bool flipped = runnable != m_runnable;
    m_runnable = runnable;  // before the signals: their listeners ask runnable()
    emit diagnosticsChanged();
    if (flipped)
        emit runnableChanged(runnable);
}

bool ScenarioDocument::runnable() const
{
    return m_runnable && !m_validateTimer->isActive();
}

void ScenarioDocument::touched()
{
    m_validateTimer->start();  // first: listeners to changed() see runnable() false until validated
    emit changed();
}

QString ScenarioDocument::autosavePath(const QString &path)
{
    return path + QLatin1String(".autosave");
}

bool ScenarioDocument::hasRecovery(const QString &path)
{
    const QFileInfo autosave(autosavePath(path));
    const QFileInfo file(path);
    return autosave.exists() && (!file.exists() || autosave.lastModified() >= file.lastModified());
}

QString ScenarioDocument::autosaveFile() const
{
    return m_path.isEmpty() ? m_untitledAutosave : autosavePath(m_path);
}

bool ScenarioDocument::autosave()
{
    if (!isModified())
        return false;
    if (m_path.isEmpty() && m_untitledAutosave.isEmpty()) {
        if (!QDir().mkpath(recoveryDir()))
            return false;
        m_untitledAutosave =
            QDir(recoveryDir())
                .filePath(QStringLiteral("untitled-%1-%2.cxs.json")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    }
    const QString target = autosaveFile();
    return scenario::saveScenarioFile(m_scenario, target) && writeLayout(layoutPath(target), nullptr);
}

bool ScenarioDocument::recover(const QString &path, scenario::Diagnostics *diagnostics)
{
    scenario::LoadResult result = scenario::loadScenarioFile(autosavePath(path));
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.scenario)
        return false;
    reset(std::move(*result.scenario), QFileInfo(path).absoluteFilePath());
    readLayout(layoutPath(autosavePath(path)));
    // Recovered edits are not on disk: the document starts modified (no clean state).
    m_undo->resetClean();
    emit changed();
    emit modifiedChanged(true);
    return true;
}

bool ScenarioDocument::recoverUntitled(const QString &file, scenario::Diagnostics *diagnostics)
{
    scenario::LoadResult result = scenario::loadScenarioFile(file);
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.scenario)
        return false;
    reset(std::move(*result.scenario));
    readLayout(layoutPath(file));
    m_untitledAutosave = QFileInfo(file).absoluteFilePath();
    m_undo->resetClean();
    emit changed();
    emit modifiedChanged(true);
    return true;
}

void ScenarioDocument::discardAutosave()
{
    for (const QString &file : {m_path.isEmpty() ? QString() : autosavePath(m_path), m_untitledAutosave}) {
        if (!file.isEmpty()) {
            QFile::remove(file);
            QFile::remove(layoutPath(file));
        }
    }
    m_untitledAutosave.clear();
}

QString ScenarioDocument::recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QStringList ScenarioDocument::untitledRecoveries()
{
    QStringList files;
    const QFileInfoList found =
        QDir(recoveryDir())
            .entryInfoList({QStringLiteral("untitled-*.cxs.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : found)
        files << info.absoluteFilePath();
    return files;
}

QString ScenarioDocument::layoutPath(const QString &path)
{
    QString base = path;
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    return base + QStringLiteral(".layout.json");
}

bool ScenarioDocument::writeLayout(const QString &path, QString *error) const
{
    QJsonObject nodes;
    for (const scenario::Node &n : m_scenario.graph.nodes) {
        if (const auto it = m_layout.constFind(n.id); it != m_layout.constEnd())
            nodes.insert(n.id, QJsonArray{qRound(it->x() * 10) / 10.0, qRound(it->y() * 10) / 10.0});
    }
    if (nodes.isEmpty()) {  // nothing placed by hand: no sidecar (and no stale one)
        QFile::remove(path);
        return true;
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("crossdrill-layout/1")},
                           {QStringLiteral("nodes"), nodes}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write the layout %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ScenarioDocument::readLayout(const QString &path)
{
    m_layout.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;  // no sidecar: the canvas lays the nodes out itself
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject nodes = doc.object().value(QLatin1String("nodes")).toObject();
    if (parseError.error != QJsonParseError::NoError)
        qWarning().noquote() << path << ": ignored, not JSON:" << parseError.errorString();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (xy.size() == 2 && xy[0].isDouble() && xy[1].isDouble())
            m_layout.insert(it.key(), QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
}

void ScenarioDocument::setAutosaveInterval(int ms)
{
    m_autosaveTimer->stop();
    if (ms > 0) {
        m_autosaveTimer->setInterval(ms);
        m_autosaveTimer->start();
    }
}

}  // namespace cd::editor
