#include "editor/roompage.h"

#include "editor/commands/addroomcommand.h"
#include "editor/commands/removeroomcommand.h"
#include "editor/commands/setroomcommand.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/textpairedit.h"
#include "views/roommodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::editor {

using scenario::Role;

RoomPage::RoomPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new gui::RoomModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_form(new QFormLayout), m_id(new QLineEdit(this)),
      m_name(new TextPairEdit(false, this)), m_role(new QComboBox(this)), m_sector(new QComboBox(this)),
      m_sectors(new QLineEdit(this)), m_lines(new QSpinBox(this))
{
    m_view->setObjectName(QStringLiteral("roomTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_id->setObjectName(QStringLiteral("roomId"));
    m_lines->setRange(1, 99);
    for (Role r : {Role::Nisc, Role::Ministry, Role::Ceptoar, Role::Operator, Role::Agency, Role::Observer})
        m_role->addItem(scenario::toString(r), int(r));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    leftLayout->addLayout(buttons);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels << label;
        m_form->addRow(label, field);
    };
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_name, m_role, m_sector, m_sectors, m_lines})
        addRow(w);
    auto *right = new QWidget(this);
    right->setLayout(m_form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoomPage::showRoom);
    connect(m_add, &QPushButton::clicked, this, &RoomPage::addRoom);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            m_document->undoStack()->push(new RemoveRoomCommand(m_document, currentRow()));
    });
    connect(m_id, &QLineEdit::editingFinished, this, &RoomPage::commit);
    connect(m_sectors, &QLineEdit::editingFinished, this, &RoomPage::commit);
    connect(m_name, &TextPairEdit::edited, this, &RoomPage::commit);
    connect(m_role, &QComboBox::activated, this, &RoomPage::commit);
    connect(m_sector, &QComboBox::activated, this, &RoomPage::commit);
    connect(m_lines, &QSpinBox::editingFinished, this, &RoomPage::commit);
    connect(m_document, &ScenarioDocument::changed, this, &RoomPage::refresh);
    retranslateUi();
    refresh();
}

void RoomPage::setLanguage(const QString &lang)
{
    m_model->setLanguage(lang);
}

void RoomPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RoomPage::retranslateUi()
{
    m_add->setText(tr("Add room"));
    m_remove->setText(tr("Remove room"));
    const QStringList labels{tr("Id"), tr("Name"), tr("Role"), tr("Own sector"), tr("Sectors"), tr("Phone lines")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_sectors->setPlaceholderText(tr("sector ids separated by ; (a ministry)"));
    m_name->retranslateUi();
}

int RoomPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void RoomPage::selectRoom(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void RoomPage::refresh()
{
    const int row = currentRow();
    m_model->setScenario(&m_document->scenario());
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1), 0));
    showRoom();
}

void RoomPage::showRoom()
{
    const scenario::Scenario &s = m_document->scenario();
    const int row = currentRow();
    const bool valid = row >= 0 && row < int(s.rooms.size());
    m_showing = true;
    m_sector->clear();
    m_sector->addItem(QString());
    for (const scenario::Node &n : s.graph.nodes)
        m_sector->addItem(n.id);
    for (QWidget *w : std::initializer_list<QWidget *>{m_id, m_name, m_role, m_sector, m_sectors, m_lines, m_remove})
        w->setEnabled(valid);
    if (valid) {
        const scenario::Room &r = s.rooms[row];
        m_id->setText(r.id);
        m_name->setText(r.name);
        m_role->setCurrentIndex(m_role->findData(int(r.role)));
        m_sector->setCurrentText(r.sector);
        m_sectors->setText(r.sectors.join(QLatin1String("; ")));
        m_lines->setValue(r.phoneLines);
    }
    m_showing = false;
}

void RoomPage::commit()
{
    const int row = currentRow();
    if (m_showing || row < 0 || row >= int(m_document->scenario().rooms.size()))
        return;
    const scenario::Room &before = m_document->scenario().rooms[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, m_document, IdKind::Room, before.id, id))  // every reference follows
            showRoom();
        return;
    }
    scenario::Room r = before;
    r.name = m_name->text();
    r.role = Role(m_role->currentData().toInt());
    r.sector = m_sector->currentText();
    r.sectors.clear();
    for (const QString &id : m_sectors->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            r.sectors << id.trimmed();
    r.phoneLines = m_lines->value();
    if (!(r == before))
        m_document->undoStack()->push(new SetRoomCommand(m_document, row, r));
}

void RoomPage::addRoom()
{
    const scenario::Scenario &s = m_document->scenario();
    scenario::Room r;
    int n = int(s.rooms.size()) + 1;
    while (s.room(QStringLiteral("room-%1").arg(n)))
        ++n;
    r.id = QStringLiteral("room-%1").arg(n);
    r.name = scenario::Text::fromPair(tr("New room"), QStringLiteral("New room"));
    const int at = int(s.rooms.size());
    m_document->undoStack()->push(new AddRoomCommand(m_document, at, r));
    selectRoom(at);
}

}  // namespace cd::editor
