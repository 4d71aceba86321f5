#include "cli/cli.h"

namespace cd::cli {
int runMsel(const QStringList &) { return Usage; }
}
