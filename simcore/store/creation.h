#pragma once
// Test hook for atomic creation (EventLog::create, eventlogopen.cpp): called at each step of
// building a new database, so a test can end the process there (fork + _exit) and check that an
// interrupted creation leaves either no database or a complete one. Not used by the program.

#include <functional>

namespace cd::store {

enum class CreationStep { TemporaryOpened, SchemaWritten, ScenarioWritten, Closed, Renamed };

/// Installs (or, with an empty function, removes) the hook. Not thread-safe; tests only.
void setCreationHook(std::function<void(CreationStep)> hook);

}  // namespace cd::store
