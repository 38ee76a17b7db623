// Shared helpers of the unit suites: the real data loaded once, an Engine on it,
// evaluate() with the response parsed, reason-code lookups, and resident ID numbers
// built with their MOD 11-2 check character computed here (independently of core/).
#pragma once
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "civil_date.hpp"
#include "data_files.hpp"
#include "engine.hpp"
#include "policy_data.hpp"

namespace unit {

using nlohmann::json;

inline wz::Date date(const char* text) {
    auto d = wz::parseDate(text);
    if (!d) throw std::invalid_argument(std::string("test date is not a date: ") + text);
    return *d;
}

// The file texts of the repository's data/ directory.
inline const wz::DataFiles& realFiles() {
    static const wz::DataFiles files = wz::readDataDirectory(WZ_DATA_DIR);
    return files;
}

// The Engine on the real data; a load failure is thrown (and so reported) in every test using it.
inline const wz::Engine& engine() {
    static std::unique_ptr<wz::Engine> instance;
    static std::string failure;
    if (!instance && failure.empty()) {
        wz::LoadResult r = wz::loadPolicyData(realFiles());
        if (r.data) {
            instance = std::make_unique<wz::Engine>(std::move(*r.data));
        } else {
            std::ostringstream s;
            s << "the real data in " << WZ_DATA_DIR << " does not load:";
            for (const auto& p : r.problems) s << "\n  " << p.line();
            failure = s.str();
        }
    }
    if (!instance) throw std::runtime_error(failure);
    return *instance;
}

// A copy of the real data files with one file's JSON changed in memory.
template <typename Change>
wz::DataFiles mutatedFiles(const std::string& name, Change change) {
    wz::DataFiles files = realFiles();
    json j = json::parse(files.at(name));
    change(j);
    files[name] = j.dump(1);
    return files;
}

// A dated list (a parameter's "values", a file's "editions") given a second entry: a copy of
// the first, in force from `from`; the first now ends on `lastDay`. Returns the copy.
inline json& splitFirstDated(json& values, const char* lastDay, const char* from) {
    json later = values[0];
    values[0]["to"] = lastDay;
    later["from"] = from;
    values.push_back(later);
    return values.back();
}

// An Engine on other data (thrown when it does not load).
inline std::unique_ptr<wz::Engine> engineOn(const wz::DataFiles& files) {
    wz::LoadResult r = wz::loadPolicyData(files);
    if (!r.data) {
        std::ostringstream s;
        s << "the changed data does not load:";
        for (const auto& p : r.problems) s << "\n  " << p.line();
        throw std::runtime_error(s.str());
    }
    return std::make_unique<wz::Engine>(std::move(*r.data));
}

inline json evaluateOn(const wz::Engine& e, const json& request, const char* today = "2021-03-15") {
    const wz::EvaluateOutput out = e.evaluate(request.dump(), date(today));
    return json::parse(out.json);
}

// Evaluates raw text; the response must itself be JSON.
inline json evaluateText(const std::string& text, const char* today = "2021-03-15") {
    const wz::EvaluateOutput out = engine().evaluate(text, date(today));
    json j = json::parse(out.json, nullptr, false);
    if (j.is_discarded()) throw std::runtime_error("the engine's response is not JSON: " + out.json.substr(0, 400));
    return j;
}

inline json evaluate(const json& request, const char* today = "2021-03-15") {
    return evaluateText(request.dump(), today);
}

inline std::set<std::string> codes(const json& reasons) {
    std::set<std::string> out;
    if (reasons.is_array())
        for (const auto& r : reasons)
            if (r.is_object() && r.contains("code") && r["code"].is_string()) out.insert(r["code"].get<std::string>());
    return out;
}

inline bool hasCode(const json& reasons, const std::string& code) { return codes(reasons).count(code) > 0; }

inline std::string show(const json& j) { return j.dump(); }

// The error of an {"ok": false} response with this code (null json when there is none).
inline json findError(const json& response, const std::string& code, const std::string& path) {
    if (!response.is_object() || !response.contains("errors")) return json();
    for (const auto& e : response["errors"])
        if (e.value("code", "") == code && e.value("path", "") == path) return e;
    return json();
}

// GB 11643 MOD 11-2: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 -> 'X'.
inline char idCheckChar(const std::string& first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k) weight = weight * 2 % 11;
        sum += (first17[static_cast<size_t>(i)] - '0') * weight;
    }
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}

// area 330302 (鹿城区), birth "YYYYMMDD", a 3-digit sequence (odd last digit: male)
inline std::string makeId(const std::string& birthYYYYMMDD, const std::string& seq3 = "011",
                          const std::string& area = "330302") {
    const std::string first17 = area + birthYYYYMMDD + seq3;
    return first17 + idCheckChar(first17);
}

// An individual request eligible under both schemes: a man insured in 鹿城区,
// 电工 中级 from a filed class in 鹿城区.
inline nlohmann::json eligibleIndividual() {
    return nlohmann::json::parse(R"({
      "kind": "individual", "asOf": "2021-03-15",
      "person": {"gender": "male", "birthDate": "1985-06-01", "uiInsured": true, "uiDistrict": "鹿城区", "uiMonths": 36},
      "certificate": {"type": "qualification", "occupation": "电工", "level": "中级", "issueDate": "2020-08-01",
                      "issuer": "wenzhou-hrss", "route": "institution", "trainingDistrict": "鹿城区"}
    })");
}

}  // namespace unit
