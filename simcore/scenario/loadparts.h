#pragma once
// The loader's JSON -> Scenario conversion, one function per object of docs/scenario-format.md. Each reports
// type errors, unknown/duplicate/missing keys and unknown enum names through the Reader and
// returns a value with defaults where the input was bad (so list indices, and so paths, hold).
// References, ranges and times are checked afterwards on the result by the validator
// (validator.cpp, validatorinjects.cpp).

#include "scenario/reader.h"

namespace cd::scenario::detail {

Meta readMeta(Reader &r, const json::Value &v, const QString &path);
Room readRoom(Reader &r, const json::Value &v, const QString &path);
Persona readPersona(Reader &r, const json::Value &v, const QString &path);
Graph readGraph(Reader &r, const json::Value &v, const QString &path);
Truth readTruth(Reader &r, const json::Value &v, const QString &path);
Inject readInject(Reader &r, const json::Value &v, const QString &path);
Site readSite(Reader &r, const json::Value &v, const QString &path);
Response readResponse(Reader &r, const json::Value &v, const QString &path);
Channels readChannels(Reader &r, const json::Value &v, const QString &path);
ExpectedFlow readFlow(Reader &r, const json::Value &v, const QString &path);
SurveyQuestion readQuestion(Reader &r, const json::Value &v, const QString &path);
/// `inSite`: a site's initial page, whose "site" key is optional.
Page readPage(Reader &r, const json::Value &v, const QString &path, bool inSite);

/// Reads an array with `readOne` for every item (bad items become default values).
template<typename T, typename F>
std::vector<T> readList(Reader &r, const json::Value *v, const QString &path, F readOne)
{
    std::vector<T> out;
    if (!v || !r.expectType(*v, json::Value::Type::Array, path))
        return out;
    out.reserve(v->array.size());
    for (std::size_t i = 0; i < v->array.size(); ++i)
        out.push_back(readOne(r, v->array[i], itemPath(path, i)));
    return out;
}

}  // namespace cd::scenario::detail
