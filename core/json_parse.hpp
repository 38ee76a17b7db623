// One way to parse JSON text everywhere: nlohmann's DOM parser without exceptions
// and without the callback and binary readers that json::parse would also pull in
// (one parser instantiation keeps the wasm small).
#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace wz {

// nullopt when the text is not exactly one JSON value
std::optional<nlohmann::json> parseJson(std::string_view text);

}  // namespace wz
