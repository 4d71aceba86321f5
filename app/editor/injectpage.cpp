#include "editor/injectpage.h"

#include "editor/commands/addinjectcommand.h"
#include "editor/commands/moveinjectcommand.h"
#include "editor/commands/removeinjectcommand.h"
#include "editor/commands/setinjectcommand.h"
#include "editor/conditionedit.h"
#include "editor/idchecklist.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"
#include "views/mselmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::editor {

using scenario::Inject;

namespace {
enum ExpectedColumn { ExId, ExRoom, ExAction, ExTo, ExWithin, ExTheme, ExCount };
const scenario::Action kActions[] = {scenario::Action::Report,     scenario::Action::Advisory, scenario::Action::Query,
                                     scenario::Action::Other,      scenario::Action::Call,     scenario::Action::Post,
                                     scenario::Action::Hypothesis, scenario::Action::Request};

QString cell(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *item = t->item(row, col);
    return item ? item->text().trimmed() : QString();
}
}  // namespace

InjectPage::InjectPage(ScenarioDocument *document, QWidget *parent) : InjectPage(document, new gui::MselModel, parent)
{}

InjectPage::InjectPage(ScenarioDocument *document, gui::MselModel *model, QWidget *parent)
    : ListFormPage(document, model, parent), m_model(model), m_upButton(new QPushButton(this)),
      m_downButton(new QPushButton(this)), m_id(new QLineEdit(this)), m_timing(new QComboBox(this)),
      m_at(new QLineEdit(this)), m_when(new ConditionEdit(this)), m_delay(new QLineEdit(this)),
      m_contingency(new QCheckBox(this)), m_channel(new QComboBox(this)), m_from(new QComboBox(this)),
      m_to(new IdChecklist(this)), m_cc(new IdChecklist(this)), m_subject(new TextPairEdit(false, this)),
      m_body(new TextPairEdit(true, this)), m_script(new TextPairEdit(true, this)), m_pageSite(new QComboBox(this)),
      m_pagePath(new QLineEdit(this)), m_pageTitle(new TextPairEdit(false, this)),
      m_pageBody(new TextPairEdit(true, this)), m_attachments(new QLineEdit(this)),
      m_expected(new QTableWidget(0, ExCount, this)), m_addExpected(new QPushButton(this)),
      m_removeExpected(new QPushButton(this)), m_notes(new TextPairEdit(true, this))
{
    view()->setObjectName(QStringLiteral("injectTable"));
    m_id->setObjectName(QStringLiteral("injectId"));
    m_at->setObjectName(QStringLiteral("injectAt"));
    m_from->setEditable(true);
    m_expected->setMaximumHeight(120);
    m_expected->verticalHeader()->hide();
    m_expected->horizontalHeader()->setStretchLastSection(true);
    for (auto c : {scenario::Channel::Mail, scenario::Channel::Phone, scenario::Channel::Web})
        m_channel->addItem(scenario::toString(c), int(c));
    addListButton(m_upButton);
    addListButton(m_downButton);

    auto *recipients = new QHBoxLayout;
    recipients->addWidget(m_to);
    recipients->addWidget(m_cc);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_timing);
    timing->addWidget(m_at);
    timing->addWidget(m_contingency);
    auto *page = new QHBoxLayout;
    page->addWidget(m_pageSite);
    page->addWidget(m_pagePath, 1);
    auto *expectedButtons = new QHBoxLayout;
    expectedButtons->addWidget(m_addExpected);
    expectedButtons->addWidget(m_removeExpected);
    expectedButtons->addStretch();
    auto *expected = new QVBoxLayout;
    expected->addWidget(m_expected);
    expected->addLayout(expectedButtons);

    addField(m_id, QStringLiteral("id"));
    addField(timing, QStringLiteral("at"));
    addField(m_when, QStringLiteral("when"));
    addField(m_delay, QStringLiteral("delay"));
    addField(m_channel, QStringLiteral("channel"));
    addField(m_from, QStringLiteral("from"));
    addField(recipients, QStringLiteral("to"));
    addField(m_subject, QStringLiteral("subject"));
    addField(m_body, QStringLiteral("body"));
    addField(m_script, QStringLiteral("script"));
    addField(page, QStringLiteral("page"));
    addField(m_pageTitle);
    addField(m_pageBody);
    addField(m_attachments, QStringLiteral("attachments"));
    addField(expected, QStringLiteral("expected"));
    addField(m_notes, QStringLiteral("control_notes"));

    connect(m_upButton, &QPushButton::clicked, this, [this] { moveInject(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveInject(1); });
    connect(m_when, &ConditionEdit::edited, this, &InjectPage::commit);
    connect(m_addExpected, &QPushButton::clicked, this, [this] {
        m_expected->insertRow(m_expected->rowCount());
        const int row = m_expected->rowCount() - 1;
        const QStringList defaults{QStringLiteral("E-%1").arg(m_id->text()),
                                   QString(),
                                   QStringLiteral("report"),
                                   QString(),
                                   QStringLiteral("30"),
                                   QStringLiteral("1")};
        const QSignalBlocker block(m_expected);
        for (int c = 0; c < ExCount; ++c)
            m_expected->setItem(row, c, new QTableWidgetItem(defaults[c]));
        commit();
    });
    connect(m_removeExpected, &QPushButton::clicked, this, [this] {
        if (m_expected->currentRow() >= 0) {
            m_expected->removeRow(m_expected->currentRow());
            commit();
        }
    });
    finishSetup();
}

void InjectPage::retranslateUi()
{
    m_upButton->setText(tr("Up"));
    m_downButton->setText(tr("Down"));
    const QStringList labels{tr("Id"),        tr("When"),         tr("Condition"),        tr("Delay"),
                             tr("Channel"),   tr("From"),         tr("To / Cc"),          tr("Subject"),
                             tr("Body"),      tr("Phone script"), tr("Web page"),         tr("Page title"),
                             tr("Page body"), tr("Attachments"),  tr("Expected actions"), tr("Control notes")};
    setLabels(labels);
    const int timing = m_timing->currentIndex();
    m_timing->clear();
    m_timing->addItems({tr("At a time"), tr("When a condition holds")});
    m_timing->setCurrentIndex(qMax(0, timing));
    m_at->setPlaceholderText(tr("+HH:MM"));
    m_delay->setPlaceholderText(tr("+HH:MM after the condition first holds"));
    m_contingency->setText(tr("Contingency"));
    m_contingency->setToolTip(tr("Fired only by hand or by its condition"));
    m_attachments->setPlaceholderText(tr("files/a.png; files/b.pdf"));
    m_expected->setHorizontalHeaderLabels(
        {tr("Id"), tr("Room"), tr("Action"), tr("To"), tr("Within (min)"), tr("Theme")});
    m_addExpected->setText(tr("Add expected action"));
    m_removeExpected->setText(tr("Remove expected action"));
    m_to->setToolTip(tr("To"));
    m_cc->setToolTip(tr("Cc"));
    m_pageSite->setToolTip(tr("Site"));
    m_pagePath->setPlaceholderText(tr("/path"));
    for (TextPairEdit *t : {m_subject, m_body, m_script, m_pageTitle, m_pageBody, m_notes})
        t->retranslateUi();
    m_when->retranslateUi();
}

void InjectPage::fillPickers()
{
    const scenario::Scenario &s = document()->scenario();
    const QString from = m_from->currentText();
    m_from->clear();
    m_from->addItem(QStringLiteral("control"));
    for (const scenario::Persona &p : s.personas)
        m_from->addItem(QStringLiteral("persona:") + p.id);
    m_from->setCurrentText(from);
    QList<std::pair<QString, QString>> rooms;
    for (const scenario::Room &r : s.rooms)
        rooms.append({r.id, r.name.get(m_model->language())});
    m_to->setChoices(rooms);
    m_cc->setChoices(rooms);
    m_pageSite->clear();
    m_pageSite->addItem(QString());
    for (const scenario::Site &site : s.sites)
        m_pageSite->addItem(site.id);
}

void InjectPage::updateButtons(int row, int count)
{
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < count);
}

void InjectPage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    fillPickers();
    const Inject &in = s.injects[row];
    m_id->setText(in.id);
    m_timing->setCurrentIndex(in.when ? 1 : 0);
    m_at->setText(in.atMin ? scenario::formatOffset(*in.atMin) : QString());
    m_at->setEnabled(!in.when);
    m_when->setCondition(in.when.value_or(scenario::Condition{}));
    m_when->setEnabled(in.when.has_value());
    m_delay->setText(in.delayMin ? scenario::formatOffset(in.delayMin) : QString());
    m_delay->setEnabled(in.when.has_value());
    m_contingency->setChecked(in.contingency);
    m_channel->setCurrentIndex(m_channel->findData(int(in.channel)));
    m_from->setCurrentText(in.from);
    m_to->setChecked(in.to);
    m_cc->setChecked(in.cc);
    m_subject->setText(in.subject);
    m_body->setText(in.body);
    m_script->setText(in.script);
    m_script->setEnabled(in.channel == scenario::Channel::Phone);
    const bool web = in.channel == scenario::Channel::Web;
    const scenario::Page page = in.page.value_or(scenario::Page{});
    m_pageSite->setCurrentText(page.site);
    m_pagePath->setText(page.path);
    m_pageTitle->setText(page.title);
    m_pageBody->setText(page.body);
    for (QWidget *w : std::initializer_list<QWidget *>{m_pageSite, m_pagePath, m_pageTitle, m_pageBody})
        w->setEnabled(web);
    m_attachments->setText(in.attachments.join(QLatin1String("; ")));
    const QSignalBlocker block(m_expected);
    m_expected->setRowCount(int(in.expected.size()));
    for (int r = 0; r < int(in.expected.size()); ++r) {
        const scenario::Expected &e = in.expected[r];
        const QStringList cells{
            e.id, e.room, scenario::toString(e.action), e.to, QString::number(e.withinMin), QString::number(e.theme)};
        for (int c = 0; c < ExCount; ++c)
            m_expected->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_notes->setText(in.controlNotes);
}

void InjectPage::commitItem(int row)
{
    const Inject &before = document()->scenario().injects[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Inject, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    Inject in = before;
    if (m_timing->currentIndex() == 0) {
        in.when.reset();
        in.delayMin = 0;
        const auto at = scenario::parseOffset(m_at->text().trimmed());
        in.atMin = at ? at : before.atMin.value_or(0);
    } else {
        in.atMin.reset();
        in.when = before.when ? m_when->condition() : scenario::Condition{};
        in.delayMin = scenario::parseOffset(m_delay->text().trimmed()).value_or(0);
    }
    in.contingency = m_contingency->isChecked();
    in.channel = scenario::Channel(m_channel->currentData().toInt());
    in.from = m_from->currentText().trimmed();
    in.to = m_to->checked();
    in.cc = m_cc->checked();
    in.subject = m_subject->text();
    in.body = m_body->text();
    in.script = in.channel == scenario::Channel::Phone ? m_script->text() : scenario::Text{};
    if (in.channel == scenario::Channel::Web) {
        scenario::Page page{m_pageSite->currentText(), m_pagePath->text().trimmed(), m_pageTitle->text(),
                            m_pageBody->text()};
        in.page = page;
    } else {
        in.page.reset();
    }
    in.attachments.clear();
    for (const QString &a : m_attachments->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            in.attachments << a.trimmed();
    in.expected.clear();
    for (int r = 0; r < m_expected->rowCount(); ++r) {
        scenario::Expected e;
        e.id = cell(m_expected, r, ExId);
        e.room = cell(m_expected, r, ExRoom);
        e.action = scenario::actionFrom(cell(m_expected, r, ExAction)).value_or(scenario::Action::Report);
        e.to = cell(m_expected, r, ExTo);
        e.withinMin = cell(m_expected, r, ExWithin).toInt();
        e.theme = cell(m_expected, r, ExTheme).toInt();
        in.expected.push_back(e);
    }
    in.controlNotes = m_notes->text();
    // A new id of an expected action renames the conditions that refer to it (met, missed).
    for (std::size_t k = 0; in.expected.size() == before.expected.size() && k < in.expected.size(); ++k) {
        scenario::Expected renamed = before.expected[k];
        renamed.id = in.expected[k].id;
        if (renamed.id != before.expected[k].id && renamed == in.expected[k]) {
            if (!renameOrWarn(this, document(), IdKind::Expected, before.expected[k].id, renamed.id))
                showCurrent();
            return;
        }
    }
    if (in == before) {
        showCurrent();  // e.g. an unparsable time: show the stored value again
        return;
    }
    push(new SetInjectCommand(document(), row, in));
}

void InjectPage::addItem()
{
    const scenario::Scenario &s = document()->scenario();
    Inject in;
    int n = int(s.injects.size()) + 1;
    while (s.inject(QStringLiteral("I-%1").arg(n, 3, 10, QLatin1Char('0'))))
        ++n;
    in.id = QStringLiteral("I-%1").arg(n, 3, 10, QLatin1Char('0'));
    const int row = currentRow();
    in.atMin = row >= 0 ? s.injects[row].atMin.value_or(0) : 0;
    in.from = QStringLiteral("control");
    if (!s.rooms.empty())
        in.to = {s.rooms.front().id};
    in.subject = scenario::Text::fromPair(tr("New inject"), QStringLiteral("New inject"));
    const int at = row < 0 ? int(s.injects.size()) : row + 1;
    pushAndSelect(new AddInjectCommand(document(), at, in), at);
}

void InjectPage::removeItem(int row)
{
    push(new RemoveInjectCommand(document(), row));
}

void InjectPage::moveInject(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= int(document()->scenario().injects.size()))
        return;
    pushAndSelect(new MoveInjectCommand(document(), row, to), to);
}

}  // namespace cd::editor
