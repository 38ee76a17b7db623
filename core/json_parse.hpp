// One way to parse JSON text everywhere: nlohmann's parser (iterative, no exceptions)
// driving nlohmann's DOM builder, without the callback and binary readers that
// json::parse would also pull in (one parser instantiation keeps the wasm small).
// Nesting deeper than a limit is measured while parsing: the whole text is still
// checked for syntax, but nothing deeper than the limit is built.
#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace wz {

constexpr int kMaxJsonDepth = 64;  // no request or data file nests beyond a handful of levels

struct ParsedJson {
    std::optional<nlohmann::json> value;  // nullopt: not JSON, or too deep
    bool tooDeep = false;                 // valid JSON nested deeper than kMaxJsonDepth
};

ParsedJson parseJsonChecked(std::string_view text, int maxDepth = kMaxJsonDepth);
// nullopt when the text is not exactly one JSON value (or nests too deep)
std::optional<nlohmann::json> parseJson(std::string_view text);

}  // namespace wz
