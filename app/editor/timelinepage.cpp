#include "editor/timelinepage.h"

#include "editor/reach.h"
#include "editor/scenariodocument.h"
#include "editor/timelineview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cd::editor {

TimelinePage::TimelinePage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_timeline(new TimelineView(this)), m_roomLabel(new QLabel(this)),
      m_room(new QComboBox(this)), m_preview(new QListWidget(this))
{
    m_preview->setObjectName(QStringLiteral("roomPreview"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_timeline);
    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_roomLabel);
    row->addWidget(m_room, 1);
    bl->addLayout(row);
    bl->addWidget(m_preview);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_timeline, &TimelineView::injectClicked, this, &TimelinePage::injectActivated);
    connect(m_room, &QComboBox::currentIndexChanged, this, &TimelinePage::showPreview);
    connect(m_preview, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit injectActivated(item->data(Qt::UserRole).toInt()); });
    connect(m_document, &ScenarioDocument::changed, this, &TimelinePage::refresh);
    retranslateUi();
    refresh();
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelinePage::retranslateUi()
{
    m_roomLabel->setText(tr("What this room receives:"));
    showPreview();
}

void TimelinePage::setLanguage(const QString &lang)
{
    m_lang = lang;
    refresh();
}

void TimelinePage::refresh()
{
    const scenario::Scenario &s = m_document->scenario();
    m_timeline->setScenario(&s, m_lang);
    const QString current = m_room->currentData().toString();
    {
        const QSignalBlocker block(m_room);
        m_room->clear();
        for (const scenario::Room &r : s.rooms)
            m_room->addItem(QStringLiteral("%1 (%2)").arg(r.name.get(m_lang), r.id), r.id);
        const int i = m_room->findData(current);
        m_room->setCurrentIndex(i >= 0 ? i : 0);
    }
    showPreview();
}

void TimelinePage::showPreview()
{
    m_preview->clear();
    const scenario::Scenario &s = m_document->scenario();
    const QString room = m_room->currentData().toString();
    if (room.isEmpty())
        return;
    for (int i : receivedBy(s, room)) {
        const scenario::Inject &in = s.injects[i];
        const QString when = in.atMin ? scenario::formatOffset(*in.atMin) : tr("(condition)");
        const QString subject =
            in.channel == scenario::Channel::Web && in.page ? in.page->title.get(m_lang) : in.subject.get(m_lang);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3  %4").arg(when, scenario::toString(in.channel), in.id, subject), m_preview);
        item->setData(Qt::UserRole, i);
    }
    if (m_preview->count() == 0)
        m_preview->addItem(tr("Nothing reaches this room."));
}

}  // namespace cd::editor
