#include "room/playpanel.h"

#include "exercise/roomendpoint.h"
#include "room/surveyform.h"
#include "views/eventtext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::gui {

namespace {
QTreeWidget *makeTree(QWidget *parent, int columns)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setColumnCount(columns);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}
}  // namespace

PlayPanel::PlayPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory, QWidget *parent)
    : QWidget(parent), m_endpoint(endpoint), m_directory(directory), m_statusBox(new QGroupBox(this)),
      m_status(makeTree(m_statusBox, 3)), m_hypothesisBox(new QGroupBox(this)),
      m_hypotheses(makeTree(m_hypothesisBox, 3)), m_hypothesisEdit(new QPlainTextEdit(m_hypothesisBox)),
      m_submit(new QPushButton(m_hypothesisBox)), m_responseBox(new QGroupBox(this)),
      m_responses(makeTree(m_responseBox, 2)), m_request(new QPushButton(m_responseBox)),
      m_survey(new SurveyForm(directory, this))
{
    m_status->setObjectName(QStringLiteral("statusTree"));
    m_hypotheses->setObjectName(QStringLiteral("hypothesisTree"));
    m_hypothesisEdit->setObjectName(QStringLiteral("hypothesisEdit"));
    m_hypothesisEdit->setMaximumHeight(80);
    m_submit->setObjectName(QStringLiteral("submitHypothesisButton"));
    m_responses->setObjectName(QStringLiteral("responseTree"));
    m_request->setObjectName(QStringLiteral("requestButton"));
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const QString text = m_hypothesisEdit->toPlainText().trimmed();
        if (!text.isEmpty() && m_readOnly.isEmpty()) {
            m_endpoint.submitHypothesis(text);
            m_hypothesisEdit->clear();
        }
    });
    for (const exercise::RoomDirectory::Response &r : m_directory.responses) {
        auto *item = new QTreeWidgetItem(m_responses);
        item->setData(0, Qt::UserRole, r.id);
    }
    connect(m_request, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_responses->currentItem(); item && m_readOnly.isEmpty())
            m_endpoint.requestResponse(item->data(0, Qt::UserRole).toString());
    });
    connect(m_survey, &SurveyForm::sendRequested, this, [this](const QJsonObject &answers) {
        if (m_readOnly.isEmpty())
            m_endpoint.answerSurvey(answers);
    });
    // The survey scrolls on a small screen rather than squeezing its questions.
    m_surveyScroll = new QScrollArea(this);
    m_surveyScroll->setObjectName(QStringLiteral("surveyScroll"));
    m_surveyScroll->setWidgetResizable(true);
    m_surveyScroll->setFrameShape(QFrame::NoFrame);
    m_surveyScroll->setWidget(m_survey);
    m_surveyScroll->hide();

    (new QVBoxLayout(m_statusBox))->addWidget(m_status);
    auto *hyp = new QVBoxLayout(m_hypothesisBox);
    hyp->addWidget(m_hypotheses, 1);
    auto *hypRow = new QHBoxLayout;
    hypRow->addWidget(m_hypothesisEdit, 1);
    hypRow->addWidget(m_submit);
    hyp->addLayout(hypRow);
    auto *resp = new QVBoxLayout(m_responseBox);
    resp->addWidget(m_responses, 1);
    resp->addWidget(m_request, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_surveyScroll, 3);
    layout->addWidget(m_statusBox, 1);
    layout->addWidget(m_hypothesisBox, 2);
    layout->addWidget(m_responseBox, 1);
    retranslateUi();
}

PlayPanel::~PlayPanel() = default;

QString PlayPanel::labelText(const QString &label) const
{
    if (label == QLatin1String("ok"))
        return tr("Normal");
    if (label == QLatin1String("degraded"))
        return tr("Degraded");
    if (label == QLatin1String("down"))
        return tr("Down");
    if (label == QLatin1String("breach"))
        return tr("Verification level breached");
    return label;
}

void PlayPanel::retranslateUi()
{
    const QString lang = uiLanguage();
    m_statusBox->setTitle(tr("Our service status"));
    m_status->setHeaderLabels({tr("Sector"), tr("Status"), tr("Since")});
    for (auto &[node, item] : m_statusItems) {
        item->setText(0, sectorName(node));
        item->setText(1, labelText(item->data(1, Qt::UserRole).toString()));
    }
    m_hypothesisBox->setTitle(tr("Hypotheses about the cause"));
    m_hypotheses->setHeaderLabels({tr("Time"), tr("Verdict"), tr("Hypothesis")});
    for (auto &[id, item] : m_hypothesisItems)
        item->setText(1, verdictText(item->data(1, Qt::UserRole).toString()));
    m_hypothesisEdit->setPlaceholderText(tr("What do you think is causing this?"));
    m_submit->setText(tr("Submit hypothesis"));
    m_responseBox->setTitle(tr("Responses we may request"));
    m_responses->setHeaderLabels({tr("Response"), tr("State")});
    for (int i = 0; i < m_responses->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_responses->topLevelItem(i);
        const exercise::RoomDirectory::Response &r = m_directory.responses[size_t(i)];
        item->setText(0, r.needsApproval ? tr("%1 (needs control approval)").arg(r.name.get(lang)) : r.name.get(lang));
        item->setText(1, requestStateText(item->data(1, Qt::UserRole).toString()));
    }
    m_request->setText(tr("Request selected response"));
    if (m_ended) {
        const QString why = tr("The exercise has ended: only the survey remains.");
        for (QWidget *w : std::initializer_list<QWidget *>{m_hypothesisEdit, m_submit, m_request})
            w->setToolTip(why);
        m_hypothesisEdit->setPlaceholderText(why);
    }
    if (!m_readOnly.isEmpty()) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_hypothesisEdit, m_submit, m_request})
            w->setToolTip(m_readOnly);
        m_hypothesisEdit->setPlaceholderText(m_readOnly);
    }
    m_survey->retranslateUi();
}

QString PlayPanel::sectorName(const QString &node) const
{
    for (const exercise::RoomDirectory::Party &sector : m_directory.sectors)
        if (sector.id == node)
            return sector.name.get(uiLanguage());
    return node;
}

void PlayPanel::setEnded()
{
    m_ended = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_hypothesisEdit, m_submit, m_request})
        w->setEnabled(false);
    retranslateUi();
}

void PlayPanel::setReadOnly(const QString &why)
{
    m_readOnly = why;
    for (QWidget *w : std::initializer_list<QWidget *>{m_hypothesisEdit, m_submit, m_request})
        w->setEnabled(false);
    m_survey->setReadOnly(why);
    retranslateUi();
}

void PlayPanel::update(const exercise::RoomView::Change &change)
{
    if (const exercise::SectorStatus *status = change.status) {
        QTreeWidgetItem *&item = m_statusItems[status->node];
        if (!item) {
            item = new QTreeWidgetItem(m_status);
            item->setData(0, Qt::UserRole, status->node);
            item->setText(0, sectorName(status->node));
        }
        item->setData(1, Qt::UserRole, status->label);
        item->setText(1, labelText(status->label));
        item->setText(2, clockText(status->minute, m_directory.start));
        const bool bad = status->label != QLatin1String("ok");
        item->setForeground(1, bad ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
    } else if (const exercise::RoomHypothesis *h = change.hypothesis) {
        QTreeWidgetItem *&item = m_hypothesisItems[h->id];
        if (!item) {
            item = new QTreeWidgetItem(m_hypotheses);
            item->setText(0, clockText(h->minute, m_directory.start));
            item->setText(1, verdictText({}));
            item->setText(2, payloadText(h->text, uiLanguage()));
        } else {
            item->setData(1, Qt::UserRole, h->verdict);
            item->setText(1, verdictText(h->verdict));
        }
    } else if (const exercise::RequestState *r = change.request) {
        const QString state = exercise::requestStatusName(r->status);
        for (int i = 0; i < m_responses->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_responses->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == r->response) {
                item->setData(1, Qt::UserRole, state);
                item->setText(1, requestStateText(state));
            }
        }
    } else if (change.ended) {
        if (!m_directory.survey.empty()) {
            m_surveyScroll->show();
            emit surveyOpened();
        }
    } else if (change.surveySent) {
        m_survey->setSent();
    }
}

}  // namespace cd::gui
