// Suggestions for the occupation box: catalogue names, both special-ability lists,
// old names (aliases) and pinyin initials. Search only: no rule reads this.
#pragma once
#include <string>

#include "policy_data.hpp"

namespace wz {

// JSON array of {name, kind, levels?, matchedBy, alias?}, best matches first
std::string suggestOccupations(const PolicyData& data, const std::string& text, size_t limit, const Date& on);

}  // namespace wz
