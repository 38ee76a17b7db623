#include "reasons.hpp"

#include <stdexcept>

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
    // every key the rules use is checked present when the data is loaded
    auto found = data.reasons.find(key);
    if (found == data.reasons.end()) throw std::out_of_range("reason text " + std::string(key));
    const ReasonText& text = found->second;
    r.cite = text.cite;
    const std::string& t = text.message;
    r.message.reserve(t.size() + 16);
    for (size_t i = 0; i < t.size();) {
        if (t[i] == '{') {
            const size_t close = t.find('}', i);
            if (close != std::string::npos) {
                const std::string_view name(t.data() + i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [k, v] : vars) {
                    if (name == k) {
                        r.message += v;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        r.message += t[i++];
    }
    return r;
}

}  // namespace wz
