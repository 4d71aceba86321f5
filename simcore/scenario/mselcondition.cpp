#include "scenario/mselcondition.h"

#include "scenario/json.h"
#include "scenario/scenario.h"

#include <QJsonArray>

namespace cd::scenario::msel {

namespace {

const QLatin1String kLeaves[] = {QLatin1String("breach"), QLatin1String("fired"), QLatin1String("met"),
                                 QLatin1String("missed"), QLatin1String("response")};

std::optional<QString> expression(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject c = v.toObject();
    if (c.size() == 2 && c.value(QLatin1String("node")).isString() && c.value(QLatin1String("q_ge")).isDouble())
        return QStringLiteral("%1 q>=%2")
            .arg(c.value(QLatin1String("node")).toString(),
                 QString::fromLatin1(json::formatNumber(c.value(QLatin1String("q_ge")).toDouble())));
    for (const QLatin1String leaf : kLeaves) {
        if (!c.value(leaf).isString())
            continue;
        QString text = QString(leaf) + QLatin1Char(' ') + c.value(leaf).toString();
        if (leaf == QLatin1String("fired") && c.size() == 2 && c.value(QLatin1String("plus")).isString())
            return text + QLatin1Char(' ') + c.value(QLatin1String("plus")).toString();
        return c.size() == 1 ? std::optional<QString>(text) : std::nullopt;
    }
    if (c.size() != 1)
        return std::nullopt;
    if (c.contains(QLatin1String("not"))) {
        const auto inner = expression(c.value(QLatin1String("not")));
        return inner ? std::optional<QString>(QStringLiteral("not(%1)").arg(*inner)) : std::nullopt;
    }
    for (const QLatin1String group : {QLatin1String("all"), QLatin1String("any")}) {
        if (!c.value(group).isArray())
            continue;
        QStringList items;
        for (const QJsonValue &item : c.value(group).toArray()) {
            const auto text = expression(item);
            if (!text)
                return std::nullopt;
            items << *text;
        }
        return QStringLiteral("%1(%2)").arg(group, items.join(QLatin1String("; ")));
    }
    return std::nullopt;
}

/// A recursive-descent reader of a condition cell.
class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) {}

    std::optional<QJsonObject> cell()
    {
        QJsonObject out;
        if (keyword("by")) {
            if (!keyword("hand"))
                return fail(QStringLiteral("expected 'by hand'"));
            out.insert(QStringLiteral("contingency"), true);
            symbol(QLatin1Char(','));
            keyword("or");
        }
        if (keyword("when")) {
            const auto when = condition();
            if (!when)
                return std::nullopt;
            out.insert(QStringLiteral("when"), *when);
            if (keyword("delay")) {
                const auto delay = offset();
                if (!delay)
                    return fail(QStringLiteral("expected a delay like +00:10"));
                out.insert(QStringLiteral("delay"), *delay);
            }
        }
        skipSpace();
        if (m_pos < m_text.size())
            return fail(out.isEmpty() ? QStringLiteral("expected 'by hand' or 'when ...'")
                                      : QStringLiteral("unexpected '%1'").arg(m_text.mid(m_pos)));
        return out;
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 (at character %2)").arg(message).arg(m_pos + 1);
        return std::nullopt;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    bool symbol(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    /// The next word (up to a space or one of "();,"), without consuming it.
    QString peekWord()
    {
        skipSpace();
        qsizetype end = m_pos;
        while (end < m_text.size() && !m_text[end].isSpace() && !QStringLiteral("();,").contains(m_text[end]))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }

    QString word()
    {
        const QString w = peekWord();
        m_pos += w.size();
        return w;
    }

    bool keyword(const char *k)
    {
        if (peekWord().compare(QLatin1String(k), Qt::CaseInsensitive) != 0)
            return false;
        word();
        return true;
    }

    std::optional<QString> offset()
    {
        const auto minutes = parseOffset(peekWord());
        if (!minutes)
            return std::nullopt;
        word();
        return formatOffset(*minutes);
    }

    std::optional<QJsonObject> condition()
    {
        for (const char *group : {"all", "any"}) {
            if (!keyword(group))
                continue;
            if (!symbol(QLatin1Char('(')))
                return fail(QStringLiteral("expected '(' after '%1'").arg(QLatin1String(group)));
            QJsonArray items;
            do {
                const auto item = condition();
                if (!item)
                    return std::nullopt;
                items.append(*item);
            } while (symbol(QLatin1Char(';')));
            if (!symbol(QLatin1Char(')')))
                return fail(QStringLiteral("expected ';' or ')'"));
            return QJsonObject{{QLatin1String(group), items}};
        }
        if (keyword("not")) {
            if (!symbol(QLatin1Char('(')))
                return fail(QStringLiteral("expected '(' after 'not'"));
            const auto inner = condition();
            if (!inner)
                return std::nullopt;
            if (!symbol(QLatin1Char(')')))
                return fail(QStringLiteral("expected ')'"));
            return QJsonObject{{QStringLiteral("not"), *inner}};
        }
        for (const QLatin1String leaf : kLeaves) {
            if (!keyword(leaf.data()))
                continue;
            const QString id = word();
            if (id.isEmpty())
                return fail(QStringLiteral("expected an id after '%1'").arg(leaf));
            QJsonObject c{{leaf, id}};
            if (leaf == QLatin1String("fired"))
                if (const auto plus = offset())
                    c.insert(QStringLiteral("plus"), *plus);
            return c;
        }
        return nodeCondition();
    }

    std::optional<QJsonObject> nodeCondition()
    {
        const QString node = word();
        if (node.isEmpty())
            return fail(QStringLiteral("expected a condition: NODE q>=X, breach, fired, met, missed, response, "
                                       "all(...), any(...) or not(...)"));
        QString q = word();
        // "power q>=0.5" or "power q >= 0.5" (and ≥ for >=).
        q.replace(QChar(0x2265), QLatin1String(">="));
        if (q.compare(QLatin1String("q"), Qt::CaseInsensitive) == 0)
            q += word();
        if (q.compare(QLatin1String("q>="), Qt::CaseInsensitive) == 0 ||
            q.compare(QLatin1String("q"), Qt::CaseInsensitive) == 0)
            q += word();
        if (!q.startsWith(QLatin1String("q>="), Qt::CaseInsensitive))
            return fail(QStringLiteral("expected 'q>=' after '%1'").arg(node));
        bool ok = false;
        const double x = q.mid(3).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("expected a number after 'q>='"));
        return QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("q_ge"), x}};
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

}  // namespace

std::optional<QJsonObject> parseConditionCell(const QString &cell, QString *error)
{
    Reader reader(cell);
    auto out = reader.cell();
    if (!out && error)
        *error = reader.error();
    return out;
}

std::optional<QString> conditionCell(const QJsonObject &inject)
{
    QJsonObject keys;
    for (const char *key : {"when", "delay", "contingency"})
        if (inject.contains(QLatin1String(key)))
            keys.insert(QLatin1String(key), inject.value(QLatin1String(key)));
    if (keys.isEmpty())
        return QString();
    QStringList parts;
    if (keys.value(QLatin1String("contingency")) == QJsonValue(true))
        parts << QStringLiteral("by hand");
    if (keys.contains(QLatin1String("when"))) {
        const auto when = expression(keys.value(QLatin1String("when")));
        if (!when)
            return std::nullopt;
        QString text = (parts.isEmpty() ? QStringLiteral("when ") : QStringLiteral("or when ")) + *when;
        if (keys.value(QLatin1String("delay")).isString())
            text += QStringLiteral(" delay ") + keys.value(QLatin1String("delay")).toString();
        parts << text;
    }
    const QString cell = parts.join(QLatin1String(", "));
    // Only what reads back exactly leaves details: the round trip stays lossless.
    QString ignored;
    const auto back = parseConditionCell(cell, &ignored);
    if (!back || *back != keys)
        return std::nullopt;
    return cell;
}

}  // namespace cd::scenario::msel
