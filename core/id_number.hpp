// Resident identity numbers, GB 11643-1999: 17 digits and a MOD 11-2 check character.
#pragma once
#include <string>
#include <string_view>

#include "civil_date.hpp"

namespace wz {

enum class Gender { male, female };

struct IdNumberInfo {
    bool valid = false;
    std::string problem;  // Chinese, when not valid
    Date birthDate;
    Gender gender = Gender::male;
};

IdNumberInfo checkIdNumber(std::string_view id);

}  // namespace wz
