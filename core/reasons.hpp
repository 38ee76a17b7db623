// Reasons: a contract code, its effect on the status, the Chinese message from
// data/reasons.json with its placeholders filled, and the clause it comes from.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "policy_data.hpp"

namespace wz {

enum class Effect { ok, consult, fail };

struct Reason {
    std::string code;
    Effect effect = Effect::ok;
    std::string message;
    std::string cite;
};

using Vars = std::vector<std::pair<const char*, std::string>>;

// key is "code" or "code/variant"; the code written out is the part before '/'
Reason makeReason(const PolicyData& data, std::string_view key, Effect effect, const Vars& vars = {});
const char* effectId(Effect e);

}  // namespace wz
