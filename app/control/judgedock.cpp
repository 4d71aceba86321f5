#include "control/judgedock.h"

#include "control/controlsession.h"
#include "exercise/payloads.h"
#include "views/eventtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::gui {

using exercise::Kind;
using exercise::kindOf;

namespace {
constexpr int kJudgedRoomRole = Qt::UserRole + 1;  ///< a hypothesis row's room id
QTreeWidget *tree(QWidget *parent, const char *name)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setRootIsDecorated(false);
    t->header()->setStretchLastSection(true);
    return t;
}
QTreeWidgetItem *findItem(QTreeWidget *t, const QString &id)
{
    for (int i = 0; i < t->topLevelItemCount(); ++i)
        if (t->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return t->topLevelItem(i);
    return nullptr;
}
}  // namespace

JudgeDock::JudgeDock(ControlSession &session, QWidget *parent)
    : QDockWidget(parent), m_session(session), m_hypotheses(tree(this, "hypothesesTree")),
      m_requests(tree(this, "requestsTree")), m_correct(new QPushButton(this)), m_partial(new QPushButton(this)),
      m_wrong(new QPushButton(this)), m_approve(new QPushButton(this)), m_decline(new QPushButton(this))
{
    setObjectName(QStringLiteral("judgeDock"));
    m_hypotheses->setColumnCount(4);
    m_requests->setColumnCount(4);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    connect(m_correct, &QPushButton::clicked, this, [this] { judge(QStringLiteral("correct")); });
    connect(m_partial, &QPushButton::clicked, this, [this] { judge(QStringLiteral("partial")); });
    connect(m_wrong, &QPushButton::clicked, this, [this] { judge(QStringLiteral("wrong")); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    connect(&session, &ControlSession::eventCommitted, this, &JudgeDock::addEvent);
    connect(m_hypotheses, &QTreeWidget::currentItemChanged, this, &JudgeDock::updateButtons);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hypotheses, 1);
    auto *judgeRow = new QHBoxLayout;
    judgeRow->addWidget(m_correct);
    judgeRow->addWidget(m_partial);
    judgeRow->addWidget(m_wrong);
    judgeRow->addStretch(1);
    layout->addLayout(judgeRow);
    layout->addWidget(m_requests, 1);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_decline);
    decideRow->addStretch(1);
    layout->addLayout(decideRow);
    setWidget(body);
    retranslateUi();
    updateButtons();
}

JudgeDock::~JudgeDock() = default;

void JudgeDock::retranslateUi()
{
    setWindowTitle(tr("Hypotheses and requests"));
    m_hypotheses->setHeaderLabels({tr("Time"), tr("Room"), tr("Verdict"), tr("Hypothesis")});
    m_requests->setHeaderLabels({tr("Time"), tr("Room"), tr("State"), tr("Response")});
    m_correct->setText(tr("Correct"));
    m_partial->setText(tr("Partly correct"));
    m_wrong->setText(tr("Wrong"));
    m_approve->setText(tr("Approve"));
    m_decline->setText(tr("Decline"));
}

void JudgeDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void JudgeDock::addEvent(const exercise::Event &e)
{
    const QString lang = uiLanguage();
    const scenario::Scenario &s = m_session.scenario();
    const auto roomName = [&](const QString &id) {
        const scenario::Room *r = s.room(id);
        return r ? r->name.get(lang) : id;
    };
    const Kind kind = kindOf(e);
    if (kind == Kind::HypothesisSubmitted) {
        const exercise::HypothesisPayload h = exercise::HypothesisPayload::fromJson(e.payload);
        auto *item = new QTreeWidgetItem(m_hypotheses, {clockText(e.minute, s.meta.start), roomName(h.room),
                                                        QStringLiteral("—"), payloadText(h.text, lang)});
        item->setData(0, Qt::UserRole, h.hypothesis);
        item->setData(0, kJudgedRoomRole, h.room);
        m_hypotheses->setCurrentItem(item);
    } else if (kind == Kind::HypothesisJudged) {
        // The session's control view has folded the event already (exercise/controlview.h).
        const QString id = exercise::HypothesisPayload::fromJson(e.payload).hypothesis;
        const exercise::HypothesisState *h = m_session.control().hypothesis(id);
        if (QTreeWidgetItem *item = h ? findItem(m_hypotheses, id) : nullptr)
            item->setText(2, verdictText(h->verdict));
    } else if (const exercise::RequestState *q =
                   exercise::requestStatusOf(kind)
                       ? m_session.control().request(exercise::RequestPayload::fromJson(e.payload).request)
                       : nullptr) {
        QTreeWidgetItem *item = findItem(m_requests, q->id);
        if (!item) {
            const scenario::Response *r = s.response(q->response);
            item = new QTreeWidgetItem(m_requests, {clockText(e.minute, s.meta.start), roomName(q->room), QString(),
                                                    r ? r->name.get(lang) : q->response});
            item->setData(0, Qt::UserRole, q->id);
            m_requests->setCurrentItem(item);
        }
        item->setText(2, requestStateText(exercise::requestStatusName(q->status)));
    }
}

void JudgeDock::updateButtons()
{
    // The same rule the server applies to a seat's judgement (exercise/seats.h), so an enabled
    // button is never refused for the role.
    const QTreeWidgetItem *item = m_hypotheses->currentItem();
    const bool judges = item && m_session.mayJudge(item->data(0, kJudgedRoomRole).toString());
    for (QPushButton *b : {m_correct, m_partial, m_wrong})
        b->setEnabled(judges);
    for (QPushButton *b : {m_approve, m_decline})
        b->setEnabled(m_session.mayDirect());
}

void JudgeDock::judge(const QString &verdict)
{
    if (const QTreeWidgetItem *item = m_correct->isEnabled() ? m_hypotheses->currentItem() : nullptr)
        m_session.act(exercise::action(exercise::Verb::Judge,
                                       {{QStringLiteral("hypothesis"), item->data(0, Qt::UserRole).toString()},
                                        {QStringLiteral("verdict"), verdict}}));
}

void JudgeDock::decide(bool approve)
{
    if (const QTreeWidgetItem *item = m_requests->currentItem())
        m_session.act(exercise::action(approve ? exercise::Verb::Approve : exercise::Verb::Decline,
                                       {{QStringLiteral("request"), item->data(0, Qt::UserRole).toString()}}));
}

}  // namespace cd::gui
