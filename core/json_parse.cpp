#include "json_parse.hpp"

namespace wz {

std::optional<nlohmann::json> parseJson(std::string_view text) {
    using nlohmann::json;
    json result;
    nlohmann::detail::json_sax_dom_parser<json> sax(result, false);
    const char* first = text.data();
    auto adapter = nlohmann::detail::input_adapter(first, first + text.size());
    nlohmann::detail::parser<json, decltype(adapter)> parser(std::move(adapter), nullptr, false);
    if (!parser.sax_parse(&sax, true)) return std::nullopt;
    return result;
}

}  // namespace wz
