#include "editor/metapage.h"

#include "editor/commands/setallowedchannelscommand.h"
#include "editor/commands/setmetacommand.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace cd::editor {

namespace {
constexpr scenario::Channel kChannels[3] = {scenario::Channel::Mail, scenario::Channel::Phone, scenario::Channel::Web};
}  // namespace

MetaPage::MetaPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(new QLineEdit(this)), m_title(new TextPairEdit(false, this)),
      m_summary(new TextPairEdit(true, this)), m_kind(new QComboBox(this)), m_start(new QLineEdit(this)),
      m_duration(new QLineEdit(this)), m_step(new QSpinBox(this))
{
    m_id->setObjectName(QStringLiteral("metaId"));
    m_step->setRange(1, 60);
    m_kind->addItem(scenario::toString(scenario::ExerciseKind::Functional), int(scenario::ExerciseKind::Functional));
    m_kind->addItem(scenario::toString(scenario::ExerciseKind::Tabletop), int(scenario::ExerciseKind::Tabletop));
    auto *form = new QFormLayout(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_title, m_summary, m_kind, m_start, m_duration, m_step}) {
        auto *label = new QLabel(this);
        m_labels << label;
        form->addRow(label, w);
    }
    auto *channels = new QWidget(this);
    auto *channelRow = new QHBoxLayout(channels);
    channelRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_channels[i] = new QCheckBox(channels);
        m_channels[i]->setObjectName(QStringLiteral("metaChannel_") + scenario::toString(kChannels[i]));
        channelRow->addWidget(m_channels[i]);
        connect(m_channels[i], &QCheckBox::clicked, this, &MetaPage::commitChannels);
    }
    channelRow->addStretch(1);
    auto *channelLabel = new QLabel(this);
    m_labels << channelLabel;
    form->addRow(channelLabel, channels);
    for (QLineEdit *e : {m_id, m_start, m_duration})
        connect(e, &QLineEdit::editingFinished, this, &MetaPage::commit);
    connect(m_title, &TextPairEdit::edited, this, &MetaPage::commit);
    connect(m_summary, &TextPairEdit::edited, this, &MetaPage::commit);
    connect(m_kind, &QComboBox::activated, this, &MetaPage::commit);
    connect(m_step, &QSpinBox::editingFinished, this, &MetaPage::commit);
    connect(m_document, &ScenarioDocument::changed, this, &MetaPage::refresh);
    retranslateUi();
    refresh();
}

void MetaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetaPage::retranslateUi()
{
    const QStringList labels{tr("Id"),          tr("Title"),    tr("Summary"),          tr("Kind"),
                             tr("Clock start"), tr("Duration"), tr("Model step (min)"), tr("Allowed channels")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_start->setPlaceholderText(tr("HH:MM, the clock time at the exercise start"));
    m_duration->setPlaceholderText(tr("+HH:MM"));
    m_channels[0]->setText(tr("Mail"));
    m_channels[1]->setText(tr("Phone"));
    m_channels[2]->setText(tr("Web"));
    for (QCheckBox *box : m_channels)
        box->setToolTip(tr("The channels this exercise allows (meta.channels). Injects, player actions and "
                           "persona calls on another channel are errors, and rooms do not show it."));
    m_title->retranslateUi();
    m_summary->retranslateUi();
}

void MetaPage::refresh()
{
    const scenario::Meta &m = m_document->scenario().meta;
    m_showing = true;
    m_id->setText(m.id);
    m_title->setText(m.title);
    m_summary->setText(m.summary);
    m_kind->setCurrentIndex(m_kind->findData(int(m.kind)));
    m_start->setText(m.start);
    m_duration->setText(scenario::formatOffset(m.durationMin));
    m_step->setValue(m.stepMin);
    for (int i = 0; i < 3; ++i)
        m_channels[i]->setChecked(m.allows(kChannels[i]));
    m_showing = false;
}

void MetaPage::commit()
{
    if (m_showing)
        return;
    const scenario::Meta &before = m_document->scenario().meta;
    scenario::Meta m = before;
    m.id = m_id->text().trimmed();
    m.title = m_title->text();
    m.summary = m_summary->text();
    m.kind = scenario::ExerciseKind(m_kind->currentData().toInt());
    m.start = m_start->text().trimmed();
    m.durationMin = scenario::parseOffset(m_duration->text().trimmed()).value_or(before.durationMin);
    m.stepMin = m_step->value();
    if (!(m == before))
        m_document->undoStack()->push(new SetMetaCommand(m_document, m));
    else
        refresh();
}

void MetaPage::commitChannels()
{
    if (m_showing)
        return;
    std::vector<scenario::Channel> allowed;
    for (int i = 0; i < 3; ++i)
        if (m_channels[i]->isChecked())
            allowed.push_back(kChannels[i]);
    if (allowed.empty()) {  // an exercise needs a channel: the last box stays checked
        refresh();
        return;
    }
    if (allowed.size() == 3)
        allowed.clear();  // all three: the key is left out (the default)
    if (allowed != m_document->scenario().meta.channels)
        m_document->undoStack()->push(new SetAllowedChannelsCommand(m_document, allowed));
}

}  // namespace cd::editor
