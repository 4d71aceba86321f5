#pragma once
// Control-team seats (docs/protocol.md "Seats"): one role at one computer, with its own token,
// like a room. What each role may see extends the visibility rule (visibility.h), and what it
// may do narrows the control team's verbs (verbs.cpp):
//   controller            everything; every control verb.
//   whitecell:PERSONA,... the clock, the MSEL (inject.*), and the mail and calls to or from its
//                         personas; mails, calls, answers, speaks and hangs up as them,
//                         and posts pages (the outside world's news).
//   evaluator:ROOM,...    what its rooms see, and the control side's events about them
//                         (expectations, flows, injects to them, observations naming them);
//                         records observations and judges its rooms' hypotheses. Never acts
//                         as a room, fires injects or decides requests.
//   observer:ROOM,...     exactly what its rooms see; does nothing.
// A seat other than an observer also sees what it did itself (events stamped with its id).
// Seats see the truth (the scenario) except observers, who get their rooms' directories only.

#include "exercise/roomdirectory.h"
#include "exercise/state.h"
#include "exercise/vocab.h"
#include "scenario/scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::exercise {

enum class SeatRole { Controller, WhiteCell, Evaluator, Observer };

struct Seat
{
    QString id;
    SeatRole role = SeatRole::Observer;
    QStringList list;  ///< rooms (evaluator, observer) or persona ids without "persona:" (white cell)

    /// "ROLE[:A,B]" as `serve --seat ID=` takes it and the database keeps it.
    QString spec() const;
    bool seesTruth() const { return role != SeatRole::Observer; }
};

QString roleName(SeatRole role);

/// A seat from "ID=ROLE[:LIST]" (`serve --seat`), checked against `s`: a seat id of letters,
/// digits, '-', '_' (at most 64), a known role, and for all but a controller a list of rooms or
/// personas that exist. Nullopt with `error` saying what is wrong.
std::optional<Seat> parseSeat(const QString &arg, const scenario::Scenario &s, QString *error);
/// The same from its parts (a seat stored in the database).
std::optional<Seat> seatFromSpec(const QString &id, const QString &spec, const scenario::Scenario &s, QString *error);

/// Whether `seat` may see `event`. `state` (the live state) names the parties of a call's
/// opening line, which its event does not carry.
bool visibleToSeat(const scenario::Scenario &s, const Event &event, const Seat &seat, const ExerciseState &state);

/// What the visibility rule reads of the scenario to tell which of `rooms` see an event, rebuilt
/// from their directories (an observer seat gets those, not the scenario): the rooms with their
/// sectors, and the sites with the rooms among them that read each. visibleTo() over it answers
/// for each of these rooms exactly as over the whole scenario, so an observer's window sorts its
/// stream by the server's own rule.
scenario::Scenario scenarioOfRooms(const std::vector<RoomDirectory> &rooms);

/// Whether `seat` may judge a hypothesis of `room`: a controller any, an evaluator its rooms'.
/// The console enables its judge buttons by it, and seatMayAct() refuses by it.
bool seatMayJudge(const Seat &seat, const QString &room);

class Exercise;
/// Whether `seat` may perform `action` (as the control team): empty when it may, else why not.
/// The exercise tells whose mail or call an action names.
QString seatMayAct(const Seat &seat, const QJsonObject &action, Exercise &exercise);

}  // namespace cd::exercise
