// Request fields whose values the data defines: districts and certificate levels.
// Shared by the individual and the class request readers; the error messages list
// what the data accepts.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "field_reader.hpp"
#include "policy_data.hpp"

namespace wz {

// a district of data/districts.json; with allowOther, "other" reads as no Wenzhou district
std::optional<std::string> readDistrict(FieldReader& r, std::string_view key, Need need, const PolicyData& data,
                                        bool allowOther = false);
// a level of data/levels.json, by name or alias
std::optional<LevelIndex> readLevel(FieldReader& r, std::string_view key, Need need, const PolicyData& data);

}  // namespace wz
