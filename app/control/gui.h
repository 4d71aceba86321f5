#pragma once

#include <QStringList>

namespace cd::gui {

/// The GUI entry point: `crossdrill [FILE]`, plus --help/--version. Returns the exit code.
int run(const QStringList &args);

}  // namespace cd::gui
