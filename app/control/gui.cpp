#include "control/gui.h"

#include "cli/cli.h"
#include "control/mainwindow.h"
#include "control/translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace cd::gui {

int run(const QStringList &args)
{
    // Translators first, so that even --help speaks the user's language.
    Translations translations;
    translations.apply(Translations::preferredLanguage());

    QString description =
        QCoreApplication::translate("main", "CrossDrill: cross-sector critical-infrastructure exercises.") +
        QLatin1String("\n\n") + QCoreApplication::translate("main", "Commands (crossdrill COMMAND --help):");
    for (const cli::Verb &verb : cli::verbs())
        description += QStringLiteral("\n  %1  %2").arg(QLatin1String(verb.name), -10).arg(QLatin1String(verb.summary));
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A scenario (.cxs.json) or an exercise database (.cxdb)."),
        QStringLiteral("[file]"));
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + args);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        cli::err() << QCoreApplication::translate("main", "crossdrill: give at most one file to open") << Qt::endl;
        return cli::Usage;
    }

    MainWindow window(&translations);
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}

}  // namespace cd::gui
