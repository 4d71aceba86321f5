#pragma once
// Semantic checks of a Scenario (docs/scenario-format.md, docs/model.md): id syntax and uniqueness, references,
// value ranges and times. Shared by validateScenario (in-memory, paths only) and the loader
// (which skips values it already reported as malformed, then locates the rest by path).

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace cd::scenario::detail {

/// The ids of one list: a set to look them up, the list (in order) for did-you-mean.
struct IdSet
{
    QStringList list;
    QSet<QString> set;
    IdSet() = default;
    IdSet(const QStringList &ids) : list(ids), set(ids.begin(), ids.end()) {}
    bool contains(const QString &id) const { return set.contains(id); }
};

class Validator
{
public:
    using SkipFn = std::function<bool(const QString &path)>;
    Validator(const Scenario &s, const QString &file, Diagnostics &out, SkipFn skip = {});
    void run();

private:
    const Scenario &m_s;
    QString m_file;
    Diagnostics &m_out;
    SkipFn m_skip;
    IdSet m_rooms, m_personas, m_nodes, m_injects, m_expected, m_responses, m_sites;

    void report(const QString &path, const QString &message, std::initializer_list<QString> alsoDependsOn = {});
    void warn(const QString &path, const QString &message);
    void checkId(const QString &id, const QString &path);
    void checkDuplicates(const QStringList &ids, const QString &listPath, const QString &what);
    bool checkRef(const QString &id, const IdSet &known, const QString &what, const QString &path);
    void checkRange(double v, double lo, double hi, const QString &path, const QString &what);
    void checkMin(double v, double lo, const QString &path, const QString &what);
    void checkTheme(int theme, const QString &path, bool zeroAllowed = false);
    void checkTime(int minutes, const QString &path, const QString &what);
    void checkRoomOrAll(const QStringList &list, const QString &path);

    /// "this exercise does not allow the phone channel (meta.channels: mail)".
    QString channelNotAllowed(Channel c) const;

    void checkMeta();
    void checkRooms();
    void checkGraph();
    void checkTruth();
    void checkInjects();
    void checkInject(const Inject &inject, const QString &path);
    void checkCondition(const Condition &c, const QString &path, const Inject &owner);
    void checkSites();
    void checkResponses();
    void checkChannels();
    void checkFlows();
    void checkSurvey();
    void checkDisclosures();
    /// The spoiler check (validator_spoilers.cpp): warnings only.
    void checkSpoilers();
    QStringList distinctiveTerms() const;
};

}  // namespace cd::scenario::detail
