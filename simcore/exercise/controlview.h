#pragma once
// The control team's view of the exercise: one fold over the whole log for what the console's
// docks show and the debrief replays: each inject's status on the MSEL, each expected action's
// verdict, the traffic of every channel (one row per mail, call, line said on a call and page
// posted, with a mail's delivery and readers and a call's status), the calls waiting for a
// persona to answer, and the hypotheses and response requests to judge. The console's session
// keeps one (the timeline, the communications monitor, the white cell and the judge dock show
// it); the report's replay and channel figures fold the log with it.

#include "exercise/folds.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace cd::exercise {

/// An inject as the MSEL shows it.
struct InjectView
{
    enum class Status { Pending, Armed, Delayed, Fired, Skipped };
    Status status = Status::Pending;  ///< the last of its inject.* events
    std::optional<int> firedMin;
    int delayMin = 0;     ///< minutes the control team added (inject.delayed)
    bool manual = false;  ///< fired by hand
};
/// "pending", "armed", "delayed", "fired", "skipped"
QString injectStatusName(InjectView::Status status);

/// One row of traffic: a mail, a call, a line said on a call, or a page posted.
struct TrafficRow
{
    qint64 seq = 0;  ///< the event that made the row
    int minute = 0;
    QString channel;  ///< mail, phone, web
    QString from;     ///< a party; a page's poster
    QStringList to;   ///< parties (to and cc); a page's site
    QString kind;     ///< message kind; a call row's status word (callStatusName); "post"
    QJsonValue text;  ///< subject / said text / page title
    QJsonValue body;
    QString thread;                                ///< mail thread, call id, or site+path
    int deliveredAt = -1;                          ///< a mail's delivery minute (-1: not yet)
    std::vector<std::pair<QString, int>> reads{};  ///< a mail's readers and the minute each read it
};

class ControlView
{
public:
    /// What one event changed (pointers into the view, valid until the next apply()).
    struct Change
    {
        bool fresh = false;               ///< false: its seq was folded already
        int row = -1;                     ///< the traffic row it added or changed
        bool added = false;               ///< the row is new
        QString inject;                   ///< the inject whose status changed
        QString expected;                 ///< the expected action judged
        const CallState *call = nullptr;  ///< the call placed or changed (not by call.opening)
    };
    /// Folds one event of the log; events must come in seq order (an older seq is skipped).
    Change apply(const Event &e);
    /// The view of a whole log.
    static ControlView fromLog(const std::vector<Event> &log);

    qint64 lastSeq() const { return m_lastSeq; }
    /// Inject `id` (pending when it has no event yet).
    InjectView inject(const QString &id) const;
    const std::map<QString, InjectView> &injects() const { return m_injects; }
    /// expected id -> "met" / "missed", once judged
    const std::map<QString, QString> &expected() const { return m_expected; }
    const std::vector<TrafficRow> &traffic() const { return m_traffic; }
    const CallBook &calls() const { return m_calls; }
    /// Calls ringing for a persona (a room calling the outside world), the longest waiting first.
    std::vector<const CallState *> waitingForPersona() const;
    /// Every hypothesis submitted, in order, with its verdict once judged.
    const std::vector<HypothesisState> &hypotheses() const { return m_hypotheses; }
    const HypothesisState *hypothesis(const QString &id) const;
    /// Every response request, in order, with its status.
    const RequestBook &requests() const { return m_requests; }
    const RequestState *request(const QString &id) const;

private:
    void applyInject(Kind kind, const Event &e, Change &c);
    void applyMail(Kind kind, const Event &e, Change &c);
    void applyCall(Kind kind, const Event &e, Change &c);
    void applyHypothesis(Kind kind, const Event &e);
    int append(TrafficRow row);

    qint64 m_lastSeq = 0;
    std::map<QString, InjectView> m_injects;
    std::map<QString, QString> m_expected;
    std::vector<TrafficRow> m_traffic;
    QHash<QString, int> m_mailRow;
    QHash<QString, int> m_callRow;
    CallBook m_calls;
    std::vector<HypothesisState> m_hypotheses;
    RequestBook m_requests;
};

}  // namespace cd::exercise
