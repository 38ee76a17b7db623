// The policy as data: everything the rules need that the bureau may change
// (amounts, dates, ages, caps, lists, districts, phones, messages), loaded from
// the files of data/ and checked before use. Values carry effective dates;
// `at(date)` picks the value in force, or the nearest edition when none is.
#pragma once
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "civil_date.hpp"
#include "money.hpp"

namespace wz {

class Json;

struct Source {
    std::string doc, part, quote;
};

template <typename T>
struct Dated {
    Date from;
    std::optional<Date> to;  // open-ended when absent
    T value;
    Source source;
};

template <typename T>
const Dated<T>& pickDated(const std::vector<Dated<T>>& values, const Date& on) {
    // Preconditions checked by the loader: non-empty, sorted by `from`, not overlapping.
    for (const auto& v : values)
        if (v.from <= on && (!v.to || on <= *v.to)) return v;
    if (on < values.front().from) return values.front();
    const Dated<T>* best = &values.front();
    for (const auto& v : values)
        if (v.from <= on) best = &v;
    return *best;
}

// A scalar parameter: an integer (fen, years, count, ...) or a date.
struct ParamValue {
    long long number = 0;
    Date date;
};

struct Parameter {
    std::string unit;
    std::vector<Dated<ParamValue>> values;
};

using LevelIndex = int;  // index into PolicyData::levels, ordered 初级 .. 高级技师

struct Level {
    std::string name;
    std::vector<std::string> aliases;
};

struct Category {
    std::string id;  // A, B, C
    std::unordered_set<std::string> occupations;
    std::vector<std::string> occupationList;  // printed order, for the page
    bool othersQualify = false;               // C: every other qualification
    std::map<LevelIndex, Fen> amounts;
    Source source;
};

struct Catalogue {
    std::vector<Category> categories;
    std::map<LevelIndex, Fen> specialAbilityAmounts;
    Source specialAbilitySource;
    int shortageUpliftPercent = 0;
    Source shortageSource;
};

struct SpecialAbilityLists {
    std::map<LevelIndex, std::vector<std::string>> lists;  // printed order
    std::map<LevelIndex, std::unordered_set<std::string>> sets;
    Source source;
};

struct District {
    std::string name;
    bool urban = false;
    std::vector<std::string> phones;
};

struct Institution {
    int no = 0;
    std::string name, address, projects, phone;
    std::optional<std::string> district;
};

struct ReasonText {
    std::string cite, message;
};

// who applies, at which office, with the materials the seed lists (办法 一(一)2(1) 申领程序)
struct Channel {
    std::string who, office;
    std::vector<std::string> materials;
    Source source;
};

// search aids for the page's occupation box; never consulted by a rule
struct SearchAids {
    std::vector<std::pair<std::string, std::string>> aliases;  // alias -> catalogue name
    std::unordered_map<std::string, std::string> initials;     // name -> pinyin initials
};

struct Edition {
    std::string edition, title, dataDate, bureauPage;
    Date from, to;
};

struct PolicyData {
    Edition edition;
    std::vector<Level> levels;
    std::unordered_map<std::string, LevelIndex> levelByName;  // names and aliases
    std::map<std::string, Parameter, std::less<>> parameters;
    std::vector<Dated<Catalogue>> catalogue;
    std::vector<Dated<SpecialAbilityLists>> specialAbility;
    std::vector<Dated<std::unordered_set<std::string>>> shortage;
    std::vector<District> districts;
    std::unordered_map<std::string, size_t> districtIndex;
    std::string areaCode;
    std::vector<Institution> institutions;
    std::map<std::string, ReasonText, std::less<>> reasons;  // "code" or "code/variant"
    std::map<std::string, Channel> channels;              // institution, individual, competition, ui-office
    SearchAids search;

    const District* district(const std::string& name) const {
        auto it = districtIndex.find(name);
        return it == districtIndex.end() ? nullptr : &districts[it->second];
    }
    std::optional<LevelIndex> level(const std::string& name) const {
        auto it = levelByName.find(name);
        if (it == levelByName.end()) return std::nullopt;
        return it->second;
    }
    // Parameters the engine asks for are checked present at load time.
    long long number(std::string_view id, const Date& on) const;
    Date date(std::string_view id, const Date& on) const;
    const Parameter& parameter(std::string_view id) const;
};

// file name -> its text, as read from data/ or fetched by the page
using DataFiles = std::map<std::string, std::string>;

struct DataProblem {
    std::string file, field, message;
    std::string line() const { return file + ": " + field + ": " + message; }
};

struct LoadResult {
    std::optional<PolicyData> data;
    std::vector<DataProblem> problems;
};

// The names of the files a data directory must hold.
const std::vector<std::string>& dataFileNames();
LoadResult loadPolicyData(const DataFiles& files);
// The browser's data bundle (web/build-site.mjs): {"catalogue.json": <its document>, ...};
// a member that is a string is that file's text, read as by loadPolicyData. The page hands
// the bundle over as it downloaded it, so the data is parsed once, not twice.
LoadResult loadPolicyBundle(Json bundle);

}  // namespace wz
