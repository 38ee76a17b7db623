// Reading a roster CSV with libcsv (RFC 4180 quoting, any line ending), with a progress
// bar on stderr for large files, and writing the computed roster back as CSV.
#pragma once
#include <string>
#include <vector>

namespace wzcli {

using Table = std::vector<std::vector<std::string>>;

struct CsvRead {
    bool ok = false;
    std::string error;
    Table table;
};

CsvRead readCsvFile(const std::string& path, bool progress);
// one CSV line per row, fields quoted where needed
std::string toCsv(const Table& table);
void progressBar(const char* label, double fraction, bool done);

}  // namespace wzcli
