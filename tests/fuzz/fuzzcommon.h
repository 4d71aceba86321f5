#pragma once
// Shared by the libFuzzer harnesses (tests/fuzz/README.md): the input as a QByteArray without a
// copy, and a check that every diagnostic is located and bounded, so a harness finds wrong
// answers (an unlocated or megabyte-long message), not only crashes.
#include "scenario/diagnostic.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cd::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void checkDiagnostics(const scenario::Diagnostics &ds)
{
    for (const scenario::Diagnostic &d : ds) {
        if (d.message.isEmpty() || d.message.size() > 2200) {
            std::fprintf(stderr, "bad diagnostic (%lld characters): %s\n", static_cast<long long>(d.message.size()),
                         qPrintable(d.message.left(200)));
            std::abort();
        }
    }
}

}  // namespace cd::fuzz
