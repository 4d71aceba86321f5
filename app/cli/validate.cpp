#include "cli/cli.h"

namespace cd::cli {
int runValidate(const QStringList &) { return Usage; }
}
