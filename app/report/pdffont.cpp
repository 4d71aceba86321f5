#include "report/pdffont.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <map>
#include <vector>

namespace cd::gui {

namespace {

const QString kFamily = QStringLiteral("Noto Sans CJK JP");
const QString kRepaired = QStringLiteral("CrossDrill PDF CJK JP");

quint16 u16(const QByteArray &d, qsizetype o)
{
    return o + 2 <= d.size() ? quint16(quint8(d[o]) << 8 | quint8(d[o + 1])) : 0;
}

quint32 u32(const QByteArray &d, qsizetype o)
{
    return quint32(u16(d, o)) << 16 | u16(d, o + 2);
}

void put16(QByteArray &d, quint32 v)
{
    d.append(char(v >> 8 & 0xff)).append(char(v & 0xff));
}

void put32(QByteArray &d, quint32 v)
{
    put16(d, v >> 16);
    put16(d, v & 0xffff);
}

struct Table
{
    quint32 tag = 0;
    QByteArray data;
};

/// The tables of the face whose offset table starts at `face` (offsets are from the file start).
std::vector<Table> tablesOf(const QByteArray &file, quint32 face)
{
    std::vector<Table> out;
    const int count = u16(file, face + 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype rec = face + 12 + 16 * i;
        const quint32 offset = u32(file, rec + 8);
        const quint32 length = u32(file, rec + 12);
        if (qsizetype(offset) + length > file.size())
            return {};
        out.push_back({u32(file, rec), file.mid(offset, length)});
    }
    return out;
}

const Table *find(const std::vector<Table> &tables, const char tag[5])
{
    const quint32 t =
        quint32(quint8(tag[0])) << 24 | quint32(quint8(tag[1])) << 16 | quint32(quint8(tag[2])) << 8 | quint8(tag[3]);
    for (const Table &x : tables)
        if (x.tag == t)
            return &x;
    return nullptr;
}

QString familyOf(const std::vector<Table> &tables)
{
    const Table *name = find(tables, "name");
    if (!name)
        return {};
    const QByteArray &d = name->data;
    const int count = u16(d, 2);
    const int strings = u16(d, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 6 + 12 * i;
        if (u16(d, r) == 3 && u16(d, r + 6) == 1 && u16(d, r + 2) == 1) {
            const QByteArray raw = d.mid(strings + u16(d, r + 10), u16(d, r + 8));
            QString s;
            for (qsizetype k = 0; k + 1 < raw.size(); k += 2)
                s += QChar(quint16(quint8(raw[k]) << 8 | quint8(raw[k + 1])));
            return s;
        }
    }
    return {};
}

/// The format-12 (full Unicode) character map of a cmap table as code point -> glyph.
std::map<quint32, quint32> unicodeMap(const QByteArray &cmap)
{
    std::map<quint32, quint32> out;
    const int count = u16(cmap, 2);
    for (int i = 0; i < count; ++i) {
        const quint32 offset = u32(cmap, 4 + 8 * i + 4);
        if (u16(cmap, offset) != 12)
            continue;
        const quint32 groups = u32(cmap, offset + 12);
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype r = offset + 16 + 12 * qsizetype(g);
            const quint32 first = u32(cmap, r), last = u32(cmap, r + 4), glyph = u32(cmap, r + 8);
            for (quint32 c = first; c <= last && c - first < 0x110000; ++c)
                out[c] = glyph + (c - first);
        }
        return out;
    }
    return out;
}

/// A cmap with one format-12 subtable (Windows, full Unicode) mapping `map`.
QByteArray cmapTable(const std::map<quint32, quint32> &map)
{
    QByteArray groups;
    quint32 count = 0, first = 0, last = 0, glyph = 0;
    bool open = false;
    const auto flush = [&] {
        if (open) {
            put32(groups, first);
            put32(groups, last);
            put32(groups, glyph);
            ++count;
        }
    };
    for (const auto &[c, g] : map) {
        if (open && c == last + 1 && g == glyph + (c - first)) {
            last = c;
            continue;
        }
        flush();
        first = last = c;
        glyph = g;
        open = true;
    }
    flush();
    QByteArray out;
    put16(out, 0);  // version
    put16(out, 2);  // subtables: Unicode full repertoire, Windows full repertoire
    put16(out, 0), put16(out, 4), put32(out, 20);
    put16(out, 3), put16(out, 10), put32(out, 20);
    put16(out, 12), put16(out, 0);
    put32(out, 16 + 12 * count);
    put32(out, 0);  // language
    put32(out, count);
    return out + groups;
}

QByteArray nameTable(const QString &family, const QString &style)
{
    const QString full = family + QLatin1Char(' ') + style;
    QString postscript = full;
    postscript.remove(QLatin1Char(' '));
    const std::pair<int, QString> names[] = {{1, family}, {2, style}, {4, full}, {6, postscript}};
    QByteArray records, strings;
    for (const auto &[id, text] : names) {
        QByteArray utf16;
        for (const QChar c : text)
            put16(utf16, c.unicode());
        put16(records, 3), put16(records, 1), put16(records, 0x409), put16(records, quint32(id));
        put16(records, quint32(utf16.size())), put16(records, quint32(strings.size()));
        strings += utf16;
    }
    QByteArray out;
    put16(out, 0), put16(out, std::size(names)), put16(out, 6 + 12 * std::size(names));
    return out + records + strings;
}

QByteArray sfnt(quint32 version, std::vector<Table> tables)
{
    std::sort(tables.begin(), tables.end(), [](const Table &a, const Table &b) { return a.tag < b.tag; });
    const quint32 n = quint32(tables.size());
    quint32 power = 1, log = 0;
    while (power * 2 <= n)
        power *= 2, ++log;
    QByteArray head;
    put32(head, version);
    put16(head, n), put16(head, power * 16), put16(head, log), put16(head, n * 16 - power * 16);
    QByteArray body;
    quint32 offset = 12 + 16 * n;
    for (const Table &t : tables) {
        quint32 sum = 0;
        QByteArray padded = t.data;
        padded.append(QByteArray((4 - padded.size() % 4) % 4, '\0'));
        for (qsizetype i = 0; i < padded.size(); i += 4)
            sum += u32(padded, i);
        put32(head, t.tag), put32(head, sum), put32(head, offset), put32(head, quint32(t.data.size()));
        body += padded;
        offset += quint32(padded.size());
    }
    return head + body;
}

}  // namespace

bool isShadowedCodePoint(uint c, uint preferred)
{
    const bool radical = c >= 0x2E80 && c <= 0x2FDF;      // CJK radicals supplement, Kangxi radicals
    const bool compat = c >= 0xF900 && c <= 0xFAFF;       // CJK compatibility ideographs
    const bool punctuation = c >= 0x2000 && c <= 0x2BFF;  // general punctuation .. misc. symbols
    return c != preferred && (radical || compat || (punctuation && preferred >= 0x3000));
}

QByteArray repairedCjkFont(const QByteArray &ttc, const QString &family, const QString &newFamily, const QString &style)
{
    if (!ttc.startsWith("ttcf"))
        return {};
    const quint32 faces = u32(ttc, 8);
    for (quint32 i = 0; i < faces && i < 64; ++i) {
        const quint32 face = u32(ttc, 12 + 4 * qsizetype(i));
        std::vector<Table> tables = tablesOf(ttc, face);
        if (tables.empty() || familyOf(tables) != family)
            continue;
        const Table *cmap = find(tables, "cmap");
        if (!cmap)
            return {};
        std::map<quint32, quint32> map = unicodeMap(cmap->data);
        // For each glyph the code point text uses: not a radical, compatibility form or
        // punctuation lookalike when the glyph has another code point.
        std::map<quint32, quint32> preferred;  // glyph -> code point
        for (const auto &[c, g] : map) {
            auto it = preferred.find(g);
            if (it == preferred.end() || isShadowedCodePoint(it->second, c))
                preferred[g] = c;
        }
        for (auto it = map.begin(); it != map.end();)
            it = isShadowedCodePoint(it->first, preferred[it->second]) ? map.erase(it) : std::next(it);
        for (Table &t : tables) {
            if (&t == cmap)
                t.data = cmapTable(map);
            else if (t.tag == 0x6e616d65)  // 'name'
                t.data = nameTable(newFamily, style);
        }
        return sfnt(u32(ttc, face), std::move(tables));
    }
    return {};
}

QString pdfFontFamily()
{
    static const QString family = [] {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        const std::pair<const char *, const char *> faces[] = {
            {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Regular"},
            {"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Bold"}};
        bool any = false;
        for (const auto &[path, style] : faces) {
            // Named after the source's size and time, so an updated font package is cut again.
            const QFileInfo source(QString::fromLatin1(path));
            const QString target = QDir(cache).filePath(QStringLiteral("pdf-cjk-jp-%1-%2-%3.otf")
                                                            .arg(QLatin1String(style))
                                                            .arg(source.size())
                                                            .arg(source.lastModified().toSecsSinceEpoch()));
            if (!QFileInfo::exists(target)) {
                QFile in(source.filePath());
                if (!in.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray font = repairedCjkFont(in.readAll(), kFamily, kRepaired, QLatin1String(style));
                QDir().mkpath(cache);
                QSaveFile out(target);
                if (font.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(font) != font.size() ||
                    !out.commit())
                    continue;
            }
            any = QFontDatabase::addApplicationFont(target) >= 0 || any;
        }
        return any && QFontDatabase::hasFamily(kRepaired) ? kRepaired : kFamily;
    }();
    return family;
}

}  // namespace cd::gui
