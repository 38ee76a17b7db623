// A class roster as a table (first row: the column names, Chinese or English) turned
// into the trainees of a class request. Cells are converted to the request's types where
// they can be; a cell that cannot stays as typed, so that the row is flagged with its own
// error while the other rows are computed ("traineeErrors": "flag").
#pragma once
#include <string>
#include <vector>

#include "json_value.hpp"

namespace wz {

using Table = std::vector<std::vector<std::string>>;

struct RosterTrainees {
    Json trainees = Json::array();
    std::vector<std::string> unknownColumns;
    // set when the table cannot be a roster: text that is not UTF-8, a first row naming no
    // column the roster knows, no trainee rows (Chinese, for the person who made the file)
    std::string problem;
};

RosterTrainees rosterToTrainees(const Table& table);
// the header and one example row of the roster template, as CSV text
std::string rosterTemplateCsv();

}  // namespace wz
