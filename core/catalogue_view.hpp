// The policy data in force on a date, as one JSON document for the pages
// (levels, districts, the catalogue, the special-ability lists, every parameter
// with its source). Amounts are yuan.
#pragma once
#include <string>

#include "policy_data.hpp"

namespace wz {

std::string catalogueView(const PolicyData& data, const Date& on);

}  // namespace wz
