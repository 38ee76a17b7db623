#include "reasons.hpp"

namespace wz {

const char* effectId(Effect e) {
    switch (e) {
        case Effect::ok: return "ok";
        case Effect::consult: return "consult";
        default: return "fail";
    }
}

Reason makeReason(const PolicyData& data, std::string_view key, Effect effect, const Vars& vars) {
    Reason r;
    r.code = std::string(key.substr(0, key.find('/')));
    r.effect = effect;
    // every key the rules use is checked present when the data is loaded; the fallback (the
    // key as its own text) keeps this total without exceptions
    auto found = data.reasons.find(key);
    if (found == data.reasons.end()) {
        r.message = std::string(key);
        return r;
    }
    const ReasonText& text = found->second;
    r.cite = text.cite;
    const std::string_view t = text.message;
    r.message.reserve(t.size() + 32);
    // copy the text between placeholders in runs; a {name} without a value stays as written
    size_t i = 0;
    while (i < t.size()) {
        const size_t open = t.find('{', i);
        const size_t close = open == std::string_view::npos ? open : t.find('}', open);
        if (close == std::string_view::npos) break;
        r.message.append(t.data() + i, open - i);
        const std::string_view name = t.substr(open + 1, close - open - 1);
        const std::string* value = nullptr;
        for (const auto& [k, v] : vars)
            if (name == k) value = &v;
        if (value) r.message += *value;
        else r.message.append(t.data() + open, close - open + 1);
        i = close + 1;
    }
    r.message.append(t.data() + i, t.size() - i);
    return r;
}

}  // namespace wz
