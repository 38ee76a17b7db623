// Reading a data directory into the file map the loader takes (native only).
#pragma once
#include <string>

#include "policy_data.hpp"

namespace wz {

// Reads every file of dataFileNames() found in `dir`; a missing or unreadable file is left out
// (the loader then reports it by name).
DataFiles readDataDirectory(const std::string& dir);

}  // namespace wz
