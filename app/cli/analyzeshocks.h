#pragma once
// The shocks of `crossdrill analyze` (docs/analyze.md): --shock NODE=C[@FROM[..TO]] parsed with
// located messages, combined with a scenario's truth.shocks by an explicit --shock-mode, and the
// static c* made from them.

#include "cli/analyzeinput.h"
#include "cli/analyzetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace cd::cli {

/// The analyze verb's free tr(): lupdate files these calls under the namespace's context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cd::cli", text);
}

/// A number, or inf.
std::optional<double> parseNumber(const QString &s);
/// "OPTION: unknown node 'ID'" with a did-you-mean.
QString unknownNode(const model::Network &net, const QString &option, const QString &id);
/// --shock NODE=C[@FROM[..TO]]; `dynamic` allows the time window.
bool parseShock(const QString &arg, bool dynamic, const model::Network &net, scenario::Shock &out, QString &error);
/// Static c*: per node, the largest total of the shocks active at one time.
std::vector<double> staticShock(const model::Network &net, const std::vector<scenario::Shock> &shocks);
/// The shocks to use: a scenario's truth.shocks, the --shock ones, or both. A --shock on a
/// scenario that has shocks needs --shock-mode add|replace: it is never silently one or the other.
/// Returns a usage message when the options do not say what to do.
std::optional<QString> resolveShocks(const QCommandLineParser &p, const AnalyzeInput &in, bool dynamic,
                                     ShockSource &out);

}  // namespace cd::cli
