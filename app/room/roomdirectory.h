#pragma once
// The room directory lives in the engine (exercise/roomdirectory.h) so the server can send it to
// remote rooms; the room window's widgets keep calling it cd::gui::RoomDirectory.

#include "exercise/roomdirectory.h"

namespace cd::gui {
using RoomDirectory = exercise::RoomDirectory;
}

// The engine translates the control team's display name (RoomDirectory::nameOf) through
// QCoreApplication::translate; this keeps the message in the app's translation files.
[[maybe_unused]] inline constexpr const char *kRoomDirectoryControlName =
    QT_TRANSLATE_NOOP("cd::gui::RoomDirectory", "Control (事務局)");
