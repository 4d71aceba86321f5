#include "editor/scenariodocument.h"

#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

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
    return true;
}

void ScenarioDocument::reset(scenario::Scenario s, const QString &path)
{
    m_undo->clear();
    m_scenario = std::move(s);
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
    if (!scenario::saveScenarioFile(m_scenario, target, error))
        return false;
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
    emit diagnosticsChanged();
    const bool runnable = !scenario::hasErrors(m_diagnostics);
    if (runnable != m_runnable) {
        m_runnable = runnable;
        emit runnableChanged(runnable);
    }
}

bool ScenarioDocument::runnable() const
{
    return m_runnable && !m_validateTimer->isActive();
}

void ScenarioDocument::touched()
{
    emit changed();
    m_validateTimer->start();
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

bool ScenarioDocument::autosave()
{
    if (m_path.isEmpty() || !isModified())
        return false;
    return scenario::saveScenarioFile(m_scenario, autosavePath(m_path));
}

bool ScenarioDocument::recover(const QString &path, scenario::Diagnostics *diagnostics)
{
    scenario::LoadResult result = scenario::loadScenarioFile(autosavePath(path));
    if (diagnostics)
        *diagnostics = result.diagnostics;
    if (!result.scenario)
        return false;
    reset(std::move(*result.scenario), QFileInfo(path).absoluteFilePath());
    // Recovered edits are not on disk: the document starts modified (no clean state).
    m_undo->resetClean();
    emit modifiedChanged(true);
    return true;
}

void ScenarioDocument::discardAutosave()
{
    if (!m_path.isEmpty())
        QFile::remove(autosavePath(m_path));
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
