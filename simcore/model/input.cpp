#include "model/input.h"

#include "model/csvgraph.h"
#include "model/graphml.h"

namespace cd::model {

using namespace Qt::StringLiterals;

InputKind detectInputKind(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
        ++i;
    if (i >= data.size())
        return InputKind::Unknown;
    if (data[i] == '{')
        return InputKind::Scenario;
    if (data[i] == '<')
        return data.indexOf("graphml", i) >= 0 ? InputKind::Graphml : InputKind::Unknown;
    const qsizetype eol = data.indexOf('\n', i);
    const QByteArray header = data.mid(i, eol < 0 ? -1 : eol - i).trimmed();
    QByteArray first = header.left(header.indexOf(',')).trimmed();
    if (first == "\"\"")
        first.clear();
    if (header.contains(',') && first.isEmpty())
        return InputKind::Matrix;
    QByteArray squeezed = header;
    squeezed.replace('"', QByteArray()).replace(' ', QByteArray());
    if (squeezed.startsWith("from,to"))
        return InputKind::EdgeList;
    return InputKind::Unknown;
}

std::optional<Network> readGraphInput(InputKind kind, const QByteArray &data, const QString &file,
                                      const QByteArray *nodes, const QString &nodesFile,
                                      scenario::Diagnostics *diagnostics)
{
    if (data.size() > kMaxGraphBytes) {
        if (diagnostics) {
            scenario::Diagnostic d;
            d.file = file;
            d.message = QStringLiteral("the file is %1 bytes; a graph file may be at most %2 MiB "
                                       "(see docs/input-limits.md)")
                            .arg(data.size())
                            .arg(kMaxGraphBytes / (1024 * 1024));
            diagnostics->push_back(d);
        }
        return std::nullopt;
    }
    switch (kind) {
    case InputKind::Graphml:
        return readGraphml(data, file, diagnostics);
    case InputKind::EdgeList:
        return readEdgeListCsv(data, file, nodes, nodesFile, diagnostics);
    case InputKind::Matrix:
        return readMatrixCsv(data, file, diagnostics);
    case InputKind::Scenario:
    case InputKind::Unknown:
        break;
    }
    if (diagnostics) {
        scenario::Diagnostic d;
        d.file = file;
        d.line = 1;
        d.message = u"unrecognised input: expected a scenario (JSON), GraphML, an edge-list CSV (header "
                    "starting from,to) or an A* matrix CSV (header starting with an empty cell)"_s;
        diagnostics->push_back(d);
    }
    return std::nullopt;
}

}  // namespace cd::model
