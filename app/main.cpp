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
    // --version and --help print and exit: they must work without a display (packaging checks).
    const bool printOnly = argc > 1 && (qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0 ||
                                        qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0);
    // `serve` holds thousands of sockets. Qt's glib event loop keeps socket notifiers in lists
    // (each write notifier a message switches on and off costs a walk over all of them, i.e.
    // O(connections) per message sent); Qt's own Unix event loop keeps them in a hash. With 5,000
    // connections this cut the inject fan-out latency about five-fold (tests/bench/README.md).
    if (verb && qstrcmp(verb->name, "serve") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QCoreApplication> app;
    if (printOnly || (verb && !verb->needsGui))
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
