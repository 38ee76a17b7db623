// Which line of the 补贴目录 (附件1) and 专项能力参考目录 (附件2) a certificate falls
// under, and its amount; shared by the worker's subsidy and the master-studio scheme.
#pragma once
#include <optional>
#include <string>

#include "policy_data.hpp"

namespace wz {

struct CatalogueMatch {
    std::string category;     // "A", "B", "C" or "special-ability"
    std::optional<Fen> base;  // none when the level has no amount (special-ability 中级, …)
    bool listed = false;      // named in the printed list (C: false when it qualifies as "other")
};

// 附件1: A and B by name; every other qualification is C (the category with othersQualify).
CatalogueMatch lookupQualification(const Catalogue& catalogue, const std::string& occupation, LevelIndex level);
// 办法 一(一)1, 附件2: 专项能力 初级/高级 amounts; `listed` when the name is on that level's list.
CatalogueMatch lookupSpecialAbility(const Catalogue& catalogue, const SpecialAbilityLists& lists,
                                    const std::string& occupation, LevelIndex level);
// 办法 一(一)1: on the 紧缺职业（工种）目录 by the request's word or by the published list.
bool isShortageOccupation(const PolicyData& data, const std::string& occupation, bool requestSaysShortage,
                          const Date& on);
// base raised by `percent` (exact to the milli-fen)
MilliFen withUplift(Fen base, long long percent);

}  // namespace wz
