// crossdrill report DB -o OUT.{json,html,md,pdf} [--lang ja|en]
#include "report/report.h"

#include "cli/cli.h"
#include "report/documents.h"
#include "report/pdf.h"
#include "store/eventlog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace cd::cli {

/// The language of the report when --lang is not given: Japanese in a Japanese locale.
QString defaultReportLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "report", "Writes the after-action report of an exercise database (JSON, HTML, Markdown or PDF)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("report", "The exercise database."));
    const QCommandLineOption outOpt(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("report",
                                    "The report file; its extension (.json, .html, .md, .pdf) is the format."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QCoreApplication::translate("report", "ja or en (default: from the locale)."),
                                     QStringLiteral("LANG"));
    parser.addOptions({outOpt, langOpt});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOpt))
        return fail(Usage, QCoreApplication::translate(
                               "report", "usage: crossdrill report DB -o OUT.{json,html,md,pdf} [--lang ja|en]"));
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : defaultReportLanguage();
    if (lang != QLatin1String("ja") && lang != QLatin1String("en"))
        return fail(Usage, QCoreApplication::translate("report", "--lang: expected ja or en, got \"%1\"").arg(lang));
    const QString output = parser.value(outOpt);
    const QString suffix = QFileInfo(output).suffix().toLower();
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"),
                                     QStringLiteral("pdf")};
    if (!formats.contains(suffix))
        return fail(
            Usage,
            QCoreApplication::translate("report", "%1: the output must end in .json, .html, .md or .pdf").arg(output));
    const QString path = parser.positionalArguments().front();
    if (!QFileInfo::exists(path))
        return fail(Usage, QCoreApplication::translate("report", "%1: no such exercise database").arg(path));

    report::Report r;
    r.lang = lang;
    try {
        // A reader: opened read-only, never migrated or switched to WAL, nothing left beside it.
        auto log = store::EventLog::open(path, store::Access::Reader);
        const store::ChainCheck chain = log->verifyChain();
        if (!chain.intact) {
            err() << chain.summary(path) << '\n';  // the document carries the warning too
            err().flush();
        }
        QString error;
        int lastPercent = -1;
        const auto progress = [&lastPercent](int percent, const QString &what) {
            if (percent != lastPercent) {
                err() << QCoreApplication::translate("report", "report: %1% %2").arg(percent).arg(what) << '\n';
                err().flush();
                lastPercent = percent;
            }
            return true;
        };
        if (!report::computeFromLog(*log, &r, &error, progress))
            return fail(BadInput, error);
    } catch (const store::Error &e) {
        return fail(BadInput, e.message());
    }

    if (suffix == QLatin1String("pdf")) {
        QString error;
        if (!gui::writePdf(r, output, &error))
            return fail(Usage, error);
        return Ok;
    }
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(report::toJson(r)).toJson(QJsonDocument::Indented);
    else if (suffix == QLatin1String("html"))
        bytes = report::toHtml(r).toUtf8();
    else
        bytes = report::toMarkdown(r).toUtf8();
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Usage, QStringLiteral("%1: %2").arg(output, file.errorString()));
    return Ok;
}

}  // namespace cd::cli
