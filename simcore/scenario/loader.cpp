// The strict loader: parse (json.h), convert with located structural errors (load_*.cpp), then run
// the same semantic checks as validateScenario (validator*.cpp) and locate them by JSON path.
#include "scenario/loader.h"

#include "scenario/loadparts.h"
#include "scenario/validator.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace cd::scenario {

namespace {

const QString kFormat = QStringLiteral("crossdrill-scenario/1");

QString tooLarge(qint64 size, qint64 limit)
{
    return QStringLiteral("the file is %1 bytes; a scenario may be at most %2 MiB (see docs/input-limits.md)")
        .arg(size)
        .arg(limit / (1024 * 1024));
}

/// A document whose first value is not an object is refused at its first byte, before parsing
/// builds anything: a 50 MB top-level array had taken 1.8 GB to be told "expected an object".
std::optional<Diagnostic> notAnObject(const QByteArray &json, const QString &fileName)
{
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    int column = 1;
    for (; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            ++column;
        } else {
            break;
        }
    }
    if (i >= json.size() || json.at(i) == '{')
        return std::nullopt;  // empty: the parser says so; an object: parse it
    const char c = json.at(i);
    const json::Value::Type found = c == '['                             ? json::Value::Type::Array
                                    : c == '"'                           ? json::Value::Type::String
                                    : c == 't' || c == 'f'               ? json::Value::Type::Bool
                                    : c == 'n'                           ? json::Value::Type::Null
                                    : c == '-' || (c >= '0' && c <= '9') ? json::Value::Type::Number
                                                                         : json::Value::Type::Object;
    if (found == json::Value::Type::Object)
        return std::nullopt;  // not JSON at all: the parser locates and explains it
    return Diagnostic{
        fileName,
        line,
        column,
        Diagnostic::Severity::Error,
        QStringLiteral("expected %1, got %2").arg(json::typeName(json::Value::Type::Object), json::typeName(found)),
        QString()};
}

Scenario readScenario(detail::Reader &r, const json::Value &root)
{
    using namespace detail;
    Scenario s;
    ObjectReader in(r, root, QString(),
                    {"format", "meta", "rooms", "personas", "graph", "truth", "injects", "sites", "responses",
                     "channels", "expected_flows", "survey"});
    if (!in.ok())
        return s;
    if (const auto format = in.string("format", true); format && *format != kFormat)
        r.error(*in.get("format"), QStringLiteral("format"),
                QStringLiteral("unsupported format '%1': this version reads \"%2\"").arg(*format, kFormat));
    if (const json::Value *meta = in.get("meta", true))
        s.meta = readMeta(r, *meta, QStringLiteral("meta"));
    s.rooms = readList<Room>(r, in.get("rooms"), QStringLiteral("rooms"), readRoom);
    s.personas = readList<Persona>(r, in.get("personas"), QStringLiteral("personas"), readPersona);
    if (const json::Value *graph = in.get("graph"))
        s.graph = readGraph(r, *graph, QStringLiteral("graph"));
    if (const json::Value *truth = in.get("truth"))
        s.truth = readTruth(r, *truth, QStringLiteral("truth"));
    s.injects = readList<Inject>(r, in.get("injects"), QStringLiteral("injects"), readInject);
    s.sites = readList<Site>(r, in.get("sites"), QStringLiteral("sites"), readSite);
    s.responses = readList<Response>(r, in.get("responses"), QStringLiteral("responses"), readResponse);
    if (const json::Value *channels = in.get("channels"))
        s.channels = readChannels(r, *channels, QStringLiteral("channels"));
    s.expectedFlows = readList<ExpectedFlow>(r, in.get("expected_flows"), QStringLiteral("expected_flows"), readFlow);
    s.survey = readList<SurveyQuestion>(r, in.get("survey"), QStringLiteral("survey"), readQuestion);
    return s;
}

/// Where the value at `path` ("injects[3].subject.ja") starts, or the nearest enclosing value
/// that exists (a missing key is reported at the object that lacks it). Walks the document along
/// the path rather than indexing every value: a file with many errors costs no memory for it.
/// Of duplicate keys the first wins; a key containing '.' or '[' is matched whole (the longest
/// key that the rest of the path starts with).
std::pair<int, int> locate(const json::Value &root, QStringView path)
{
    const json::Value *v = &root;
    std::pair<int, int> at{root.line > 0 ? root.line : 1, root.line > 0 ? root.column : 1};
    while (!path.isEmpty()) {
        const json::Value *next = nullptr;
        qsizetype used = 0;
        if (path.front() == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'));
            bool ok = false;
            const qsizetype i = close > 0 ? path.mid(1, close - 1).toLongLong(&ok) : -1;
            if (ok && i >= 0 && std::size_t(i) < v->array.size()) {
                next = &v->array[std::size_t(i)];
                used = close + 1;
            }
        } else {
            for (const json::Member &m : v->object) {
                const qsizetype k = m.key.size();
                const bool whole =
                    path.size() == k ||
                    (path.size() > k && (path.at(k) == QLatin1Char('.') || path.at(k) == QLatin1Char('[')));
                if (k > used && whole && path.startsWith(m.key)) {
                    next = &m.value;
                    used = k;
                }
            }
        }
        if (!next)
            break;
        v = next;
        at = {v->line, v->column};
        path = path.mid(used);
        if (path.startsWith(QLatin1Char('.')))
            path = path.mid(1);
    }
    return at;
}

}  // namespace

LoadResult loadScenario(const QByteArray &json, const QString &fileName)
{
    const SuggestionScope suggestions;  // a bounded number of did-you-mean searches per file
    LoadResult result;
    // Limits before any parsing (issue 14 item 6): a rejected input costs no more memory than
    // its own bytes. A scenario is a JSON object, so anything else is refused at its first byte.
    if (json.size() > kMaxScenarioBytes) {
        result.diagnostics.push_back(Diagnostic{fileName, 0, 0, Diagnostic::Severity::Error,
                                                tooLarge(json.size(), kMaxScenarioBytes), QString()});
        return result;
    }
    if (const std::optional<Diagnostic> d = notAnObject(json, fileName)) {
        result.diagnostics.push_back(*d);
        return result;
    }
    json::ParseError error;
    const std::optional<json::Value> doc = json::parse(json, &error);
    if (!doc) {
        result.diagnostics.push_back(
            Diagnostic{fileName, error.line, error.column, Diagnostic::Severity::Error, error.message, QString()});
        return result;
    }
    Diagnostics diagnostics;
    detail::Reader reader(fileName, diagnostics);
    Scenario scenario = readScenario(reader, *doc);
    if (!doc->isObject()) {
        result.diagnostics = std::move(diagnostics);
        return result;
    }

    Diagnostics semantic;
    detail::Validator(scenario, fileName, semantic, [&reader](const QString &p) { return reader.isBad(p); }).run();
    for (Diagnostic &d : semantic) {
        std::tie(d.line, d.column) = locate(*doc, d.path);
        diagnostics.push_back(std::move(d));
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    result.diagnostics = std::move(diagnostics);
    if (!hasErrors(result.diagnostics))
        result.scenario = std::move(scenario);
    return result;
}

LoadResult loadScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.unreadable = true;
        result.diagnostics.push_back(Diagnostic{path, 0, 0, Diagnostic::Severity::Error,
                                                QStringLiteral("cannot read the file: %1").arg(file.errorString()),
                                                QString()});
        return result;
    }
    if (file.size() > kMaxScenarioBytes) {  // refused before it is read into memory
        LoadResult result;
        result.diagnostics.push_back(
            Diagnostic{path, 0, 0, Diagnostic::Severity::Error, tooLarge(file.size(), kMaxScenarioBytes), QString()});
        return result;
    }
    return loadScenario(file.readAll(), path);
}

Diagnostics validateScenario(const Scenario &s, const QString &fileName)
{
    Diagnostics out;
    detail::Validator(s, fileName, out).run();
    return out;
}

}  // namespace cd::scenario
