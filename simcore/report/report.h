#pragma once
// The after-action report's figures (issue 6), all computed from an exercise's event log and the
// scenario recorded in it. Times are exercise minutes. The model's trajectory is not logged: it
// is re-run from the scenario and the logged model-changing events (response.approved,
// shock.added), exactly as Exercise::resume() rebuilds it, and the what-if re-runs it with one
// mitigation removed or moved earlier.
//
// Definitions the report relies on (WORKING.md of the golden cases works them by hand):
// - an inject is delivered when its mail is delivered / its call rings / its page is posted, and
//   acknowledged when a recipient first reads the mail / answers the call (none for web);
// - an expectation's latency is (minute met) - (minute its inject fired); a flow's latency is
//   (minute met) - (minute its window opened: first impact or the inject's firing);
// - a room's diagnosis time is the submission minute of its first hypothesis judged correct;
// - knowledge of the cause starts in a room at its correct hypothesis and travels with every
//   message (mail delivered, words said on a call) that a knowing room sends afterwards;
// - avoided impact of a mitigation = integral without it - integral with it (node-hours, > 0 is
//   impact avoided); `earlier` = integral as run - integral with it effective 30 minutes earlier.

#include "scenario/scenario.h"
#include "store/event.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace cd::store {
class EventLog;
}

namespace cd::report {

/// Progress of a long computation: percent 0..100 and what is being done. Returns false to
/// cancel (the shape of QProgressDialog: setValue + wasCanceled).
using Progress = std::function<bool(int percent, const QString &what)>;

struct InjectRow
{
    QString id;
    QString channel;
    std::optional<int> firedMin;
    std::optional<int> deliveredMin;
    std::optional<int> acknowledgedMin;
    bool manual = false;
    bool skipped = false;
};

struct TimelineRow
{
    int minute = 0;
    qint64 seq = 0;
    QString kind;  ///< inject, mail, call, post, hypothesis, response, observation, breach
    QString from;
    QString to;    ///< recipients joined by ", "
    QString what;  ///< subject, message kind or short description
};

struct ExpectedRow
{
    QString id;
    QString inject;
    QString room;
    QString action;
    QString to;
    int theme = 1;
    QString status;  ///< met, missed, pending (never fired or window still open)
    std::optional<int> atMin;
    std::optional<int> latencyMin;
    bool manual = false;
};

struct FlowRow
{
    QString id;
    QString from;  ///< a room id or "role:ministry"
    QString to;
    QString kind;
    int theme = 1;
    QString status;
    std::optional<int> openedMin;
    std::optional<int> atMin;
    std::optional<int> latencyMin;
    qint64 messageSeq = 0;  ///< the event that met it
    QString message;        ///< its mail or call id
};

/// One cell of the who-told-whom matrix.
struct FlowCell
{
    QString from;
    QString to;
    QString channel;  ///< mail, phone, web
    QString kind;     ///< report, advisory, query, other
    int count = 0;
};

struct Reach
{
    QString room;
    QString kind;  ///< report (to ministries and NISC) or advisory (to CEPTOARs)
    std::optional<int> atMin;
    std::optional<int> afterImpactMin;
};

struct Knowledge
{
    QString room;
    std::optional<int> knewAtMin;
    QString via;  ///< "hypothesis" or the room that told it
};

struct Hypothesis
{
    QString id;
    int atMin = 0;
    QString text;
    QString verdict;
    std::optional<int> judgedMin;
};

struct Diagnosis
{
    QString room;
    std::vector<Hypothesis> hypotheses;
    std::optional<int> correctAtMin;
};

struct RoomChannels
{
    QString room;
    int busy = 0;        ///< calls this room placed that found the line busy
    int missed = 0;      ///< calls to this room that nobody answered
    int failed = 0;      ///< calls this room placed that failed (no dial tone)
    int declinedBy = 0;  ///< calls to this room that it declined while they rang
    int declinedTo = 0;  ///< calls this room placed that the callee declined
    int unread = 0;      ///< mail delivered to it and never read
};

struct ChannelOutage
{
    QString channel;  ///< phone (down) or mail (delayed)
    QString node;
    int fromMin = 0;
    int toMin = 0;
};

struct BreachRow
{
    QString node;
    int startMin = 0;
    int atMin = 0;
};

using NodeHours = std::map<QString, double>;

struct Mitigation
{
    QString request;
    QString response;
    QString room;
    int approvedMin = 0;
    int effectiveMin = 0;
    bool applied = false;
    NodeHours avoided;  ///< without it - as run
    NodeHours earlier;  ///< as run - with it 30 minutes earlier
};

struct Observation
{
    int minute = 0;
    QString objective;
    int theme = 0;
    QString rating;  ///< P, S, M, U
    QString text;
};

struct RatingCount
{
    QString key;  ///< objective id or theme number
    std::map<QString, int> counts;
};

struct SurveyResult
{
    QString id;
    QString type;
    int answers = 0;
    double mean = 0;                ///< scale5
    std::vector<int> distribution;  ///< scale5: counts of 1..5; choice: counts per option
    QStringList texts;              ///< text answers, "room: text"
};

struct PlanItem
{
    qint64 id = 0;  ///< row id in the database, 0 when only seeded
    QString issue;
    QString correctiveAction;
    QString capability;
    QString organisation;
    QString contact;
    QString start;
    QString completion;
    QString source;                           ///< expected or flow id it was seeded from
    QString status = QStringLiteral("open");  ///< open, progress (in progress) or done (complete)
};

struct Report
{
    scenario::Scenario scenario;
    QString lang = QStringLiteral("en");
    int endMin = 0;
    int firstImpactMin = -1;
    int eventCount = 0;

    std::vector<InjectRow> injects;
    std::vector<TimelineRow> timeline;
    std::vector<ExpectedRow> expected;
    std::vector<FlowRow> flows;
    std::vector<FlowCell> matrix;
    std::vector<Reach> reach;
    std::vector<Knowledge> knowledge;
    QStringList noAdvisory;  ///< CEPTOARs and operators no advisory ever reached
    std::vector<Diagnosis> diagnosis;
    std::vector<RoomChannels> channels;
    std::vector<ChannelOutage> outages;

    std::vector<int> qMinutes;                 ///< model step minutes 0..end
    std::map<QString, std::vector<double>> q;  ///< node -> q at each qMinutes entry
    std::vector<BreachRow> breaches;
    NodeHours integral;
    std::vector<Mitigation> mitigations;

    std::vector<Observation> observations;
    std::vector<RatingCount> byObjective;
    std::vector<RatingCount> byTheme;
    std::vector<SurveyResult> survey;
    std::vector<PlanItem> plan;
    QString integrityWarning;  ///< the log's hash chain is broken (store/chain.h): shown first
};

/// Computes every figure from the events of one exercise and its scenario. Returns false (with
/// *error) when the scenario's model cannot be built or `progress` cancelled.
bool compute(const scenario::Scenario &scenario, const std::vector<store::Event> &events, Report *report,
             QString *error, const Progress &progress = {});

/// Loads the scenario and events of an exercise database, computes the report and reads the
/// improvement plan stored in it (seeded from missed expectations and flows when none is).
/// Throws store::Error for an unreadable database; false + *error for a bad recorded scenario.
bool computeFromLog(store::EventLog &log, Report *report, QString *error, const Progress &progress = {});

/// Improvement-plan rows seeded from missed expectations and flows.
std::vector<PlanItem> seedPlan(const Report &report);

/// Display helpers shared by the documents.
QString roomName(const scenario::Scenario &s, const QString &party, const QString &lang);
QString nodeName(const scenario::Scenario &s, const QString &node, const QString &lang);

}  // namespace cd::report
