// libFuzzer target: the roster mode (Engine::evaluateRoster), which takes a table from a file
// a person made: the CLI's libcsv or the page's papaparse split it, so the cells may hold any
// bytes. The input is split into rows at '\n' and cells at ',' (nothing unquoted: the cells are
// what a CSV reader would hand over); input byte 0 picks one of the eight class schemes.
// The engine must never crash, hang or leak, and:
//  - the answer is JSON in well-formed UTF-8 (nlohmann's strict parser), whatever the bytes;
//  - ok:false comes with errors; ok:true has one perTrainee entry per non-blank data row,
//    money amounts, and a total equal to their sum (0 when the class is ineligible).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "real_engine.hpp"

namespace {

using nlohmann::json;

// one valid class of each scheme (the roster supplies the trainees)
const char* const kClasses[] = {
    R"({"asOf":"2021-05-01","scheme":"project","organizer":{"type":"college","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01","hours":40}})",
    R"({"asOf":"2021-05-01","scheme":"special-operation","organizer":{"type":"institution","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01"}})",
    R"({"asOf":"2021-05-01","scheme":"pre-job-enterprise","organizer":{"type":"enterprise","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01","hours":8}})",
    R"({"asOf":"2021-05-01","scheme":"pre-job-household","organizer":{"type":"institution","district":"瑞安市"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01","hours":8}})",
    R"({"asOf":"2021-05-01","scheme":"apprentice-employee","organizer":{"type":"enterprise","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01"}})",
    R"({"asOf":"2021-05-01","scheme":"apprentice-student","organizer":{"type":"enterprise","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01"}})",
    R"({"asOf":"2021-05-01","scheme":"master-apprentice","organizer":{"type":"master-studio","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01","periodInYear":1}})",
    R"({"asOf":"2021-05-01","scheme":"entrepreneurship","organizer":{"type":"institution","district":"鹿城区"},"class":{"filedDate":"2021-03-20","startDate":"2021-04-01","course":"SYB","hours":64}})",
};

[[noreturn]] void fail(const char* what, const std::string& output) {
    std::fprintf(stderr, "fuzz_roster invariant broken: %s\n--- output\n%.2000s\n", what, output.c_str());
    std::abort();
}

bool isMoney(const json& v) { return v.is_number() && v.get<double>() >= 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const char* request = kClasses[data[0] % 8];
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::vector<std::vector<std::string>> table(1);
    std::string cell;
    for (char c : text) {
        if (c == '\n') {
            table.back().push_back(cell);
            cell.clear();
            table.emplace_back();
        } else if (c == ',') {
            table.back().push_back(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    table.back().push_back(cell);

    const std::string out = realEngine().evaluateRoster(request, table, wz::Date{2021, 5, 1});
    const json r = json::parse(out, nullptr, false);  // strict: refuses ill-formed UTF-8
    if (r.is_discarded() || !r.is_object() || !r.contains("ok") || !r["ok"].is_boolean()) fail("not a JSON object with ok", out);
    if (!r["ok"].get<bool>()) {
        if (!r.contains("errors") || !r["errors"].is_array() || r["errors"].empty()) fail("ok:false without errors", out);
        return 0;
    }
    if (!r.contains("perTrainee") || !r["perTrainee"].is_array() || !isMoney(r["total"])) fail("no perTrainee or total", out);
    double sum = 0;
    for (const auto& t : r["perTrainee"]) {
        if (!t.is_object() || !isMoney(t["amount"])) fail("a trainee without a money amount", out);
        sum += t["amount"].get<double>();
    }
    if (r["status"] == "ineligible" ? r["total"].get<double>() != 0 : std::abs(r["total"].get<double>() - sum) > 0.005)
        fail("total is not the sum of the trainees (or not 0 when ineligible)", out);
    return 0;
}
