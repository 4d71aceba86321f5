#pragma once
// What a room may know about the exercise besides its events: who it can address (rooms and
// personas), the sites it can read and post to, the responses it may request and the survey.
// Built from the scenario by the visibility rule's view (fromScenario) and holding nothing
// control-only (no truth, notes, expectations or graph), so the server can send it to a remote
// room in the protocol's welcome (docs/protocol.md) and the room window is the same either way.

#include "scenario/scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd::exercise {

struct RoomDirectory
{
    struct Party
    {
        QString id;  ///< a room id, or "persona:ID"
        scenario::Text name;
        bool persona = false;
        friend bool operator==(const Party &, const Party &) = default;
    };
    struct Site
    {
        QString id;
        scenario::Text name;
        bool canPost = false;
        friend bool operator==(const Site &, const Site &) = default;
    };
    struct Response
    {
        QString id;
        scenario::Text name;
        bool needsApproval = false;
        friend bool operator==(const Response &, const Response &) = default;
    };

    QString room;  ///< the room this directory is for
    scenario::Text roomName;
    scenario::Text title;  ///< the exercise's title
    QString start;         ///< clock time of day of minute 0, "HH:MM"
    std::vector<Party> parties;
    std::vector<Party> sectors;       ///< the room's own sectors (graph nodes), whose status it sees
    std::vector<Site> sites;          ///< only those the room may read
    std::vector<Response> responses;  ///< only those the room may request
    std::vector<scenario::SurveyQuestion> survey;
    /// meta.channels: the channels the exercise allows ("mail", "phone", "web"); empty: all three.
    /// Sent as "channels" only when set, so older peers read the directory as before.
    QStringList channels;

    friend bool operator==(const RoomDirectory &, const RoomDirectory &) = default;

    /// True when the exercise allows `c` (the room window hides the others).
    bool allows(scenario::Channel c) const { return channels.isEmpty() || channels.contains(scenario::toString(c)); }

    /// The directory of `room` in `scenario` (the visibility rule's view of the scenario).
    static RoomDirectory fromScenario(const scenario::Scenario &scenario, const QString &room);
    /// The display name of a party id ("persona:ID", a room id or "control") in `lang`.
    QString nameOf(const QString &id, const QString &lang) const;
    /// The ids of every room (the non-persona parties), in scenario order.
    QStringList roomIds() const;

    /// The wire form (docs/protocol.md "welcome": "directory").
    QJsonObject toJson() const;
    /// The directory back from its wire form; nullopt (with `error` set) when a field is
    /// missing or has a wrong type.
    static std::optional<RoomDirectory> fromJson(const QJsonObject &o, QString *error = nullptr);
};

}  // namespace cd::exercise
