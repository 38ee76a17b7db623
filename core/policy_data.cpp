#include "policy_data.hpp"

#include <algorithm>

#include "json_value.hpp"

#include "embedded_schemas.hpp"
#include "json_parse.hpp"
#include "schema_validator.hpp"

namespace wz {
namespace {

using json = Json;

// Parameters the rules read; each must be present with the right unit.
const std::vector<std::pair<std::string, std::string>>& requiredParameters() {
    static const std::vector<std::pair<std::string, std::string>> ids = {
        {"ot.issueFrom", "date"}, {"ot.issueTo", "date"}, {"ot.applyLast", "date"}, {"ot.applyWithinYears", "years"},
        {"age.min", "years"}, {"age.maxMale", "years"}, {"age.maxFemale", "years"},
        {"age.maxFemaleHousehold", "years"}, {"identity.graduateYears", "years"}, {"annual.maxSubsidies", "count"},
        {"ui.issueFrom", "date"}, {"ui.minMonths", "months"}, {"ui.shortageUpliftPercent", "percent"},
        {"class.filingLeadDays", "days"}, {"project.perHour", "fen"}, {"project.cap", "fen"},
        {"project.upliftPercent", "percent"}, {"specialOperation.new", "fen"}, {"specialOperation.renewal", "fen"},
        {"preJobEnterprise.amount", "fen"}, {"preJobEnterprise.minHours", "hours"},
        {"preJobEnterprise.newHireMonths", "months"}, {"preJobHousehold.amount", "fen"},
        {"preJobHousehold.minHours", "hours"}, {"apprenticeEmployee.fullUpTo", "fen"},
        {"apprenticeEmployee.ratePercent", "percent"}, {"apprenticeEmployee.floor", "fen"},
        {"apprenticeEmployee.cap", "fen"}, {"apprenticeEmployee.trainingOnlyPercent", "percent"},
        {"apprenticeStudent.cap", "fen"}, {"master.maxPeriods", "count"}, {"master.maxTrainees", "count"},
        {"entrepreneurship.amount.SYB", "fen"}, {"entrepreneurship.amount.IYB", "fen"},
        {"entrepreneurship.amount.internet-plus", "fen"}, {"entrepreneurship.amount.online", "fen"},
        {"entrepreneurship.amount.8+X", "fen"}, {"entrepreneurship.hours.SYB", "hours"},
        {"entrepreneurship.hours.IYB", "hours"}, {"entrepreneurship.hours.internet-plus", "hours"},
        {"entrepreneurship.hours.online", "hours"}, {"entrepreneurship.hours.8+X", "hours"},
        {"entrepreneurship.maxTrainees", "count"}, {"ui.amount.初级", "fen"}, {"ui.amount.中级", "fen"},
        {"ui.amount.高级", "fen"}};
    return ids;
}

// Reason texts the rules write; each must be present.
const std::vector<std::string>& requiredReasons() {
    static const std::vector<std::string> keys = {
        "cert-type-excluded/professional", "cert-type-excluded/ui-special-ability",
        "cert-type-excluded/ui-professional", "issuer-excluded/industry",
        "issuer-excluded/outside", "level-not-covered/ui", "level-not-covered/special-ability",
        "issue-date-outside-window/ot", "issue-date-outside-window/ui", "application-deadline-passed",
        "route-excluded/enterprise-evaluation", "route-excluded/enterprise-pilot", "route-excluded/apprenticeship",
        "route-excluded/master-apprentice", "no-qualifying-identity", "public-sector-without-ui", "no-application-channel/self-study",
        "outside-urban-area", "age-out-of-range", "annual-limit-reached", "already-claimed", "ui-not-insured",
        "ui-months-short", "not-in-catalogue", "confirm-with-office", "catalogue-category",
        "catalogue-category/c-default", "catalogue-special-ability", "shortage-uplift",
        "shortage-not-for-special-ability", "identity-met", "channel/institution", "channel/individual",
        "channel/competition", "deadline", "ui-amount", "class-not-filed", "late-filing",
        "organizer-not-eligible/project", "organizer-not-eligible/master-apprentice", "hours-too-few", "not-new-hire",
        "period-limit", "class-size", "not-passed", "no-contract", "no-certificate", "training-only",
        "outside-urban-area/class", "hours-below-standard", "outside-policy-period", "uplift-applied",
        "invalid-row", "invalid-id-number", "duplicate-id", "age-out-of-range/class", "unknown-column"};
    return keys;
}

class Loader {
public:
    explicit Loader(std::vector<DataProblem>& problems) : problems_(problems) {}

    void problem(const std::string& file, const std::string& field, const std::string& message) {
        problems_.push_back({file, field.empty() ? "/" : field, message});
    }

    Source source(const json& j) {
        Source s;
        s.doc = j.value("doc", "");
        s.part = j.value("part", "");
        s.quote = j.value("quote", "");
        return s;
    }

    Date date(const json& j) { return *parseDate(j.asString()); }

    std::optional<Date> optionalDate(const json& j) {
        if (j.is_null()) return std::nullopt;
        return date(j);
    }

    // editions sorted by from; from <= to; no overlap
    template <typename T>
    void checkPeriods(const std::string& file, const std::string& field, std::vector<Dated<T>>& v) {
        for (size_t i = 1; i < v.size(); ++i)  // a handful of editions: insertion sort
            for (size_t j = i; j > 0 && v[j].from < v[j - 1].from; --j) std::swap(v[j], v[j - 1]);
        for (size_t i = 0; i < v.size(); ++i) {
            if (v[i].to && *v[i].to < v[i].from)
                problem(file, field + "/" + std::to_string(i), "\"to\" " + v[i].to->str() + " is before \"from\" " + v[i].from.str());
            if (i > 0 && (!v[i - 1].to || v[i].from <= *v[i - 1].to))
                problem(file, field + "/" + std::to_string(i), "effective period overlaps the one before it");
        }
    }

    std::optional<LevelIndex> level(const PolicyData& d, const std::string& file, const std::string& field,
                                    const std::string& name) {
        auto l = d.level(name);
        if (!l) problem(file, field, "unknown level \"" + name + "\"");
        return l;
    }

    std::map<LevelIndex, Fen> levelAmounts(const PolicyData& d, const std::string& file, const std::string& field,
                                           const json& j) {
        std::map<LevelIndex, Fen> out;
        for (const auto& item : j.items())
            if (auto l = level(d, file, field + "/" + item.first, item.first)) out[*l] = item.second.asInteger();
        return out;
    }

    void levels(PolicyData& d, const json& j) {
        for (const auto& l : j["levels"]) {
            Level level{l["name"].asString(), l["aliases"].asStrings()};
            const auto index = static_cast<LevelIndex>(d.levels.size());
            addLevelName(d, level.name, index);
            for (const auto& n : level.aliases) addLevelName(d, n, index);
            d.levels.push_back(std::move(level));
        }
    }

    void addLevelName(PolicyData& d, const std::string& name, LevelIndex index) {
        if (!d.levelByName.emplace(name, index).second)
            problem("levels.json", "/levels/" + std::to_string(index), "level name \"" + name + "\" appears twice");
    }

    void edition(PolicyData& d, const json& j) {
        d.edition.edition = j["edition"].asString();
        d.edition.title = j["title"].asString();
        d.edition.dataDate = j["dataDate"].asString();
        d.edition.bureauPage = j.value("bureauPage", "");
        d.edition.from = date(j["effective"]["from"]);
        d.edition.to = date(j["effective"]["to"]);
    }

    void parameters(PolicyData& d, const json& j) {
        for (const auto& item : j["parameters"].items()) {
            Parameter p;
            p.unit = item.second["unit"].asString();
            const std::string field = "/parameters/" + item.first;
            size_t i = 0;
            for (const auto& v : item.second["values"]) {
                Dated<ParamValue> dv{date(v["from"]), optionalDate(v["to"]), {}, source(v["source"])};
                const std::string vf = field + "/values/" + std::to_string(i++) + "/value";
                if (p.unit == "date") {
                    auto parsed = v["value"].is_string() ? parseDate(v["value"].asString()) : std::nullopt;
                    if (!parsed) problem("parameters.json", vf, "a date parameter needs a \"YYYY-MM-DD\" value");
                    else dv.value.date = *parsed;
                } else if (!v["value"].is_number_integer()) {
                    problem("parameters.json", vf, "a " + p.unit + " parameter needs a whole number");
                } else {
                    dv.value.number = v["value"].asInteger();
                }
                p.values.push_back(std::move(dv));
            }
            checkPeriods("parameters.json", field + "/values", p.values);
            d.parameters.emplace(item.first, std::move(p));
        }
        for (const auto& [id, unit] : requiredParameters()) {
            auto it = d.parameters.find(id);
            if (it == d.parameters.end())
                problem("parameters.json", "/parameters/" + id, "required parameter is missing");
            else if (it->second.unit != unit)
                problem("parameters.json", "/parameters/" + id + "/unit", "must be \"" + unit + "\"");
        }
    }

    void catalogue(PolicyData& d, const json& j) {
        size_t e = 0;
        for (const auto& ed : j["editions"]) {
            const std::string field = "/editions/" + std::to_string(e++);
            Catalogue c;
            std::unordered_set<std::string> seenIds;
            size_t k = 0;
            for (const auto& cj : ed["categories"]) {
                const std::string cf = field + "/categories/" + std::to_string(k++);
                Category cat;
                cat.id = cj["id"].asString();
                if (!seenIds.insert(cat.id).second) problem("catalogue.json", cf + "/id", "category " + cat.id + " appears twice");
                cat.occupationList = cj["occupations"].asStrings();
                cat.occupations.insert(cat.occupationList.begin(), cat.occupationList.end());
                cat.othersQualify = cj.value("othersQualify", false);
                cat.amounts = levelAmounts(d, "catalogue.json", cf + "/amounts", cj["amounts"]);
                if (cat.amounts.size() != d.levels.size())
                    problem("catalogue.json", cf + "/amounts", "needs an amount for every level");
                cat.source = source(cj["source"]);
                c.categories.push_back(std::move(cat));
            }
            size_t others = 0;
            for (size_t a = 0; a < c.categories.size(); ++a) {
                others += c.categories[a].othersQualify;
                for (size_t b = a + 1; b < c.categories.size(); ++b)
                    for (const auto& o : c.categories[b].occupationList)
                        if (c.categories[a].occupations.count(o))
                            problem("catalogue.json", field + "/categories/" + std::to_string(b) + "/occupations",
                                    "\"" + o + "\" is also in category " + c.categories[a].id);
            }
            if (others != 1)
                problem("catalogue.json", field + "/categories", "exactly one category must have \"othersQualify\": true");
            c.specialAbilityAmounts = levelAmounts(d, "catalogue.json", field + "/specialAbility/amounts", ed["specialAbility"]["amounts"]);
            c.specialAbilitySource = source(ed["specialAbility"]["source"]);
            c.shortageUpliftPercent = static_cast<int>(ed["shortageUpliftPercent"].asInteger());
            c.shortageSource = source(ed["shortageSource"]);
            d.catalogue.push_back({date(ed["from"]), optionalDate(ed["to"]), std::move(c), source(ed["source"])});
        }
        checkPeriods("catalogue.json", "/editions", d.catalogue);
    }

    void specialAbility(PolicyData& d, const json& j) {
        size_t e = 0;
        for (const auto& ed : j["editions"]) {
            const std::string field = "/editions/" + std::to_string(e++);
            SpecialAbilityLists s;
            for (const auto& item : ed["lists"].items()) {
                auto l = level(d, "special-ability.json", field + "/lists/" + item.first, item.first);
                if (!l) continue;
                s.lists[*l] = item.second.asStrings();
                s.sets[*l].insert(s.lists[*l].begin(), s.lists[*l].end());
            }
            s.source = source(ed["source"]);
            const Source src = s.source;
            d.specialAbility.push_back({date(ed["from"]), optionalDate(ed["to"]), std::move(s), src});
        }
        checkPeriods("special-ability.json", "/editions", d.specialAbility);
    }

    void shortage(PolicyData& d, const json& j) {
        for (const auto& ed : j["editions"]) {
            auto list = ed["occupations"].asStrings();
            d.shortage.push_back({date(ed["from"]), optionalDate(ed["to"]),
                                  std::unordered_set<std::string>(list.begin(), list.end()), source(j["source"])});
        }
        checkPeriods("shortage.json", "/editions", d.shortage);
    }

    void districts(PolicyData& d, const json& j) {
        d.areaCode = j["areaCode"].asString();
        size_t i = 0;
        for (const auto& r : j["rows"]) {
            District dist{r["name"].asString(), r["urban"].asBool(), r["phones"].asStrings()};
            for (size_t p = 0; p < dist.phones.size(); ++p)
                if (dist.phones[p].find_first_not_of("0123456789-") != std::string::npos)
                    problem("districts.json", "/rows/" + std::to_string(i) + "/phones/" + std::to_string(p),
                            "a phone number holds only digits");
            if (!d.districtIndex.emplace(dist.name, d.districts.size()).second)
                problem("districts.json", "/rows/" + std::to_string(i) + "/name", "district \"" + dist.name + "\" appears twice");
            d.districts.push_back(std::move(dist));
            ++i;
        }
        if (std::none_of(d.districts.begin(), d.districts.end(), [](const District& x) { return x.urban; }))
            problem("districts.json", "/rows", "at least one district must be urban");
    }

    void institutions(PolicyData& d, const json& j) {
        size_t i = 0;
        for (const auto& r : j["rows"]) {
            Institution inst{static_cast<int>(r["no"].asInteger()), r["name"].asString(), r["address"].asString(),
                             r["projects"].asString(), r["phone"].asString(), std::nullopt};
            if (r["district"].is_string()) {
                inst.district = r["district"].asString();
                if (!d.district(*inst.district))
                    problem("institutions.json", "/rows/" + std::to_string(i) + "/district",
                            "unknown district \"" + *inst.district + "\"");
            }
            d.institutions.push_back(std::move(inst));
            ++i;
        }
    }

    void reasons(PolicyData& d, const json& j) {
        for (const auto& item : j["reasons"].items())
            d.reasons[item.first] = {item.second["cite"].asString(), item.second["message"].asString()};
        for (const auto& key : requiredReasons())
            if (!d.reasons.count(key)) problem("reasons.json", "/reasons/" + key, "required reason text is missing");
    }

    void channels(PolicyData& d, const json& j) {
        for (const auto& item : j["channels"].items()) {
            const json& c = item.second;
            d.channels[item.first] = {c["who"].asString(), c["office"].asString(),
                                      c["materials"].asStrings(), source(c["source"])};
        }
        for (const char* id : {"institution", "individual", "competition", "ui-office"})
            if (!d.channels.count(id)) problem("channels.json", std::string("/channels/") + id, "required channel is missing");
    }

    // aliases must lead to a name the catalogue or the special-ability lists know
    void search(PolicyData& d, const json& j) {
        std::unordered_set<std::string> known;
        for (const auto& ed : d.catalogue)
            for (const auto& c : ed.value.categories) known.insert(c.occupationList.begin(), c.occupationList.end());
        for (const auto& ed : d.specialAbility)
            for (const auto& [level, list] : ed.value.lists) known.insert(list.begin(), list.end());
        size_t i = 0;
        for (const auto& a : j["aliases"]) {
            const std::string name = a["name"].asString();
            if (!known.count(name))
                problem("search.json", "/aliases/" + std::to_string(i) + "/name", "\"" + name + "\" is in no catalogue list");
            d.search.aliases.emplace_back(a["alias"].asString(), name);
            ++i;
        }
        for (const auto& item : j["initials"].items()) d.search.initials[item.first] = item.second.asString();
    }

private:
    std::vector<DataProblem>& problems_;
};

}  // namespace

const std::vector<std::string>& dataFileNames() {
    static const std::vector<std::string> names = {"edition.json",  "levels.json",   "parameters.json",
                                                   "catalogue.json", "special-ability.json", "shortage.json",
                                                   "districts.json", "institutions.json", "reasons.json",
                                                   "channels.json", "search.json"};
    return names;
}

const Parameter& PolicyData::parameter(std::string_view id) const {
    // the ids the rules read are checked present when the data is loaded (requiredParameters),
    // so the fallback, one value of 0 in force always, is never read; it keeps this total
    static const Parameter missing{"", {Dated<ParamValue>{}}};
    auto it = parameters.find(id);
    return it == parameters.end() ? missing : it->second;
}

long long PolicyData::number(std::string_view id, const Date& on) const {
    return pickDated(parameter(id).values, on).value.number;
}

Date PolicyData::date(std::string_view id, const Date& on) const {
    return pickDated(parameter(id).values, on).value.date;
}


namespace {

// one data file's text, parsed; nullopt (and the problem noted) when it is not JSON
std::optional<json> parseDataFile(const std::string& name, std::string_view text, Loader& loader) {
    std::optional<json> doc = parseJson(text);
    if (!doc) loader.problem(name, "", "not valid JSON (UTF-8 text with one JSON object)");
    return doc;
}

// fileDocument(name, loader): the parsed document of that file, or nullopt with its problem noted
template <typename FileDocument>
LoadResult loadDocuments(FileDocument fileDocument) {
    LoadResult result;
    Loader loader(result.problems);
    std::map<std::string, json> docs;
    for (const auto& name : dataFileNames()) {
        std::optional<json> doc = fileDocument(name, loader);
        if (!doc) continue;
        const auto schemaText = embeddedSchemas().find(name);
        if (schemaText == embeddedSchemas().end()) {
            loader.problem(name, "", "no schema for this file is built into the engine");
            continue;
        }
        const json schema = parseJson(schemaText->second).value_or(json::object());
        auto problems = validateAgainstSchema(*doc, schema);
        for (const auto& p : problems) loader.problem(name, p.pointer, p.message);
        if (problems.empty()) docs.emplace(name, std::move(*doc));
    }
    if (!result.problems.empty()) return result;

    // the schemas guarantee the shapes read below; a wrong type would read as false/0/"" (json_value.hpp)
    PolicyData d;
    loader.edition(d, docs["edition.json"]);
    loader.levels(d, docs["levels.json"]);
    loader.parameters(d, docs["parameters.json"]);
    loader.catalogue(d, docs["catalogue.json"]);
    loader.specialAbility(d, docs["special-ability.json"]);
    loader.shortage(d, docs["shortage.json"]);
    loader.districts(d, docs["districts.json"]);
    loader.institutions(d, docs["institutions.json"]);
    loader.reasons(d, docs["reasons.json"]);
    loader.channels(d, docs["channels.json"]);
    loader.search(d, docs["search.json"]);
    if (result.problems.empty()) result.data = std::move(d);
    return result;
}

}  // namespace

LoadResult loadPolicyData(const DataFiles& files) {
    return loadDocuments([&files](const std::string& name, Loader& loader) -> std::optional<json> {
        auto it = files.find(name);
        if (it != files.end()) return parseDataFile(name, it->second, loader);
        loader.problem(name, "", "file is missing");
        return std::nullopt;
    });
}

LoadResult loadPolicyBundle(Json bundle) {
    std::vector<Json::Member> members = bundle.takeItems();
    return loadDocuments([&members](const std::string& name, Loader& loader) -> std::optional<json> {
        // a repeated name: the last one counts, as in any JSON object here
        for (auto it = members.rbegin(); it != members.rend(); ++it) {
            if (it->first != name) continue;
            if (it->second.is_string()) return parseDataFile(name, it->second.asString(), loader);
            return std::move(it->second);
        }
        loader.problem(name, "", "file is missing");
        return std::nullopt;
    });
}

}  // namespace wz
