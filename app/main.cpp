// crossdrill: a verb runs headless (QCoreApplication); anything else opens the GUI.
#include "cli/cli.h"
#include "control/gui.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CrossDrill"));
    QCoreApplication::setApplicationName(QStringLiteral("crossdrill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSDRILL_VERSION));

    const cd::cli::Verb *verb = argc > 1 ? cd::cli::findVerb(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (verb && !verb->needsGui)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else {
        // A verb that draws (the PDF report) must also work on a machine without a display.
        if (verb && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (verb)
        return verb->run(args);
    return cd::gui::run(args);
}
