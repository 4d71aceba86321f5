#pragma once
// The scenario model (docs/scenario-format.md): plain value types, one per JSON object of the format.
// Invariants: a Scenario obtained from the loader has no dangling references, unique ids per
// list and times within the exercise; the saver writes exactly these fields back.
// JSON key names are given beside each field where they differ from the field name.

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace cd::scenario {

/// Text shown to people: a plain string, or {"ja": ..., "en": ...}.
struct Text
{
    QString ja;
    QString en;
    QString plain;           ///< set when the JSON held a plain string
    bool bilingual = false;  ///< the JSON held {"ja","en"}

    static Text fromPlain(const QString &s) { return Text{{}, {}, s, false}; }
    static Text fromPair(const QString &ja, const QString &en) { return Text{ja, en, {}, true}; }
    /// The text for a UI language ("ja" or "en"), falling back to the other one.
    QString get(const QString &lang) const
    {
        if (!bilingual)
            return plain;
        if (lang == QLatin1String("ja"))
            return ja.isEmpty() ? en : ja;
        return en.isEmpty() ? ja : en;
    }
    bool isEmpty() const { return plain.isEmpty() && ja.isEmpty() && en.isEmpty(); }
    friend bool operator==(const Text &, const Text &) = default;
};

struct Objective
{
    QString id;
    Text text;
    int theme = 1;  ///< one of the five verification themes (検証課題), 1-5
    friend bool operator==(const Objective &, const Objective &) = default;
};

enum class ExerciseKind { Functional, Tabletop };
enum class Channel;  // below: mail, phone, web

struct Meta
{
    QString id;
    Text title;
    Text summary;
    ExerciseKind kind = ExerciseKind::Functional;
    QString start;        ///< clock time of day, "HH:MM", for display
    int durationMin = 0;  ///< "duration": "+HH:MM"
    int stepMin = 1;      ///< "step_min"
    std::vector<Objective> objectives;
    /// "channels": the channels this exercise allows, in the file's order; empty (the key left
    /// out): all three. The 2007 exercise was mail only (docs/scenario-format.md).
    std::vector<Channel> channels;
    bool allows(Channel c) const;
    friend bool operator==(const Meta &, const Meta &) = default;
};

enum class Role { Nisc, Ministry, Ceptoar, Operator, Agency, Observer };

struct Room
{
    QString id;
    Text name;
    Role role = Role::Operator;
    QString sector;       ///< graph node id of the room's own sector, optional
    QStringList sectors;  ///< several sectors (a ministry), optional
    int phoneLines = 1;   ///< "phone_lines"
    friend bool operator==(const Room &, const Room &) = default;
};

struct Persona
{
    QString id;
    Text name;
    QString kind;  ///< free text: customer, press, vendor, csirt, ...
    friend bool operator==(const Persona &, const Persona &) = default;
};

inline constexpr double kInfiniteRate = std::numeric_limits<double>::infinity();

/// Verification level (検証レベル): breached when impact >= minUnits for minMinutes.
struct Level
{
    double minUnits = 0;  ///< "min_units"
    int minMinutes = 0;   ///< "min_minutes"
    Text text;            ///< the level as docs/domain.md words it, optional
    friend bool operator==(const Level &, const Level &) = default;
};

struct Node
{
    QString id;
    Text name;
    double ratePerH = kInfiniteRate;  ///< "rate_per_h": a number or the string "inf"
    double served = 0;                ///< units served
    QString unit;
    std::optional<Level> level;  ///< "level"
    double initial = 0;          ///< q at t=0, optional
    Text notes;                  ///< sources and reasoning, optional
    friend bool operator==(const Node &, const Node &) = default;
};

struct Edge
{
    QString from;  ///< u: the node depended upon
    QString to;    ///< v: the dependent node
    double weight = 0;
    double autonomyH = 0;     ///< "autonomy_h"
    double rechargePerH = 1;  ///< "recharge_per_h"
    QString kind = QStringLiteral("other");
    Text notes;  ///< public basis of the autonomy figure, optional
    friend bool operator==(const Edge &, const Edge &) = default;
};

struct Graph
{
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    friend bool operator==(const Graph &, const Graph &) = default;
};

struct Shock
{
    QString node;
    double c = 0;
    int fromMin = 0;           ///< "from"
    std::optional<int> toMin;  ///< "to"; open-ended when absent
    friend bool operator==(const Shock &, const Shock &) = default;
};

/// Where the author means a term of the truth to be seen (the spoiler check, docs/scenario-format.md):
/// `in` is "inject:ID" (the first inject meant to reveal the term: it and every inject timed at or
/// after it may name it), "site:ID", "response:ID", "room:ID" or "persona:ID" (a deliberate hit
/// there), or empty (anywhere).
struct Disclosure
{
    QString term;
    QString in;
    friend bool operator==(const Disclosure &, const Disclosure &) = default;
};

struct Truth
{
    Text rootCause;  ///< "root_cause"
    Text narrative;
    std::vector<Shock> shocks;
    std::vector<Disclosure> disclosed;
    friend bool operator==(const Truth &, const Truth &) = default;
};

/// An inject condition ("when"). A tree: leaves test the model or the exercise, All/Any/Not combine.
struct Condition
{
    enum class Kind { NodeQ, Breach, Fired, Met, Missed, Response, All, Any, Not };
    Kind kind = Kind::Fired;
    QString ref;                      ///< node, inject, expected or response id
    double qGe = 0;                   ///< NodeQ: "q_ge"
    int plusMin = 0;                  ///< Fired: "plus"
    std::vector<Condition> children;  ///< All/Any: any number; Not: exactly one
    friend bool operator==(const Condition &, const Condition &) = default;
};

enum class Channel { Mail, Phone, Web };

/// What an expected action or a message is. Message kinds first, then other acts.
enum class Action { Report, Advisory, Query, Other, Call, Post, Hypothesis, Request };

struct Expected
{
    QString id;
    QString room;
    Action action = Action::Report;
    QString to;         ///< room id, optional
    int withinMin = 0;  ///< "within_min"
    int theme = 1;
    friend bool operator==(const Expected &, const Expected &) = default;
};

struct Page
{
    QString site;
    QString path;
    Text title;
    Text body;
    friend bool operator==(const Page &, const Page &) = default;
};

struct Inject
{
    QString id;
    std::optional<int> atMin;       ///< "at"
    std::optional<Condition> when;  ///< "when"
    int delayMin = 0;               ///< "delay", only with "when"
    bool contingency = false;       ///< fired only by hand or by a condition; optional
    Channel channel = Channel::Mail;
    QString from;  ///< "persona:ID" or "control"
    QStringList to;
    QStringList cc;
    Text subject;
    Text body;
    Text script;               ///< phone: what the caller says
    std::optional<Page> page;  ///< web: the page published or updated
    QStringList attachments;
    std::vector<Expected> expected;  ///< control-only
    Text controlNotes;               ///< "control_notes", control-only
    friend bool operator==(const Inject &, const Inject &) = default;
};

struct Site
{
    QString id;
    Text name;
    QString kind;             ///< news, portal, operator, government
    QStringList read;         ///< room ids or "all"
    QStringList post;         ///< room ids, "all" or empty
    std::vector<Page> pages;  ///< initial pages (their `site` is this site's id)
    friend bool operator==(const Site &, const Site &) = default;
};

struct Effect
{
    enum class Kind { AddAutonomy, ScaleWeight, SetShock, SetRate };
    Kind kind = Kind::AddAutonomy;
    double value = 0;
    QString edgeFrom;  ///< AddAutonomy, ScaleWeight: "edge": [from, to]
    QString edgeTo;
    QString node;  ///< SetShock, SetRate
    friend bool operator==(const Effect &, const Effect &) = default;
};

enum class Approval { Auto, Control };

struct Response
{
    QString id;
    Text name;
    QStringList rooms;
    int leadMin = 0;  ///< "lead"
    Approval approval = Approval::Auto;
    Effect effect;
    friend bool operator==(const Response &, const Response &) = default;
};

struct ChannelRealism
{
    QString node;
    std::optional<double> downAtQ;       ///< "down_at_q"
    std::optional<double> delayMinPerQ;  ///< "delay_min_per_q"
    friend bool operator==(const ChannelRealism &, const ChannelRealism &) = default;
};

struct Channels
{
    std::optional<ChannelRealism> mail;
    std::optional<ChannelRealism> phone;
    std::optional<ChannelRealism> web;
    friend bool operator==(const Channels &, const Channels &) = default;
};

struct ExpectedFlow
{
    QString id;
    QString fromRole;  ///< "from_role" (exactly one of fromRole/from)
    QString from;
    QString toRole;  ///< "to_role" (exactly one of toRole/to)
    QString to;
    Action kind = Action::Report;
    int withinMin = 0;
    QString after;  ///< inject id or "first-impact"
    int theme = 1;
    friend bool operator==(const ExpectedFlow &, const ExpectedFlow &) = default;
};

enum class QuestionType { Scale5, Choice, Text };

struct SurveyQuestion
{
    QString id;
    Text text;
    QuestionType type = QuestionType::Scale5;
    std::vector<Text> options;
    int theme = 0;  ///< the verification theme it covers, optional (0 = none)
    friend bool operator==(const SurveyQuestion &, const SurveyQuestion &) = default;
};

struct Scenario
{
    Meta meta;
    std::vector<Room> rooms;
    std::vector<Persona> personas;
    Graph graph;
    Truth truth;
    std::vector<Inject> injects;
    std::vector<Site> sites;
    std::vector<Response> responses;
    Channels channels;
    std::vector<ExpectedFlow> expectedFlows;  ///< "expected_flows"
    std::vector<SurveyQuestion> survey;
    friend bool operator==(const Scenario &, const Scenario &) = default;

    const Room *room(const QString &id) const;
    const Node *node(const QString &id) const;
    const Inject *inject(const QString &id) const;
    const Response *response(const QString &id) const;
    const Site *site(const QString &id) const;
    const Persona *persona(const QString &id) const;
};

// String forms used by the JSON format, the CSV and the CLI (lower-case, as in docs/scenario-format.md).
QString toString(ExerciseKind k);
QString toString(Role r);
QString toString(Channel c);
QString toString(Action a);
QString toString(Approval a);
QString toString(QuestionType t);
std::optional<ExerciseKind> exerciseKindFrom(const QString &s);
std::optional<Role> roleFrom(const QString &s);
std::optional<Channel> channelFrom(const QString &s);
std::optional<Action> actionFrom(const QString &s);
std::optional<Approval> approvalFrom(const QString &s);
std::optional<QuestionType> questionTypeFrom(const QString &s);

/// "+HH:MM" (hours may exceed 99) or "+MMm" to minutes; nullopt when malformed.
std::optional<int> parseOffset(const QString &s);
/// Minutes to "+HH:MM".
QString formatOffset(int minutes);

}  // namespace cd::scenario
