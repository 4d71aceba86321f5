#include "control/gui.h"

#include "cli/cli.h"

#include <QApplication>
#include <QCommandLineParser>

namespace cd::gui {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "CrossDrill: cross-sector critical-infrastructure exercises."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A scenario (.cxs.json) or an exercise database (.cxdb)."));
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + args);
    return cli::Ok;
}

}  // namespace cd::gui
