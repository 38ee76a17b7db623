// JSON text -> wz::Json. Strict RFC 8259 (UTF-8 checked, no comments, no trailing
// commas), iterative (no recursion, so no input can exhaust the stack), and nesting
// deeper than a limit is measured while parsing: the whole text is still checked for
// syntax, but nothing deeper than the limit is built.
#pragma once
#include <optional>
#include <string_view>

#include "json_value.hpp"

namespace wz {

constexpr int kMaxJsonDepth = 64;  // no request or data file nests beyond a handful of levels

struct ParsedJson {
    std::optional<Json> value;  // nullopt: not JSON, or too deep
    bool tooDeep = false;       // valid JSON nested deeper than the limit
};

ParsedJson parseJsonChecked(std::string_view text, int maxDepth = kMaxJsonDepth);
// nullopt when the text is not exactly one JSON value (or nests too deep)
std::optional<Json> parseJson(std::string_view text);
// well-formed UTF-8 (RFC 3629), as the parser requires of every string
bool isUtf8(std::string_view text);

}  // namespace wz
