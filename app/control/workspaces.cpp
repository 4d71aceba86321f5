#include "control/workspaces.h"

#include "control/console.h"
#include "control/judgedock.h"
#include "control/monitordock.h"
#include "control/observationdock.h"
#include "control/sectordock.h"
#include "control/settings.h"
#include "control/timelinedock.h"
#include "control/truthdock.h"
#include "control/whitecelldock.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace cd::gui {

namespace {
// From this window width on, a workspace may give a panel a column of its own (a 1920x1080
// screen); below it (1366x768, 1600x900) two columns, each panel stacked or tabbed.
constexpr int kWideWidth = 1700;

const SettingKey<QByteArray> &stateKey(Workspaces::Id id)
{
    static const SettingKey<QByteArray> keys[Workspaces::Count] = {{"console/workspaces/conduct"},
                                                                   {"console/workspaces/model"},
                                                                   {"console/workspaces/communications"},
                                                                   {"console/workspaces/evaluation"}};
    return keys[id];
}
}  // namespace

const char *Workspaces::key(Id id)
{
    static const char *const names[Count] = {"conduct", "model", "communications", "evaluation"};
    return names[id];
}

Workspaces::Workspaces(QMainWindow *window, Console *console, QDockWidget *details, QMenu *menu)
    : QObject(console), m_window(window), m_console(console), m_details(details), m_menu(menu),
      m_group(new QActionGroup(this)), m_reset(new QAction(this)), m_separator(new QAction(this))
{
    m_separator->setSeparator(true);
    m_menu->addAction(m_separator);
    for (int i = 0; i < Count; ++i) {
        const Id id = Id(i);
        QAction *a = m_group->addAction(QString());
        a->setObjectName(QStringLiteral("workspaceAction_") + QLatin1String(key(id)));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, id] { show(id); });
        m_actions[i] = a;
        m_menu->addAction(a);
        window->addAction(a);  // the shortcut works with the menu bar hidden too
    }
    m_reset->setObjectName(QStringLiteral("resetWorkspaceAction"));
    connect(m_reset, &QAction::triggered, this, &Workspaces::reset);
    m_menu->addAction(m_reset);
    // Each panel can be shown or hidden on its own (the inject details' entry is the window's).
    m_panelSeparator = m_menu->addSeparator();
    for (QDockWidget *d : std::initializer_list<QDockWidget *>{
             console->timeline(), console->monitor(), console->sectors(), console->truth(), console->whiteCell(),
             console->judge(), console->observations()}) {
        m_menu->addAction(d->toggleViewAction());
        m_panelActions.push_back(d->toggleViewAction());
    }
    retranslateUi();

    const int saved = settings::consoleWorkspace.value();
    m_current = saved >= 0 && saved < Count ? Id(saved) : Conduct;
    m_actions[m_current]->setChecked(true);
    if (!m_window->restoreState(stateKey(m_current).value()))
        reset();
}

Workspaces::~Workspaces()
{
    for (QAction *a : m_actions)
        m_menu->removeAction(a);
    m_menu->removeAction(m_reset);
    m_menu->removeAction(m_separator);
    for (const QPointer<QAction> &a : m_panelActions)
        if (a)
            m_menu->removeAction(a);
    m_menu->removeAction(m_panelSeparator);
    delete m_panelSeparator;
}

void Workspaces::retranslateUi()
{
    m_actions[Conduct]->setText(tr("Workspace: &Conduct"));
    m_actions[Conduct]->setStatusTip(tr("The MSEL timeline, the sector board and the white cell side by side"));
    m_actions[Model]->setText(tr("Workspace: &Model"));
    m_actions[Model]->setStatusTip(tr("The sector board and its chart large, with the truth and the timeline"));
    m_actions[Communications]->setText(tr("Workspace: Co&mmunications"));
    m_actions[Communications]->setStatusTip(tr("The communications monitor large, with the white cell"));
    m_actions[Evaluation]->setText(tr("Workspace: &Evaluation"));
    m_actions[Evaluation]->setStatusTip(tr("The communications monitor with the judge and the observations"));
    m_reset->setText(tr("&Reset workspace"));
    m_reset->setStatusTip(tr("Put the panels of this workspace back where they were at first"));
}

void Workspaces::show(Id id)
{
    m_actions[id]->setChecked(true);
    if (id == m_current)
        return;
    stateKey(m_current).setValue(m_window->saveState());
    m_current = id;
    settings::consoleWorkspace.setValue(int(id));
    if (!m_window->restoreState(stateKey(id).value()))
        reset();
}

void Workspaces::save()
{
    stateKey(m_current).setValue(m_window->saveState());
    settings::consoleWorkspace.setValue(int(m_current));
}

void Workspaces::reset()
{
    arrange(layoutOf(m_current));
}

std::vector<Workspaces::Column> Workspaces::layoutOf(Id id) const
{
    const bool wide = m_window->width() >= kWideWidth;
    Console *c = m_console;
    QDockWidget *timeline = c->timeline(), *monitor = c->monitor(), *sectors = c->sectors(), *truth = c->truth(),
                *whiteCell = c->whiteCell(), *judge = c->judge(), *observations = c->observations();
    switch (id) {
    case Conduct:
        // The sector board gets a column of its own where the screen allows: all its sectors
        // and the chart without scrolling.
        if (wide)
            return {{{{{timeline}, 3}, {{monitor}, 2}}, 40},
                    {{{{sectors}, 1}}, 28},
                    {{{{truth, whiteCell, judge, observations, m_details}, 1}}, 32}};
        // A 768-pixel screen has no height to split the right column: the board and its chart
        // take it, the truth and the white cell are tabs beside them (a call raises the white cell).
        return {{{{{timeline}, 3}, {{monitor}, 2}}, 58},
                {{{{sectors, truth, whiteCell, judge, observations, m_details}, 1}}, 42}};
    case Model:
        return {{{{{sectors}, 1}}, 60}, {{{{truth}, 1}, {{timeline, m_details}, 1}}, 40}};
    case Communications:
        if (wide)
            return {{{{{monitor}, 1}}, 50}, {{{{whiteCell}, 1}}, 25}, {{{{timeline, m_details}, 1}}, 25}};
        return {{{{{monitor}, 1}}, 55}, {{{{whiteCell}, 3}, {{timeline, m_details}, 2}}, 45}};
    case Evaluation:
        return {{{{{monitor}, 1}}, 50}, {{{{judge}, 1}, {{observations, m_details}, 1}}, 50}};
    case Count:
        break;
    }
    return {};
}

void Workspaces::arrange(const std::vector<Column> &columns)
{
    const std::vector<QDockWidget *> all{
        m_console->timeline(),  m_console->monitor(), m_console->sectors(),      m_console->truth(),
        m_console->whiteCell(), m_console->judge(),   m_console->observations(), m_details};
    // Everything out first, so the arrangement never depends on the one before.
    for (QDockWidget *d : all) {
        d->setFloating(false);
        m_window->removeDockWidget(d);
    }
    std::vector<QDockWidget *> placed;
    std::vector<QDockWidget *> heads;  // each column's first dock
    for (size_t c = 0; c < columns.size(); ++c) {
        QDockWidget *head = columns[c].cells.front().tabs.front();
        if (c == 0)
            m_window->addDockWidget(Qt::LeftDockWidgetArea, head);
        else if (c + 1 == columns.size())
            m_window->addDockWidget(Qt::RightDockWidgetArea, head);
        else
            m_window->splitDockWidget(heads.back(), head, Qt::Horizontal);
        heads.push_back(head);
    }
    for (const Column &column : columns) {
        for (size_t k = 0; k < column.cells.size(); ++k) {
            const std::vector<QDockWidget *> &tabs = column.cells[k].tabs;
            if (k > 0)
                m_window->splitDockWidget(column.cells[k - 1].tabs.front(), tabs.front(), Qt::Vertical);
            for (size_t t = 1; t < tabs.size(); ++t)
                m_window->tabifyDockWidget(tabs.front(), tabs[t]);
            placed.insert(placed.end(), tabs.begin(), tabs.end());
        }
    }
    // The panels of other workspaces stay in the window, hidden: the View menu shows them.
    for (QDockWidget *d : all) {
        if (std::find(placed.begin(), placed.end(), d) != placed.end()) {
            d->show();
        } else {
            m_window->addDockWidget(Qt::RightDockWidgetArea, d);
            d->hide();
        }
    }
    for (const Column &column : columns)
        for (const Cell &cell : column.cells)
            cell.tabs.front()->raise();
    // Sizes once now and once more after the window has laid the new arrangement out.
    const auto sizes = [this, columns, heads] {
        QList<QDockWidget *> columnHeads(heads.begin(), heads.end());
        QList<int> widths;
        for (const Column &column : columns)
            widths << column.width * m_window->width() / 100;
        m_window->resizeDocks(columnHeads, widths, Qt::Horizontal);
        for (const Column &column : columns) {
            if (column.cells.size() < 2)
                continue;
            QList<QDockWidget *> cellHeads;
            QList<int> heights;
            int total = 0;
            for (const Cell &cell : column.cells)
                total += cell.height;
            for (const Cell &cell : column.cells) {
                cellHeads << cell.tabs.front();
                heights << cell.height * m_window->height() / std::max(1, total);
            }
            m_window->resizeDocks(cellHeads, heights, Qt::Vertical);
        }
    };
    sizes();
    QTimer::singleShot(0, this, sizes);
}

}  // namespace cd::gui
