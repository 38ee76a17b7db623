#include "policy_fields.hpp"

namespace wz {

std::optional<std::string> readDistrict(FieldReader& r, std::string_view key, Need need, const PolicyData& data,
                                        bool allowOther) {
    auto name = r.text(key, need);
    if (!name) return std::nullopt;
    if (allowOther && *name == "other") return std::nullopt;
    if (!data.district(*name)) {
        r.error("invalid-value", key,
                r.path(key) + " 的地区“" + clip(*name, 40) + "”不在 " + std::to_string(data.districts.size()) +
                    " 个地区之中" + (allowOther ? "（或填 other）" : ""));
        return std::nullopt;
    }
    return name;
}

std::optional<LevelIndex> readLevel(FieldReader& r, std::string_view key, Need need, const PolicyData& data) {
    auto name = r.text(key, need);
    if (!name) return std::nullopt;
    auto level = data.level(*name);
    if (!level) {
        std::string accepted;
        for (const auto& l : data.levels) {
            accepted += (accepted.empty() ? "" : " ") + l.name;
            for (const auto& a : l.aliases) accepted += "/" + a;
        }
        r.error("invalid-value", key, r.path(key) + " 的等级“" + clip(*name, 40) + "”无效，应为 " + accepted);
    }
    return level;
}

}  // namespace wz
