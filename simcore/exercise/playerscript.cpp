#include "exercise/playerscript.h"

#include "exercise/json.h"
#include "exercise/vocab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace cd::exercise {

namespace {

/// Byte offsets where each element of the top-level array starts.
std::vector<qsizetype> elementOffsets(const QByteArray &json)
{
    std::vector<qsizetype> out;
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (depth == 1 && expectElement) {
            out.push_back(i);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1 && c == '[')
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return out;
}

/// LINE:COL of byte offsets in the script. Only an error needs one, so the file is indexed
/// (line starts, the actions' offsets) once, when the first error is reported: working a
/// position out by scanning from the start for every action made loading a clean script
/// quadratic in its length (most of a 500-room rehearsal's CPU).
class Locator
{
public:
    explicit Locator(const QByteArray &json) : m_json(json) {}

    /// "LINE:COL" of `offset`; COL counts characters (UTF-16 units), from 1.
    QString at(qsizetype offset)
    {
        index();
        offset = std::max<qsizetype>(offset, 0);
        // The lines that start at or before the offset (a newline at offset - 1 starts one there).
        const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const qsizetype lineStart = *(next - 1);
        const int column = int(QString::fromUtf8(m_json.mid(lineStart, offset - lineStart)).size()) + 1;
        return QStringLiteral("%1:%2").arg(next - m_lineStarts.begin()).arg(column);
    }
    /// "LINE:COL" where the `i`-th action starts (1:1 when it cannot be found).
    QString action(int i)
    {
        index();
        return at(size_t(i) < m_actions.size() ? m_actions[size_t(i)] : 0);
    }

private:
    void index()
    {
        if (!m_lineStarts.empty())
            return;
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_json.size(); ++i)
            if (m_json[i] == '\n')
                m_lineStarts.push_back(i + 1);
        m_actions = elementOffsets(m_json);
    }

    const QByteArray &m_json;
    std::vector<qsizetype> m_lineStarts;
    std::vector<qsizetype> m_actions;
};

bool isText(const QJsonValue &v)
{
    if (v.isString())
        return true;
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if ((it.key() != QLatin1String("ja") && it.key() != QLatin1String("en")) || !it.value().isString())
            return false;
    return !o.isEmpty();
}

bool isStringList(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
}

/// The type error for `key`'s value, empty when fine.
QString typeProblem(const QString &key, const QJsonValue &v)
{
    static const QStringList texts = keyList({"subject", "body", "title", "text", "say", "note", "reason"});
    static const QStringList lists = keyList({"to", "cc", "attachments"});
    if (texts.contains(key))
        return isText(v) ? QString() : QStringLiteral("\"%1\" must be a string or {\"ja\", \"en\"}").arg(key);
    if (key == QLatin1String("to"))
        return (isStringList(v) || v.isString()) ? QString()
                                                 : QStringLiteral("\"to\" must be a room id or a list of them");
    if (lists.contains(key))
        return isStringList(v) ? QString() : QStringLiteral("\"%1\" must be a list of strings").arg(key);
    if (key == QLatin1String("answers"))
        return v.isObject() ? QString() : QStringLiteral("\"answers\" must be an object");
    if (key == QLatin1String("events"))
        return v.isArray() ? QString() : QStringLiteral("\"events\" must be a list of event numbers");
    if (key == QLatin1String("all"))
        return v.isBool() ? QString() : QStringLiteral("\"all\" must be true or false");
    if (key == QLatin1String("c"))
        return v.isDouble() ? QString() : QStringLiteral("\"c\" must be a number");
    if (key == QLatin1String("by") || key == QLatin1String("from") || key == QLatin1String("to"))
        return (v.isString() || v.isDouble()) ? QString() : QStringLiteral("\"%1\" must be a time").arg(key);
    return v.isString() ? QString() : QStringLiteral("\"%1\" must be a string").arg(key);
}

}  // namespace

const QStringList &verbKeys(const QString &verb, bool *known)
{
    static const QStringList none;
    const VerbInfo *info = verbInfo(verb);
    *known = info != nullptr;
    return info ? info->keys : none;
}

std::optional<scenario::Channel> verbChannel(const QString &verb)
{
    if (verb == QLatin1String("mail") || verb == QLatin1String("reply") || verb == QLatin1String("forward") ||
        verb == QLatin1String("read"))
        return scenario::Channel::Mail;
    if (verb == QLatin1String("call") || verb == QLatin1String("answer") || verb == QLatin1String("say") ||
        verb == QLatin1String("hangup"))
        return scenario::Channel::Phone;
    if (verb == QLatin1String("post"))
        return scenario::Channel::Web;
    return std::nullopt;
}

ScriptLoad loadPlayerScript(const QByteArray &json, const QString &fileName, const scenario::Scenario &s)
{
    ScriptLoad result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << QStringLiteral("%1:%2: error: %3")
                             .arg(fileName, Locator(json).at(parseError.offset), parseError.errorString());
        return result;
    }
    if (!doc.isArray()) {
        result.errors << QStringLiteral("%1:1:1: error: a player script is a JSON list of actions").arg(fileName);
        return result;
    }
    Locator locate(json);
    const QJsonArray list = doc.array();
    PlayerScript script;
    script.fileName = fileName;
    for (int i = 0; i < list.size(); ++i) {
        const auto problem = [&](const QString &what) {
            result.errors << QStringLiteral("%1:%2: error: action %3").arg(fileName, locate.action(i)).arg(i + 1) +
                                 QStringLiteral(": ") + what;
        };
        if (!list[i].isObject()) {
            problem(QStringLiteral("an action is a JSON object"));
            continue;
        }
        const QJsonObject o = list[i].toObject();
        ScriptAction a;
        a.index = i;
        const auto at = scenario::parseOffset(o.value(QLatin1String("at")).toString());
        if (!at)
            problem(QStringLiteral("\"at\" must be a time \"+HH:MM\""));
        else if (s.meta.durationMin > 0 && *at > s.meta.durationMin)
            problem(QStringLiteral("\"at\" %1 is after the end of the exercise (%2)")
                        .arg(o.value(QLatin1String("at")).toString(), scenario::formatOffset(s.meta.durationMin)));
        a.at = at.value_or(0);
        a.room = o.value(QLatin1String("room")).toString();
        if (a.room.isEmpty())
            problem(QStringLiteral("\"room\" is missing (a room id or \"control\")"));
        else if (a.room != QLatin1String("control") && !s.room(a.room))
            problem(QStringLiteral("unknown room \"%1\"").arg(a.room));
        const QString verb = o.value(QLatin1String("do")).toString();
        const VerbInfo *info = verbInfo(verb);
        if (!info) {
            QStringList names;
            for (const VerbInfo &v : verbs())
                names << v.name;
            problem(QStringLiteral("unknown \"do\": \"%1\" (one of %2)").arg(verb, names.join(QStringLiteral(", "))));
            continue;
        }
        if (const auto channel = verbChannel(verb); channel && !s.meta.allows(*channel))
            problem(QStringLiteral("\"do\": \"%1\" uses the %2 channel, which this exercise does not allow "
                                   "(meta.channels)")
                        .arg(verb, scenario::toString(*channel)));
        const QStringList &allowed = info->keys;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString &key = it.key();
            if (key == QLatin1String("at") || key == QLatin1String("room") || key == QLatin1String("do"))
                continue;
            if (!allowed.contains(key)) {
                problem(QStringLiteral("unknown key \"%1\" for \"do\": \"%2\" (allowed: %3)")
                            .arg(key, verb, allowed.join(QStringLiteral(", "))));
                continue;
            }
            const QString type = typeProblem(key, it.value());
            if (!type.isEmpty())
                problem(type);
        }
        for (const QString &key : info->required)
            if (!o.contains(key))
                problem(QStringLiteral("\"do\": \"%1\" needs \"%2\"").arg(verb, key));
        a.action = o;
        a.action.remove(QStringLiteral("at"));
        a.action.remove(QStringLiteral("room"));
        script.actions.push_back(std::move(a));
    }
    if (!result.errors.isEmpty())
        return result;
    std::stable_sort(script.actions.begin(), script.actions.end(),
                     [](const ScriptAction &x, const ScriptAction &y) { return x.at < y.at; });
    result.script = std::move(script);
    return result;
}

ScriptLoad loadPlayerScriptFile(const QString &path, const scenario::Scenario &s)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ScriptLoad r;
        r.unreadable = true;
        r.errors << QStringLiteral("%1: error: cannot read: %2").arg(path, f.errorString());
        return r;
    }
    return loadPlayerScript(f.readAll(), path, s);
}

}  // namespace cd::exercise
