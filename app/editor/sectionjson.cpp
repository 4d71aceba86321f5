#include "editor/sectionjson.h"

#include "scenario/loader.h"
#include "scenario/saver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cd::editor {

namespace {
QJsonObject savedObject(const scenario::Scenario &s)
{
    return QJsonDocument::fromJson(scenario::saveScenario(s)).object();
}
}  // namespace

const QStringList &jsonSections()
{
    static const QStringList sections{QStringLiteral("objectives"), QStringLiteral("personas"),
                                      QStringLiteral("sites"),      QStringLiteral("responses"),
                                      QStringLiteral("channels"),   QStringLiteral("expected_flows"),
                                      QStringLiteral("survey")};
    return sections;
}

QByteArray sectionJson(const scenario::Scenario &s, const QString &section)
{
    const QJsonObject root = savedObject(s);
    const QJsonValue v = section == QLatin1String("objectives")
                             ? root.value(QLatin1String("meta")).toObject().value(QLatin1String("objectives"))
                             : root.value(section);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    return section == QLatin1String("channels") ? QByteArrayLiteral("{}\n") : QByteArrayLiteral("[]\n");
}

std::optional<scenario::Scenario> withSectionJson(const scenario::Scenario &s, const QString &section,
                                                  const QByteArray &fragment, scenario::Diagnostics *diagnostics)
{
    QJsonParseError error;
    // Wrap so that a bare array parses too.
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + fragment + "}", &error);
    if (error.error != QJsonParseError::NoError) {
        if (diagnostics)
            *diagnostics = {{section, 0, 0, scenario::Diagnostic::Severity::Error,
                             QStringLiteral("JSON syntax error: %1").arg(error.errorString()), section}};
        return std::nullopt;
    }
    const QJsonValue value = doc.object().value(QLatin1String("v"));
    QJsonObject root = savedObject(s);
    if (section == QLatin1String("objectives")) {
        QJsonObject meta = root.value(QLatin1String("meta")).toObject();
        meta.insert(section, value);
        root.insert(QLatin1String("meta"), meta);
    } else {
        root.insert(section, value);
    }
    scenario::LoadResult r = scenario::loadScenario(QJsonDocument(root).toJson(), section);
    if (diagnostics)
        *diagnostics = r.diagnostics;
    return r.scenario;
}

}  // namespace cd::editor
