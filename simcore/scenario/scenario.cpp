#include "scenario/scenario.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace cd::scenario {

namespace {

template<typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table)
        if (s == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array kKinds{std::pair{ExerciseKind::Functional, "functional"},
                            std::pair{ExerciseKind::Tabletop, "tabletop"}};
constexpr std::array kRoles{std::pair{Role::Nisc, "nisc"},       std::pair{Role::Ministry, "ministry"},
                            std::pair{Role::Ceptoar, "ceptoar"}, std::pair{Role::Operator, "operator"},
                            std::pair{Role::Agency, "agency"},   std::pair{Role::Observer, "observer"}};
constexpr std::array kChannels{std::pair{Channel::Mail, "mail"}, std::pair{Channel::Phone, "phone"},
                               std::pair{Channel::Web, "web"}};
constexpr std::array kActions{std::pair{Action::Report, "report"},
                              std::pair{Action::Advisory, "advisory"},
                              std::pair{Action::Query, "query"},
                              std::pair{Action::Other, "other"},
                              std::pair{Action::Call, "call"},
                              std::pair{Action::Post, "post"},
                              std::pair{Action::Hypothesis, "hypothesis"},
                              std::pair{Action::Request, "request"}};
constexpr std::array kApprovals{std::pair{Approval::Auto, "auto"}, std::pair{Approval::Control, "control"}};
constexpr std::array kQuestionTypes{std::pair{QuestionType::Scale5, "scale5"},
                                    std::pair{QuestionType::Choice, "choice"}, std::pair{QuestionType::Text, "text"}};

template<typename T> const T *findById(const std::vector<T> &list, const QString &id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

}  // namespace

const Room *Scenario::room(const QString &id) const
{
    return findById(rooms, id);
}
const Node *Scenario::node(const QString &id) const
{
    return findById(graph.nodes, id);
}
const Inject *Scenario::inject(const QString &id) const
{
    return findById(injects, id);
}
const Response *Scenario::response(const QString &id) const
{
    return findById(responses, id);
}
const Site *Scenario::site(const QString &id) const
{
    return findById(sites, id);
}
const Persona *Scenario::persona(const QString &id) const
{
    return findById(personas, id);
}

QString toString(ExerciseKind k)
{
    return nameOf(kKinds, k);
}
QString toString(Role r)
{
    return nameOf(kRoles, r);
}
QString toString(Channel c)
{
    return nameOf(kChannels, c);
}
QString toString(Action a)
{
    return nameOf(kActions, a);
}
QString toString(Approval a)
{
    return nameOf(kApprovals, a);
}
QString toString(QuestionType t)
{
    return nameOf(kQuestionTypes, t);
}
std::optional<ExerciseKind> exerciseKindFrom(const QString &s)
{
    return valueOf(kKinds, s);
}
std::optional<Role> roleFrom(const QString &s)
{
    return valueOf(kRoles, s);
}
std::optional<Channel> channelFrom(const QString &s)
{
    return valueOf(kChannels, s);
}
std::optional<Action> actionFrom(const QString &s)
{
    return valueOf(kActions, s);
}
std::optional<Approval> approvalFrom(const QString &s)
{
    return valueOf(kApprovals, s);
}
std::optional<QuestionType> questionTypeFrom(const QString &s)
{
    return valueOf(kQuestionTypes, s);
}

bool Meta::allows(Channel c) const
{
    return channels.empty() || std::find(channels.begin(), channels.end(), c) != channels.end();
}

std::optional<int> parseOffset(const QString &s)
{
    static const QRegularExpression hhmm(QStringLiteral("^\\+(\\d{1,4}):([0-5]\\d)$"));
    static const QRegularExpression mm(QStringLiteral("^\\+(\\d{1,6})m$"));
    if (const auto m = hhmm.match(s); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (const auto m = mm.match(s); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

QString formatOffset(int minutes)
{
    const int m = minutes < 0 ? 0 : minutes;
    return QStringLiteral("+%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace cd::scenario
