#include "editor/channelspage.h"

#include "editor/commands/setchannelscommand.h"
#include "editor/formfields.h"
#include "editor/scenariodocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::editor {

namespace {
std::optional<scenario::ChannelRealism> &realism(scenario::Channels &c, const QString &name)
{
    return name == QLatin1String("mail") ? c.mail : name == QLatin1String("phone") ? c.phone : c.web;
}
}  // namespace

ChannelsPage::ChannelsPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_intro(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    for (const char *name : {"mail", "phone", "web"}) {
        Row row{QLatin1String(name), new QGroupBox(this), nullptr, nullptr, nullptr, {}};
        row.box->setObjectName(QStringLiteral("channel_") + row.name);
        row.box->setCheckable(true);
        row.node = new QComboBox(row.box);
        row.downAtQ = new QLineEdit(row.box);
        row.delay = new QLineEdit(row.box);
        row.node->setObjectName(row.box->objectName() + QStringLiteral("_node"));
        row.downAtQ->setObjectName(row.box->objectName() + QStringLiteral("_down_at_q"));
        row.delay->setObjectName(row.box->objectName() + QStringLiteral("_delay_min_per_q"));
        auto *form = new QFormLayout(row.box);
        for (QWidget *w : std::initializer_list<QWidget *>{row.node, row.downAtQ, row.delay}) {
            auto *label = new QLabel(row.box);
            row.labels << label;
            form->addRow(label, w);
        }
        connect(row.box, &QGroupBox::toggled, this, &ChannelsPage::commit);
        connect(row.node, &QComboBox::activated, this, &ChannelsPage::commit);
        connect(row.downAtQ, &QLineEdit::editingFinished, this, &ChannelsPage::commit);
        connect(row.delay, &QLineEdit::editingFinished, this, &ChannelsPage::commit);
        layout->addWidget(row.box);
        m_rows << row;
    }
    layout->addStretch();
    connect(m_document, &ScenarioDocument::changed, this, &ChannelsPage::refresh);
    retranslateUi();
    refresh();
}

void ChannelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChannelsPage::retranslateUi()
{
    m_intro->setText(tr("Optional realism: a channel fails or slows as the model degrades the node it runs on "
                        "(q is the node's degradation, 0 to 1). Leave a channel unticked for a channel that "
                        "always works."));
    const QStringList titles{tr("Mail"), tr("Phone"), tr("Web")};
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        row.box->setTitle(titles[i]);
        row.labels[0]->setText(tr("Runs on node"));
        row.labels[1]->setText(tr("Fails when q ≥"));
        row.labels[2]->setText(tr("Delay (min per unit of q)"));
        row.downAtQ->setPlaceholderText(tr("empty: never fails"));
        row.delay->setPlaceholderText(tr("empty: no delay"));
    }
}

void ChannelsPage::refresh()
{
    scenario::Channels channels = m_document->scenario().channels;
    m_showing = true;
    for (Row &row : m_rows) {
        const std::optional<scenario::ChannelRealism> &r = realism(channels, row.name);
        row.box->setChecked(r.has_value());
        fields::fillIds(row.node, fields::nodeIds(m_document->scenario()), r ? r->node : QString());
        row.downAtQ->setText(r ? fields::formatNumber(r->downAtQ) : QString());
        row.delay->setText(r ? fields::formatNumber(r->delayMinPerQ) : QString());
    }
    m_showing = false;
}

void ChannelsPage::commit()
{
    if (m_showing)
        return;
    const scenario::Channels &before = m_document->scenario().channels;
    scenario::Channels channels = before;
    for (const Row &row : std::as_const(m_rows)) {
        std::optional<scenario::ChannelRealism> &r = realism(channels, row.name);
        if (!row.box->isChecked()) {
            r.reset();
            continue;
        }
        scenario::ChannelRealism c = r.value_or(scenario::ChannelRealism{});
        c.node = row.node->currentData().toString();
        if (c.node.isEmpty() && row.node->count() > 0)
            c.node = row.node->itemData(0).toString();
        const QString q = row.downAtQ->text().trimmed(), d = row.delay->text().trimmed();
        if (q.isEmpty() || fields::parseNumber(q))
            c.downAtQ = fields::parseNumber(q);
        if (d.isEmpty() || fields::parseNumber(d))
            c.delayMinPerQ = fields::parseNumber(d);
        r = c;
    }
    if (channels == before)
        refresh();  // e.g. a number that did not parse: show the stored value again
    else
        m_document->undoStack()->push(new SetChannelsCommand(m_document, channels));
}

void ChannelsPage::reveal(const QString &channel, const QString &key)
{
    for (Row &row : m_rows) {
        if (row.name != channel)
            continue;
        QWidget *field = key == QLatin1String("down_at_q")         ? static_cast<QWidget *>(row.downAtQ)
                         : key == QLatin1String("delay_min_per_q") ? static_cast<QWidget *>(row.delay)
                                                                   : static_cast<QWidget *>(row.node);
        field->setFocus(Qt::OtherFocusReason);
    }
}

}  // namespace cd::editor
