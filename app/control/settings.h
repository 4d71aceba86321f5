#pragma once
// Typed settings keys: one declaration per setting, so a key's name, type and default are
// written once and a misspelt key is a compile error rather than a silently empty value.

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace cd::gui {

template<typename T> class SettingKey
{
public:
    SettingKey(const char *key, T defaultValue = T{}) : m_key(key), m_default(std::move(defaultValue)) {}

    T value() const
    {
        const QVariant v = QSettings().value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &v) const { QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(v)); }
    void remove() const { QSettings().remove(QLatin1String(m_key)); }
    QLatin1String key() const { return QLatin1String(m_key); }

private:
    const char *m_key;
    T m_default;
};

namespace settings {
/// UI language ("ja" or "en"); empty means "follow the system locale".
inline const SettingKey<QString> language{"ui/language"};
/// Most recently opened scenario files, newest first.
inline const SettingKey<QStringList> recentFiles{"files/recent"};
inline const SettingKey<QByteArray> windowGeometry{"mainwindow/geometry"};
inline const SettingKey<QByteArray> windowState{"mainwindow/state"};
/// The console's workspace in use (Workspaces::Id); each one's layout is under console/workspaces/.
inline const SettingKey<int> consoleWorkspace{"console/workspace", 0};
/// Where opening a scenario records its new exercise database; empty: the per-user data folder.
inline const SettingKey<QString> exerciseFolder{"exercises/folder"};
/// The page (MSEL, rooms, sectors) shown when the window was closed.
inline const SettingKey<int> currentPage{"mainwindow/page", 0};
}  // namespace settings

}  // namespace cd::gui
