#pragma once
// What a room may know about the exercise besides its events: who it can address (rooms and
// personas), the sites it can read and post to, the responses it may request and the survey.
// It holds nothing control-only (no truth, notes, expectations or graph), so a remote room can
// be given one built on the server and sent over the wire.

#include "scenario/scenario.h"

#include <QString>

#include <vector>

namespace cd::gui {

struct RoomDirectory
{
    struct Party
    {
        QString id;  ///< a room id, or "persona:ID"
        scenario::Text name;
        bool persona = false;
    };
    struct Site
    {
        QString id;
        scenario::Text name;
        bool canPost = false;
    };
    struct Response
    {
        QString id;
        scenario::Text name;
        bool needsApproval = false;
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

    /// The directory of `room` in `scenario` (the visibility rule's view of the scenario).
    static RoomDirectory fromScenario(const scenario::Scenario &scenario, const QString &room);
    /// The display name of a party id ("persona:ID", a room id or "control") in `lang`.
    QString nameOf(const QString &id, const QString &lang) const;
};

}  // namespace cd::gui
