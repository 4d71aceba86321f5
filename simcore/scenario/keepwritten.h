#pragma once
// "Keep what the author wrote": the saver leaves out optional keys that hold their default
// (delay "+00:00", phone_lines 1, an empty cc list, ...) so that files it writes stay short and
// stable. A file written by hand or by another tool may spell such keys out; saving it again
// (the editor's Save and Save As) must not silently drop them. keepWrittenKeys() puts them back
// into the saver's document, at the place the author had them, with the value the scenario now
// holds (which is the default, or the saver would have written the key).

#include "scenario/json.h"

namespace cd::scenario {

/// Adds to `saved` (a document the saver built) every key of `written` (the file as read) that
/// the saver left out because its value is the default or empty. Objects in arrays are matched
/// by their id (or path, or from/to/node), so reordered or removed items are handled; keys the
/// saver omits for other reasons (an optional part the user removed) are not brought back.
void keepWrittenKeys(json::Value &saved, const json::Value &written);

}  // namespace cd::scenario
