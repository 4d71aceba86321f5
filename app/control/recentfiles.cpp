#include "control/recentfiles.h"

#include "control/settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace cd::gui {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return settings::recentFiles.value();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles)
        list.removeLast();
    settings::recentFiles.setValue(list);
    rebuildMenu();
}

void RecentFiles::clear()
{
    settings::recentFiles.remove();
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        const QString label =
            tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        // Queued: opening rebuilds this menu, which deletes the action being triggered.
        connect(
            action, &QAction::triggered, this, [this, path] { emit openRequested(path); }, Qt::QueuedConnection);
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear, Qt::QueuedConnection);
}

}  // namespace cd::gui
