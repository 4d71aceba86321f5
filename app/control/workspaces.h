#pragma once
// Named arrangements of the console's docks (View > Workspace): each gives the panels of one
// kind of work the room they need on the screen in use (1366x768 up to 1920x1080 and beyond):
//   conduct         the MSEL timeline, the sector board and the white cell side by side;
//   model           the sector board and its chart large, with the truth and the timeline;
//   communications  the communications monitor large, with the white cell and the timeline;
//   evaluation      the monitor with the judge and the observations.
// The docks of another workspace are hidden, not closed: the View menu shows them again. Each
// workspace remembers the arrangement the user last left it in (QMainWindow::saveState, typed
// settings), and the workspace in use is restored with the next exercise; "Reset workspace"
// goes back to the built-in arrangement.

#include <QObject>
#include <QPointer>

#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace cd::gui {

class Console;

class Workspaces final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspaces)

public:
    enum Id { Conduct, Model, Communications, Evaluation, Count };

    /// Arranges `console`'s docks and `details` (the inject details) in `window`; adds the
    /// workspace entries to `menu` (removed again with this object).
    Workspaces(QMainWindow *window, Console *console, QDockWidget *details, QMenu *menu);
    ~Workspaces() override;

    Id current() const { return m_current; }
    /// Switches to `id`: remembers the arrangement of the workspace left, restores the one of `id`.
    void show(Id id);
    /// The built-in arrangement of the current workspace, for the window's present size.
    void reset();
    /// Remembers the current arrangement (and which workspace is in use) in the settings.
    void save();
    void retranslateUi();
    QAction *action(Id id) const { return m_actions[id]; }
    QAction *resetAction() const { return m_reset; }
    /// The settings key name of a workspace ("conduct", "model", ...).
    static const char *key(Id id);

private:
    struct Cell
    {
        std::vector<QDockWidget *> tabs;  ///< the first one is raised
        int height;                       ///< relative
    };
    struct Column
    {
        std::vector<Cell> cells;
        int width;  ///< relative
    };
    std::vector<Column> layoutOf(Id id) const;
    void arrange(const std::vector<Column> &columns);

    QMainWindow *m_window;
    Console *m_console;
    QDockWidget *m_details;
    QMenu *m_menu;
    Id m_current = Conduct;
    QActionGroup *m_group;
    QAction *m_actions[Count] = {};
    QAction *m_reset;
    QAction *m_separator;
    QAction *m_panelSeparator = nullptr;            ///< owned by the menu until removed
    std::vector<QPointer<QAction>> m_panelActions;  ///< the docks' own toggle actions (go with the docks)
};

}  // namespace cd::gui
