#pragma once
// The report's text, built block by block in AAR/IP order (doc.cpp: executive summary,
// overview, strengths and areas for improvement, appendices; docanalysis.cpp: the analysis of
// objectives and the figures behind it, participant feedback). Tables and figures are numbered
// as they are added. Every word goes through the bilingual table (strings.cpp), every party,
// sector and site is printed by name.

#include "report/doc.h"
#include "report/documents.h"
#include "report/strings.h"

#include <cmath>

namespace cd::report {

class Builder
{
public:
    explicit Builder(const Report &r);
    std::vector<Block> blocks;

    QString t(const char *key) const { return tr(m_lang, key); }
    QString t(const QByteArray &key) const { return tr(m_lang, key.constData()); }
    QString time(const std::optional<int> &m) const { return m ? timeText(m_r, *m) : QStringLiteral("-"); }
    QString num(const std::optional<int> &m) const { return m ? QString::number(*m) : QStringLiteral("-"); }
    QString room(const QString &id) const { return roomName(m_r.scenario, id, m_lang); }
    QString node(const QString &id) const { return nodeName(m_r.scenario, id, m_lang); }
    /// A room, persona, sector, site ("site:ID" or a site's path), role or control, by name.
    QString who(const QString &id) const;
    /// A comma-separated list of parties, by name.
    QString whoList(const QString &ids) const;
    QString status(const QString &s) const { return t(QByteArray("status." + s.toLatin1())); }
    QString w(const QString &value) const { return word(m_lang, value); }
    QString party(const QString &id) const { return id.startsWith(QLatin1String("role:")) ? w(id.mid(5)) : room(id); }
    QString theme(int theme) const { return t(QByteArray("theme." + QByteArray::number(theme))); }
    QString unit(const QString &u) const
    {
        return word(m_lang, QStringLiteral("unit.") + u).remove(QStringLiteral("unit."));
    }
    QString units(double v) const;
    QString hours(double v) const { return QString::number(v, 'f', 3); }
    QString hoursMap(const NodeHours &h) const;
    /// The words of a timeline row's `what` (message kinds, call states, verdicts) in the language.
    QString what(const TimelineRow &row) const;

    void h(Block::Kind k, const QString &text);
    void p(const QString &text) { blocks.push_back({Block::Kind::Paragraph, text, {}, {}}); }
    void list(const QStringList &items) { blocks.push_back({Block::Kind::List, {}, items, {}}); }
    /// A numbered table captioned with the heading it is under (or `caption`).
    void table(const QStringList &header, std::vector<QStringList> rows, const QString &caption = {});
    /// A numbered figure.
    void chart(const QString &name, const QString &caption);

    /// Whether the cause was hidden from the players (sections on its discovery make sense):
    /// not for a tabletop exercise in which nobody submitted a hypothesis.
    bool causeHidden() const;
    /// The applicable expectations (not "na") and how many of them were met.
    std::pair<int, int> expectedMet() const;
    QStringList strengths() const;
    /// Areas for improvement, the most important first (breaches, knowledge that never arrived,
    /// missed flows, missed actions).
    QStringList improvements() const;

    void summary();
    void overview();
    void analysis();
    void objectives();
    void injectsAndActions();
    void informationSharing();
    void causeDiscovery();
    void model();
    void feedback();
    void strengthsSection();
    void plan();
    void participants();
    void timeline();
    void roomTimelines();

    const Report &m_r;
    QString m_lang;

private:
    QString m_lastHeading;
    int m_tables = 0;
    int m_figures = 0;
};

}  // namespace cd::report
