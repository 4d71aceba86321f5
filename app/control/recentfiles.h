#pragma once
// The "Open Recent" menu: the last files opened, newest first, remembered across runs.
// Entries are numbered &1..&9 so they can be reached from the keyboard (Alt+F, R, 1).

#include <QObject>
#include <QStringList>

class QMenu;

namespace cd::gui {

class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaxFiles = 9;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    /// Puts `path` first (an absolute path; duplicates removed) and remembers the list.
    void add(const QString &path);
    QStringList files() const;
    void clear();
    /// Rebuilds the menu (also after a language change).
    void rebuildMenu();

signals:
    void openRequested(const QString &path);

private:
    QMenu *m_menu;
};

}  // namespace cd::gui
