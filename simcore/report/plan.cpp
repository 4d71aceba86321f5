#include "report/plan.h"

#include "report/documents.h"
#include "report/strings.h"
#include "store/eventlog.h"
#include "store/sqlite.h"

namespace cd::report {

struct PlanStore::Impl
{
    store::Database db;
};

PlanStore::PlanStore(const QString &path, bool readOnly)
    : m_impl(new Impl{readOnly ? store::readOnlyConnection(path) : store::Database(path, false)})
{
    m_impl->db.exec("PRAGMA busy_timeout = 5000");
}

PlanStore::~PlanStore()
{
    delete m_impl;
}

std::optional<std::vector<PlanItem>> PlanStore::load()
{
    if (m_impl->db.pragmaInt("SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'improvement_plan')") < 2)
        return std::nullopt;  // a reader's unmigrated file from before v3
    {
        store::Statement saved(m_impl->db, "SELECT value FROM meta WHERE key = 'plan_saved'");
        if (!saved.step())
            return std::nullopt;
    }
    std::vector<PlanItem> out;
    // A reader does not migrate: a file from before schema v6 has no status column (all open).
    const bool hasStatus =
        m_impl->db.pragmaInt("SELECT count(*) FROM pragma_table_info('improvement_plan') WHERE name = 'status'") > 0;
    store::Statement st(m_impl->db, hasStatus
                                        ? "SELECT id, issue, corrective_action, capability, organisation, contact, "
                                          "start, completion, source, status FROM improvement_plan "
                                          "ORDER BY position, id"
                                        : "SELECT id, issue, corrective_action, capability, organisation, contact, "
                                          "start, completion, source, 'open' FROM improvement_plan "
                                          "ORDER BY position, id");
    while (st.step())
        out.push_back({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                       st.columnText(5), st.columnText(6), st.columnText(7), st.columnText(8), st.columnText(9)});
    return out;
}

void PlanStore::save(std::vector<PlanItem> &items)
{
    if (m_impl->db.pragmaInt("SELECT count(*) FROM pragma_table_info('improvement_plan') WHERE name = 'status'") == 0)
        throw store::Error(QStringLiteral("this exercise database was written by an older CrossDrill; open it in the "
                                          "console once (File > Open) to bring it up to date, then edit its plan"));
    store::Transaction tx(m_impl->db);
    m_impl->db.exec("DELETE FROM improvement_plan");
    store::Statement ins(m_impl->db,
                         "INSERT INTO improvement_plan(position, issue, corrective_action, capability, organisation, "
                         "contact, start, completion, source, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    qint64 position = 0;
    for (PlanItem &p : items) {
        ins.bind(1, position++)
            .bind(2, p.issue)
            .bind(3, p.correctiveAction)
            .bind(4, p.capability)
            .bind(5, p.organisation)
            .bind(6, p.contact)
            .bind(7, p.start)
            .bind(8, p.completion)
            .bind(9, p.source)
            .bind(10, p.status.isEmpty() ? QStringLiteral("open") : p.status)
            .run();
        p.id = m_impl->db.pragmaInt("SELECT last_insert_rowid()");
    }
    m_impl->db.exec("INSERT INTO meta(key, value) VALUES ('plan_saved', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    tx.commit();
}

std::vector<PlanItem> seedPlan(const Report &r)
{
    const QString &lang = r.lang;
    std::vector<PlanItem> out;
    for (const ExpectedRow &x : r.expected) {
        if (x.status != QLatin1String("missed"))
            continue;
        PlanItem p;
        p.issue = tr(lang, "plan.expected")
                      .arg(roomName(r.scenario, x.room, lang), word(lang, x.action),
                           x.to.isEmpty() ? QString() : roomName(r.scenario, x.to, lang), x.inject);
        p.correctiveAction = tr(lang, "plan.review_procedure");
        p.capability = tr(lang, QStringLiteral("theme.%1").arg(x.theme).toLatin1().constData());
        p.organisation = roomName(r.scenario, x.room, lang);
        p.source = x.id;
        out.push_back(p);
    }
    for (const FlowRow &f : r.flows) {
        if (f.status != QLatin1String("missed"))
            continue;
        PlanItem p;
        const auto party = [&](const QString &id) {
            return id.startsWith(QLatin1String("role:")) ? word(lang, id.mid(5)) : roomName(r.scenario, id, lang);
        };
        p.issue = tr(lang, "plan.flow").arg(word(lang, f.kind), party(f.from), party(f.to));
        p.correctiveAction = tr(lang, "plan.review_contacts");
        p.capability = tr(lang, QStringLiteral("theme.%1").arg(f.theme).toLatin1().constData());
        p.organisation = party(f.from);
        p.source = f.id;
        out.push_back(p);
    }
    for (const BreachRow &b : r.breaches) {
        PlanItem p;
        p.issue = tr(lang, "plan.breach").arg(nodeName(r.scenario, b.node, lang), timeText(r, b.atMin));
        p.correctiveAction = tr(lang, "plan.review_continuity");
        p.capability = tr(lang, "theme.4");
        QStringList operators;  // the sector's own operators own its continuity
        for (const scenario::Room &room : r.scenario.rooms)
            if (room.role == scenario::Role::Operator && (room.sector == b.node || room.sectors.contains(b.node)))
                operators << roomName(r.scenario, room.id, lang);
        p.organisation = operators.join(QStringLiteral(", "));
        p.source = QStringLiteral("breach:") + b.node;
        out.push_back(p);
    }
    return out;
}

}  // namespace cd::report
