// The spoiler check (docs/scenario-format.md "Injects"; docs/scenario-format.md): warnings, never errors,
// where a text the rooms see early names a distinctive term that otherwise only the truth names.
//
// - Distinctive terms come from truth.root_cause and truth.narrative: product and model names
//   with letters and digits ("CTS-9000"), version numbers ("4.2.1"), and what the truth quotes
//   (「...」, “...”, "..."). A term that also appears in the public vocabulary (graph node ids,
//   names and units, meta title, summary and objectives, the survey) is not distinctive.
// - Checked (the rooms see them from the start): room and persona names, site names and the
//   pages sites publish at the start, response names; and the injects that come before the first
//   inject meant to reveal the term. The author says which inject that is in truth.disclosed
//   ({"term", "in": "inject:ID"}): it and every inject timed at or after it may name the term.
//   Conditional and hand-fired injects fire when play makes them, so they are checked only while
//   no inject is declared to reveal the term.
// - truth.disclosed also silences a deliberate hit: {"term", "in": "site:ID" | "response:ID" |
//   "room:ID" | "persona:ID"} for that place, or {"term"} alone for everywhere.
#include "scenario/reader.h"
#include "scenario/validator.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <map>

namespace cd::scenario::detail {

namespace {

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

/// Whether `text` names `term`: an ASCII term as a whole word, case-insensitively ("cts-9000" in
/// "the CTS-9000." but not in "XCTS-90001"); any other term as a substring.
bool names(const QString &text, const QString &term)
{
    if (!isAscii(term))
        return text.contains(term);
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + term.size();
        if ((at == 0 || !isAsciiWordChar(text[at - 1])) && (end >= text.size() || !isAsciiWordChar(text[end])))
            return true;
    }
    return false;
}

bool names(const Text &t, const QString &term)
{
    return names(t.plain, term) || names(t.ja, term) || names(t.en, term);
}

void addTerms(const QString &text, QStringList &out)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*"));
    static const QRegularExpression version(QStringLiteral("^\\d+(?:\\.\\d+){2,}$"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    static const QRegularExpression quoted(QStringLiteral("「([^」]{2,40})」|“([^”]{2,40})”|\"([^\"]{2,40})\""));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() >= 3 && ((w.contains(letter) && w.contains(digit)) || version.match(w).hasMatch()))
            out << w;
    }
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= 3; ++g)
            if (const QString q = m.captured(g).trimmed(); !q.isEmpty())
                out << q;
    }
}

QStringList textsOf(const Text &t)
{
    return {t.plain, t.ja, t.en};
}

}  // namespace

QStringList Validator::distinctiveTerms() const
{
    QStringList found;
    for (const Text *t : {&m_s.truth.rootCause, &m_s.truth.narrative})
        for (const QString &text : textsOf(*t))
            addTerms(text, found);
    QStringList vocabulary{m_s.meta.id};
    vocabulary << textsOf(m_s.meta.title) << textsOf(m_s.meta.summary);
    for (const Objective &o : m_s.meta.objectives)
        vocabulary << textsOf(o.text);
    for (const Node &n : m_s.graph.nodes)
        vocabulary << n.id << n.unit << textsOf(n.name);
    for (const SurveyQuestion &q : m_s.survey) {
        vocabulary << textsOf(q.text);
        for (const Text &o : q.options)
            vocabulary << textsOf(o);
    }
    QStringList terms;
    for (const QString &term : found) {
        if (terms.contains(term, isAscii(term) ? Qt::CaseInsensitive : Qt::CaseSensitive))
            continue;
        const bool common =
            std::any_of(vocabulary.begin(), vocabulary.end(), [&](const QString &v) { return names(v, term); });
        if (!common)
            terms << term;
    }
    return terms;
}

void Validator::checkSpoilers()
{
    const QStringList terms = distinctiveTerms();
    if (terms.isEmpty())
        return;
    const auto sameTerm = [](const QString &a, const QString &b) {
        return a.compare(b, isAscii(a) && isAscii(b) ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    };
    const auto disclosed = [&](const QString &term, const QString &place) {
        return std::any_of(m_s.truth.disclosed.begin(), m_s.truth.disclosed.end(), [&](const Disclosure &d) {
            return sameTerm(d.term, term) && (d.in.isEmpty() || d.in == place);
        });
    };
    // Per term: the earliest time of an inject declared to reveal it, and whether one is declared.
    std::map<QString, int> revealAt;
    std::map<QString, bool> revealDeclared;
    for (const QString &term : terms)
        for (const Disclosure &d : m_s.truth.disclosed)
            if (sameTerm(d.term, term) && d.in.startsWith(QLatin1String("inject:")))
                if (const Inject *i = m_s.inject(d.in.mid(7))) {
                    revealDeclared[term] = true;
                    if (i->atMin && *i->atMin < revealAt.try_emplace(term, INT_MAX).first->second)
                        revealAt[term] = *i->atMin;
                }
    const auto check = [&](const Text &text, const QString &path, const QString &place) {
        for (const QString &term : terms)
            if (names(text, term) && !disclosed(term, place))
                warn(path, QStringLiteral("the rooms see '%1' here, and otherwise only the truth names it: does "
                                          "this give the hidden cause away? If it is meant, say so in "
                                          "truth.disclosed: {\"term\": \"%1\", \"in\": \"%2\"}")
                               .arg(term, place));
    };
    for (std::size_t i = 0; i < m_s.rooms.size(); ++i)
        check(m_s.rooms[i].name, keyPath(itemPath(QStringLiteral("rooms"), i), "name"),
              QStringLiteral("room:") + m_s.rooms[i].id);
    for (std::size_t i = 0; i < m_s.personas.size(); ++i)
        check(m_s.personas[i].name, keyPath(itemPath(QStringLiteral("personas"), i), "name"),
              QStringLiteral("persona:") + m_s.personas[i].id);
    for (std::size_t i = 0; i < m_s.sites.size(); ++i) {
        const Site &site = m_s.sites[i];
        const QString p = itemPath(QStringLiteral("sites"), i);
        check(site.name, keyPath(p, "name"), QStringLiteral("site:") + site.id);
        for (std::size_t j = 0; j < site.pages.size(); ++j) {
            check(site.pages[j].title, keyPath(itemPath(keyPath(p, "pages"), j), "title"),
                  QStringLiteral("site:") + site.id);
            check(site.pages[j].body, keyPath(itemPath(keyPath(p, "pages"), j), "body"),
                  QStringLiteral("site:") + site.id);
        }
    }
    for (std::size_t i = 0; i < m_s.responses.size(); ++i)
        check(m_s.responses[i].name, keyPath(itemPath(QStringLiteral("responses"), i), "name"),
              QStringLiteral("response:") + m_s.responses[i].id);
    for (std::size_t i = 0; i < m_s.injects.size(); ++i) {
        const Inject &in = m_s.injects[i];
        const QString p = itemPath(QStringLiteral("injects"), i);
        const QString place = QStringLiteral("inject:") + in.id;
        const auto checkInjectText = [&](const Text &text, const QString &path) {
            for (const QString &term : terms) {
                const auto at = revealAt.find(term);
                const bool afterReveal =
                    in.atMin ? (at != revealAt.end() && *in.atMin >= at->second) : revealDeclared.count(term) > 0;
                if (!afterReveal && names(text, term) && !disclosed(term, place))
                    warn(path, QStringLiteral("the rooms see '%1' here, before any inject meant to reveal it, "
                                              "and otherwise only the truth names it: does this give the hidden "
                                              "cause away? If it is meant, say so in truth.disclosed: "
                                              "{\"term\": \"%1\", \"in\": \"%2\"}")
                                   .arg(term, place));
            }
        };
        checkInjectText(in.subject, keyPath(p, "subject"));
        checkInjectText(in.body, keyPath(p, "body"));
        checkInjectText(in.script, keyPath(p, "script"));
        if (in.page) {
            checkInjectText(in.page->title, keyPath(keyPath(p, "page"), "title"));
            checkInjectText(in.page->body, keyPath(keyPath(p, "page"), "body"));
        }
    }
}

void Validator::checkDisclosures()
{
    const QString list = QStringLiteral("truth.disclosed");
    for (std::size_t i = 0; i < m_s.truth.disclosed.size(); ++i) {
        const Disclosure &d = m_s.truth.disclosed[i];
        const QString p = itemPath(list, i);
        if (d.term.trimmed().isEmpty())
            report(keyPath(p, "term"), QStringLiteral("empty term"));
        if (d.in.isEmpty())
            continue;
        const qsizetype colon = d.in.indexOf(QLatin1Char(':'));
        const QString kind = d.in.left(colon);
        const QString id = colon < 0 ? QString() : d.in.mid(colon + 1);
        const std::map<QString, std::pair<const IdSet *, QString>> kinds{
            {QStringLiteral("inject"), {&m_injects, QStringLiteral("inject")}},
            {QStringLiteral("site"), {&m_sites, QStringLiteral("site")}},
            {QStringLiteral("response"), {&m_responses, QStringLiteral("response")}},
            {QStringLiteral("room"), {&m_rooms, QStringLiteral("room")}},
            {QStringLiteral("persona"), {&m_personas, QStringLiteral("persona")}}};
        const auto it = colon < 0 ? kinds.end() : kinds.find(kind);
        if (it == kinds.end())
            report(keyPath(p, "in"), QStringLiteral("'in' is one of inject:ID, site:ID, response:ID, room:ID or "
                                                    "persona:ID, got '%1'")
                                         .arg(d.in));
        else
            checkRef(id, *it->second.first, it->second.second, keyPath(p, "in"));
    }
}

}  // namespace cd::scenario::detail
