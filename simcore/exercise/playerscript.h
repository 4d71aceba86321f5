#pragma once
// Player scripts (docs/scenario-format.md "Player scripts"): timed actions, each acting as one room or as
// the control team, applied at exercise time `at` exactly as if a person had done it. Loading
// checks the structure (types, keys per verb, times, rooms) and reports every problem located as
// FILE:LINE:COL; whether an action is allowed (ids, rights) is decided when it is applied, where
// a refusal is recorded and the run goes on.

#include "scenario/scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd::exercise {

struct ScriptAction
{
    int index = 0;  ///< position in the script, 0-based (recorded when applied)
    int at = 0;     ///< exercise minute
    QString room;   ///< a room id or "control"
    QJsonObject action;
};

struct PlayerScript
{
    QString fileName;
    std::vector<ScriptAction> actions;  ///< sorted by `at`, stable
};

struct ScriptLoad
{
    std::optional<PlayerScript> script;  ///< set iff errors is empty
    QStringList errors;                  ///< "FILE:LINE:COL: error: ..."
    bool unreadable = false;
};

/// The verbs a script (or a room endpoint) may use, and the keys each accepts.
const QStringList &verbKeys(const QString &verb, bool *known);
/// The channel a verb uses (mail, reply, forward, read: mail; call, answer, say, hangup: phone;
/// post: web), nullopt for the others: meta.channels refuses the channels an exercise does not allow.
std::optional<scenario::Channel> verbChannel(const QString &verb);

ScriptLoad loadPlayerScript(const QByteArray &json, const QString &fileName, const scenario::Scenario &s);
ScriptLoad loadPlayerScriptFile(const QString &path, const scenario::Scenario &s);

}  // namespace cd::exercise
