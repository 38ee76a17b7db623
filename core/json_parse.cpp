#include "json_parse.hpp"

namespace wz {
namespace {

using nlohmann::json;
using DomBuilder = nlohmann::detail::json_sax_dom_parser<json>;

// Forwards SAX events to the DOM builder while within the depth limit; deeper events
// are only counted, so the parser still checks the rest of the text.
class DepthLimitedBuilder {
public:
    DepthLimitedBuilder(json& result, int maxDepth) : dom_(result, false), maxDepth_(maxDepth) {}
    bool tooDeep() const { return tooDeep_; }

    bool null() { return depth_ > maxDepth_ || dom_.null(); }
    bool boolean(bool v) { return depth_ > maxDepth_ || dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return depth_ > maxDepth_ || dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return depth_ > maxDepth_ || dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return depth_ > maxDepth_ || dom_.number_float(v, s); }
    bool string(json::string_t& v) { return depth_ > maxDepth_ || dom_.string(v); }
    bool binary(json::binary_t& v) { return depth_ > maxDepth_ || dom_.binary(v); }
    bool key(json::string_t& v) { return depth_ > maxDepth_ || dom_.key(v); }
    bool start_object(std::size_t n) { return open() || dom_.start_object(n); }
    bool start_array(std::size_t n) { return open() || dom_.start_array(n); }
    bool end_object() { return close() || dom_.end_object(); }
    bool end_array() { return close() || dom_.end_array(); }
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception&) {
        return false;
    }

private:
    // true when the event is beyond the limit (and so not forwarded)
    bool open() {
        if (++depth_ > maxDepth_) tooDeep_ = true;
        return depth_ > maxDepth_;
    }
    bool close() { return depth_-- > maxDepth_; }

    DomBuilder dom_;
    int maxDepth_;
    int depth_ = 0;
    bool tooDeep_ = false;
};

}  // namespace

ParsedJson parseJsonChecked(std::string_view text, int maxDepth) {
    ParsedJson out;
    json result;
    DepthLimitedBuilder sax(result, maxDepth);
    const char* first = text.data();
    auto adapter = nlohmann::detail::input_adapter(first, first + text.size());
    nlohmann::detail::parser<json, decltype(adapter)> parser(std::move(adapter), nullptr, false);
    if (!parser.sax_parse(&sax, true)) return out;
    if (sax.tooDeep()) {
        out.tooDeep = true;
        return out;
    }
    out.value = std::move(result);
    return out;
}

std::optional<nlohmann::json> parseJson(std::string_view text) { return parseJsonChecked(text).value; }

}  // namespace wz
