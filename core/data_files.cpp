#include "data_files.hpp"

#include <fstream>
#include <sstream>

namespace wz {

DataFiles readDataDirectory(const std::string& dir) {
    DataFiles files;
    for (const auto& name : dataFileNames()) {
        std::ifstream in(dir + "/" + name, std::ios::binary);
        if (!in) continue;
        std::ostringstream text;
        text << in.rdbuf();
        files[name] = text.str();
    }
    return files;
}

}  // namespace wz
