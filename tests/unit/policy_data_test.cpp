#define BOOST_TEST_MODULE policy_data
#include <boost/test/unit_test.hpp>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data_files.hpp"
#include "policy_data.hpp"
#include "unit_helpers.hpp"

using nlohmann::json;
using unit::date;
using unit::realFiles;

namespace {

std::string list(const wz::LoadResult& r) {
    std::string out;
    for (const auto& p : r.problems) out += "\n  " + p.line();
    return out.empty() ? " (no problems)" : out;
}

json fileJson(const std::string& name) {
    auto it = realFiles().find(name);
    BOOST_REQUIRE_MESSAGE(it != realFiles().end(), name << " was not read from " << WZ_DATA_DIR);
    return json::parse(it->second);
}

// a copy of the real files with one file's JSON changed in memory
wz::DataFiles mutated(const std::string& name, const std::function<void(json&)>& change) {
    wz::DataFiles files = realFiles();
    json j = fileJson(name);
    change(j);
    files[name] = j.dump(1);
    return files;
}

bool hasProblem(const wz::LoadResult& r, const std::string& file, const std::string& field) {
    for (const auto& p : r.problems)
        if (p.file == file && p.field == field && !p.message.empty()) return true;
    return false;
}

// the load must fail, with a problem naming exactly this file and field
void expectProblem(const wz::DataFiles& files, const std::string& file, const std::string& field) {
    const wz::LoadResult r = wz::loadPolicyData(files);
    BOOST_TEST(!r.data.has_value(), "data loaded despite a problem in " << file << " at " << field);
    BOOST_TEST(hasProblem(r, file, field), "expected a problem at " << file << " " << field << "; got:" << list(r));
}

// either JSON-Pointer form of a key holding '/' ("a/b" or "a~1b")
void expectProblemEither(const wz::DataFiles& files, const std::string& file, const std::string& raw,
                         const std::string& escaped) {
    const wz::LoadResult r = wz::loadPolicyData(files);
    BOOST_TEST(!r.data.has_value());
    BOOST_TEST((hasProblem(r, file, raw) || hasProblem(r, file, escaped)),
               "expected a problem at " << file << " " << escaped << "; got:" << list(r));
}

void expectLoads(const wz::DataFiles& files) {
    const wz::LoadResult r = wz::loadPolicyData(files);
    BOOST_TEST(r.data.has_value(), "did not load:" << list(r));
    BOOST_TEST(r.problems.empty(), list(r));
}

json& param(json& parameters, const std::string& id) { return parameters["parameters"][id]; }

// every parameter the rules of the contract read
const std::vector<std::pair<std::string, std::string>> kRuleParameters = {
    {"ot.issueFrom", "date"}, {"ot.issueTo", "date"}, {"ot.applyLast", "date"}, {"ot.applyWithinYears", "years"},
    {"age.min", "years"}, {"age.maxMale", "years"}, {"age.maxFemale", "years"}, {"age.maxFemaleHousehold", "years"},
    {"identity.graduateYears", "years"}, {"annual.maxSubsidies", "count"}, {"ui.issueFrom", "date"},
    {"ui.minMonths", "months"}, {"ui.amount.初级", "fen"}, {"ui.amount.中级", "fen"}, {"ui.amount.高级", "fen"},
    {"ui.shortageUpliftPercent", "percent"}, {"class.filingLeadDays", "days"}, {"project.perHour", "fen"},
    {"project.cap", "fen"}, {"project.upliftPercent", "percent"}, {"specialOperation.new", "fen"},
    {"specialOperation.renewal", "fen"}, {"preJobEnterprise.amount", "fen"}, {"preJobEnterprise.minHours", "hours"},
    {"preJobEnterprise.newHireMonths", "months"}, {"preJobHousehold.amount", "fen"},
    {"preJobHousehold.minHours", "hours"}, {"apprenticeEmployee.fullUpTo", "fen"},
    {"apprenticeEmployee.ratePercent", "percent"}, {"apprenticeEmployee.floor", "fen"},
    {"apprenticeEmployee.cap", "fen"}, {"apprenticeEmployee.trainingOnlyPercent", "percent"},
    {"apprenticeStudent.cap", "fen"}, {"master.maxPeriods", "count"}, {"master.maxTrainees", "count"},
    {"entrepreneurship.amount.SYB", "fen"}, {"entrepreneurship.amount.IYB", "fen"},
    {"entrepreneurship.amount.internet-plus", "fen"}, {"entrepreneurship.amount.online", "fen"},
    {"entrepreneurship.amount.8+X", "fen"}, {"entrepreneurship.maxTrainees", "count"}};

}  // namespace

BOOST_AUTO_TEST_SUITE(real_data)

BOOST_AUTO_TEST_CASE(every_file_is_read) {
    for (const auto& name : wz::dataFileNames()) BOOST_TEST(realFiles().count(name) == 1u, name);
    BOOST_TEST(wz::dataFileNames().size() >= 9u);
}

BOOST_AUTO_TEST_CASE(real_data_loads_without_problems) { expectLoads(realFiles()); }

BOOST_AUTO_TEST_CASE(real_data_matches_the_contract) {
    const wz::LoadResult r = wz::loadPolicyData(realFiles());
    BOOST_REQUIRE_MESSAGE(r.data.has_value(), list(r));
    const wz::PolicyData& d = *r.data;

    // the 15 districts of the hotline table, urban area = the six of the contract
    const std::vector<std::string> names = {"市本级", "鹿城区", "瓯海区", "龙湾区", "经开区", "瓯江口", "洞头区", "乐清市",
                                            "瑞安市", "龙港市", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县"};
    BOOST_TEST(d.districts.size() == 15u);
    for (size_t i = 0; i < names.size(); ++i) {
        const wz::District* x = d.district(names[i]);
        BOOST_REQUIRE_MESSAGE(x != nullptr, names[i]);
        BOOST_TEST(x->urban == (i < 6), names[i]);
        BOOST_TEST(!x->phones.empty(), names[i]);
    }
    BOOST_TEST((d.district("鹿城区")->phones == std::vector<std::string>{"55566370", "55566350"}));

    // levels and aliases
    const std::vector<std::pair<std::string, int>> levels = {{"初级", 0}, {"中级", 1}, {"高级", 2}, {"技师", 3}, {"高级技师", 4},
                                                             {"五级", 0}, {"四级", 1}, {"三级", 2}, {"二级", 3}, {"一级", 4}};
    for (const auto& [name, index] : levels) {
        BOOST_REQUIRE_MESSAGE(d.level(name).has_value(), name);
        BOOST_TEST(*d.level(name) == index, name);
    }
    BOOST_TEST(!d.level("六级").has_value());

    // a few amounts (fen) against 办法 and 附件1
    const wz::Date on = date("2021-01-01");
    BOOST_TEST(d.number("project.perHour", on) == 2500);
    BOOST_TEST(d.number("project.cap", on) == 200000);
    BOOST_TEST(d.number("class.filingLeadDays", on) == 5);
    BOOST_TEST(d.date("ot.applyLast", on).str() == "2021-12-31");
    BOOST_TEST(d.number("ui.amount.中级", on) == 150000);
    const wz::Catalogue& cat = wz::pickDated(d.catalogue, on).value;
    BOOST_TEST(cat.categories.size() == 3u);
    BOOST_TEST(cat.shortageUpliftPercent == 50);
    BOOST_TEST(cat.specialAbilityAmounts.at(0) == 60000);
    BOOST_TEST(cat.specialAbilityAmounts.at(2) == 80000);
    BOOST_TEST(d.institutions.size() == 113u);
}

BOOST_AUTO_TEST_CASE(a_directory_that_does_not_exist_names_every_file) {
    const wz::DataFiles none = wz::readDataDirectory(std::string(WZ_DATA_DIR) + "/no-such-directory");
    BOOST_TEST(none.empty());
    const wz::LoadResult r = wz::loadPolicyData(none);
    BOOST_TEST(!r.data.has_value());
    for (const auto& name : wz::dataFileNames()) BOOST_TEST(hasProblem(r, name, "/"), name << list(r));
}

BOOST_AUTO_TEST_CASE(problem_line_names_file_and_field) {
    wz::DataProblem p{"districts.json", "/rows/1/phones/0", "a phone number holds only digits"};
    BOOST_TEST(p.line().find("districts.json") != std::string::npos);
    BOOST_TEST(p.line().find("/rows/1/phones/0") != std::string::npos);
    BOOST_TEST(p.line().find('\n') == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(file_level_problems)

BOOST_AUTO_TEST_CASE(each_file_missing) {
    for (const auto& name : wz::dataFileNames()) {
        BOOST_TEST_CONTEXT("missing " << name) {
            wz::DataFiles files = realFiles();
            files.erase(name);
            expectProblem(files, name, "/");
        }
    }
}

BOOST_AUTO_TEST_CASE(each_file_not_json) {
    for (const auto& name : wz::dataFileNames()) {
        for (const std::string& text : std::vector<std::string>{"{ \"rows\": [1, 2", "", "not json at all", "{\"a\":1} trailing"}) {
            BOOST_TEST_CONTEXT(name << " as «" << text << "»") {
                wz::DataFiles files = realFiles();
                files[name] = text;
                expectProblem(files, name, "/");
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(each_file_of_the_wrong_shape) {
    for (const auto& name : wz::dataFileNames()) {
        BOOST_TEST_CONTEXT(name << " as an array") {
            wz::DataFiles files = realFiles();
            files[name] = "[]";
            expectProblem(files, name, "/");
        }
        BOOST_TEST_CONTEXT(name << " as an empty object") {
            wz::DataFiles files = realFiles();
            files[name] = "{}";
            const wz::LoadResult r = wz::loadPolicyData(files);
            BOOST_TEST(!r.data.has_value());
            bool named = false;
            for (const auto& p : r.problems) named = named || p.file == name;
            BOOST_TEST(named, list(r));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(schema_problems)

BOOST_AUTO_TEST_CASE(unknown_field) {
    expectProblem(mutated("edition.json", [](json& j) { j["extra"] = 1; }), "edition.json", "/extra");
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][3]["fax"] = "88888888"; }), "districts.json",
                  "/rows/3/fax");
    expectProblem(mutated("parameters.json", [](json& j) { param(j, "project.cap")["values"][0]["note"] = "x"; }),
                  "parameters.json", "/parameters/project.cap/values/0/note");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][1]["color"] = "red"; }),
                  "catalogue.json", "/editions/0/categories/1/color");
    expectProblem(mutated("reasons.json", [](json& j) { j["reasons"]["late-filing"]["hint"] = "x"; }), "reasons.json",
                  "/reasons/late-filing/hint");
}

BOOST_AUTO_TEST_CASE(wrong_type) {
    expectProblem(mutated("levels.json", [](json& j) { j["levels"][0]["name"] = 5; }), "levels.json", "/levels/0/name");
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][0]["urban"] = "yes"; }), "districts.json",
                  "/rows/0/urban");
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][0]["phones"] = "89090156"; }), "districts.json",
                  "/rows/0/phones");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["shortageUpliftPercent"] = "50"; }),
                  "catalogue.json", "/editions/0/shortageUpliftPercent");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][0]["amounts"]["初级"] = 1200.5; }),
                  "catalogue.json", "/editions/0/categories/0/amounts/初级");
    expectProblem(mutated("institutions.json", [](json& j) { j["rows"][5]["no"] = "6"; }), "institutions.json",
                  "/rows/5/no");
    expectProblem(mutated("edition.json", [](json& j) { j["effective"]["from"] = "2020-5-1"; }), "edition.json",
                  "/effective/from");
    // a number parameter holding text (the schema lets strings through for date parameters)
    expectProblem(mutated("parameters.json", [](json& j) { param(j, "project.cap")["values"][0]["value"] = "2000"; }),
                  "parameters.json", "/parameters/project.cap/values/0/value");
    expectProblem(mutated("parameters.json", [](json& j) { param(j, "project.cap")["values"][0]["value"] = 2000.5; }),
                  "parameters.json", "/parameters/project.cap/values/0/value");
}

BOOST_AUTO_TEST_CASE(required_field_missing) {
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][4].erase("phones"); }), "districts.json",
                  "/rows/4/phones");
    expectProblem(mutated("edition.json", [](json& j) { j.erase("effective"); }), "edition.json", "/effective");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][2].erase("amounts"); }),
                  "catalogue.json", "/editions/0/categories/2/amounts");
}

BOOST_AUTO_TEST_CASE(values_out_of_range) {
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][0]["amounts"]["中级"] = -1; }),
                  "catalogue.json", "/editions/0/categories/0/amounts/中级");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][0]["id"] = "D"; }),
                  "catalogue.json", "/editions/0/categories/0/id");
    expectProblem(mutated("catalogue.json", [](json& j) { j["unit"] = "yuan"; }), "catalogue.json", "/unit");
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][0]["phones"][0] = "123"; }), "districts.json",
                  "/rows/0/phones/0");
    expectProblem(mutated("catalogue.json", [](json& j) {
                      auto& a = j["editions"][0]["categories"][0]["occupations"];
                      a.push_back(a[0]);
                  }),
                  "catalogue.json", "/editions/0/categories/0/occupations/16");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parameters)

BOOST_AUTO_TEST_CASE(each_rule_parameter_is_required) {
    for (const auto& entry : kRuleParameters) {
        const std::string id = entry.first;
        BOOST_TEST_CONTEXT("without " << id) {
            expectProblem(mutated("parameters.json", [&](json& j) { j["parameters"].erase(id); }), "parameters.json",
                          "/parameters/" + id);
        }
    }
}

BOOST_AUTO_TEST_CASE(wrong_unit) {
    for (const auto& entry : kRuleParameters) {
        const std::string id = entry.first;
        const std::string other = entry.second == "fen" ? "percent" : "fen";
        BOOST_TEST_CONTEXT(id << " in " << other) {
            expectProblem(mutated("parameters.json", [&](json& j) { param(j, id)["unit"] = other; }),
                          "parameters.json", "/parameters/" + id + "/unit");
        }
    }
    // a unit outside the schema's list
    expectProblem(mutated("parameters.json", [](json& j) { param(j, "project.cap")["unit"] = "yuan"; }),
                  "parameters.json", "/parameters/project.cap/unit");
}

BOOST_AUTO_TEST_CASE(date_parameter_with_a_non_date_value) {
    for (const json& bad : std::vector<json>{json("2020-5-1"), json("2021-02-29"), json("soon"), json(20200501), json(0)}) {
        BOOST_TEST_CONTEXT("ot.issueFrom = " << bad.dump()) {
            expectProblem(mutated("parameters.json", [&](json& j) { param(j, "ot.issueFrom")["values"][0]["value"] = bad; }),
                          "parameters.json", "/parameters/ot.issueFrom/values/0/value");
        }
    }
}

BOOST_AUTO_TEST_CASE(overlapping_values) {
    // a second value from 2021-06-01 while the first runs to 2021-12-31
    expectProblem(mutated("parameters.json",
                          [](json& j) {
                              json v = param(j, "project.cap")["values"][0];
                              v["from"] = "2021-06-01";
                              v["to"] = nullptr;
                              param(j, "project.cap")["values"].push_back(v);
                          }),
                  "parameters.json", "/parameters/project.cap/values/1");
    // an open-ended value followed by another
    expectProblem(mutated("parameters.json",
                          [](json& j) {
                              json v = param(j, "ui.minMonths")["values"][0];  // open-ended already
                              v["from"] = "2022-01-01";
                              param(j, "ui.minMonths")["values"].push_back(v);
                          }),
                  "parameters.json", "/parameters/ui.minMonths/values/1");
}

BOOST_AUTO_TEST_CASE(overlap_of_a_single_day) {
    // the second value starts on the day the first ends: both would be in force that day
    expectProblem(mutated("parameters.json",
                          [](json& j) {
                              unit::splitFirstDated(param(j, "project.cap")["values"], "2020-12-31", "2020-12-31")["to"] = nullptr;
                          }),
                  "parameters.json", "/parameters/project.cap/values/1");
}

BOOST_AUTO_TEST_CASE(to_before_from) {
    expectProblem(mutated("parameters.json", [](json& j) { param(j, "project.cap")["values"][0]["to"] = "2020-04-30"; }),
                  "parameters.json", "/parameters/project.cap/values/0");
}

BOOST_AUTO_TEST_CASE(consecutive_values_are_fine_and_picked_by_date) {
    wz::DataFiles files = mutated("parameters.json", [](json& j) {
        json& later = unit::splitFirstDated(param(j, "project.cap")["values"], "2020-12-31", "2021-01-01");
        later["to"] = nullptr;
        later["value"] = 250000;
    });
    const wz::LoadResult r = wz::loadPolicyData(files);
    BOOST_REQUIRE_MESSAGE(r.data.has_value(), list(r));
    BOOST_TEST(r.data->number("project.cap", date("2020-12-31")) == 200000);
    BOOST_TEST(r.data->number("project.cap", date("2021-01-01")) == 250000);
    BOOST_TEST(r.data->number("project.cap", date("2030-01-01")) == 250000);
    BOOST_TEST(r.data->number("project.cap", date("2019-01-01")) == 200000);  // nearest edition
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(editions)

BOOST_AUTO_TEST_CASE(overlapping_editions) {
    for (const std::string& file : std::vector<std::string>{"catalogue.json", "special-ability.json", "shortage.json"}) {
        BOOST_TEST_CONTEXT(file) {
            expectProblem(mutated(file,
                                  [](json& j) {
                                      json e = j["editions"][0];
                                      e["from"] = "2021-01-01";
                                      e["to"] = "2022-12-31";
                                      j["editions"].push_back(e);
                                  }),
                          file, "/editions/1");
        }
    }
}

BOOST_AUTO_TEST_CASE(edition_to_before_from) {
    for (const std::string& file : std::vector<std::string>{"catalogue.json", "special-ability.json", "shortage.json"}) {
        BOOST_TEST_CONTEXT(file) {
            expectProblem(mutated(file, [](json& j) { j["editions"][0]["to"] = "2019-12-31"; }), file, "/editions/0");
        }
    }
}

BOOST_AUTO_TEST_CASE(consecutive_editions_are_fine) {
    expectLoads(mutated("shortage.json", [](json& j) {
        json e = j["editions"][0];
        e["from"] = "2022-01-01";
        e["to"] = nullptr;
        e["occupations"] = json::array({"电工"});
        j["editions"].push_back(e);
    }));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(catalogue)

BOOST_AUTO_TEST_CASE(a_and_b_overlap) {
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][1]["occupations"].push_back("电工"); }),
                  "catalogue.json", "/editions/0/categories/1/occupations");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][2]["occupations"].push_back("美容师"); }),
                  "catalogue.json", "/editions/0/categories/2/occupations");
}

BOOST_AUTO_TEST_CASE(category_missing_a_level_amount) {
    for (const std::string& level : std::vector<std::string>{"初级", "技师", "高级技师"}) {
        BOOST_TEST_CONTEXT("A without " << level) {
            expectProblem(mutated("catalogue.json", [&](json& j) { j["editions"][0]["categories"][0]["amounts"].erase(level); }),
                          "catalogue.json", "/editions/0/categories/0/amounts");
        }
    }
}

BOOST_AUTO_TEST_CASE(exactly_one_others_qualify) {
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][1]["othersQualify"] = true; }),
                  "catalogue.json", "/editions/0/categories");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][2].erase("othersQualify"); }),
                  "catalogue.json", "/editions/0/categories");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][2]["othersQualify"] = false; }),
                  "catalogue.json", "/editions/0/categories");
}

BOOST_AUTO_TEST_CASE(duplicate_category_id) {
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][1]["id"] = "A"; }),
                  "catalogue.json", "/editions/0/categories/1/id");
}

BOOST_AUTO_TEST_CASE(unknown_level_name_in_amounts) {
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["categories"][0]["amounts"]["特级"] = 100; }),
                  "catalogue.json", "/editions/0/categories/0/amounts/特级");
    expectProblem(mutated("catalogue.json", [](json& j) { j["editions"][0]["specialAbility"]["amounts"]["六级"] = 100; }),
                  "catalogue.json", "/editions/0/specialAbility/amounts/六级");
    // an alias is a level name too
    expectLoads(mutated("catalogue.json", [](json& j) {
        auto& a = j["editions"][0]["specialAbility"]["amounts"];
        a["五级"] = a["初级"];
        a.erase("初级");
    }));
}

BOOST_AUTO_TEST_CASE(unknown_level_name_in_lists) {
    expectProblem(mutated("special-ability.json", [](json& j) { j["editions"][0]["lists"]["特级"] = json::array({"脚穴按摩"}); }),
                  "special-ability.json", "/editions/0/lists/特级");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(districts_and_institutions)

BOOST_AUTO_TEST_CASE(duplicate_district) {
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][2]["name"] = "鹿城区"; }), "districts.json",
                  "/rows/2/name");
}

BOOST_AUTO_TEST_CASE(phone_with_letters) {
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][1]["phones"][1] = "5556635O"; }), "districts.json",
                  "/rows/1/phones/1");
    expectProblem(mutated("districts.json", [](json& j) { j["rows"][0]["phones"][0] = "tel89090156"; }), "districts.json",
                  "/rows/0/phones/0");
    // digits with a hyphen are a phone number
    expectLoads(mutated("districts.json", [](json& j) { j["rows"][0]["phones"][0] = "8909-0156"; }));
}

BOOST_AUTO_TEST_CASE(no_urban_district) {
    expectProblem(mutated("districts.json",
                          [](json& j) {
                              for (auto& r : j["rows"]) r["urban"] = false;
                          }),
                  "districts.json", "/rows");
}

BOOST_AUTO_TEST_CASE(institution_with_an_unknown_district) {
    expectProblem(mutated("institutions.json", [](json& j) { j["rows"][0]["district"] = "火星区"; }), "institutions.json",
                  "/rows/0/district");
    expectProblem(mutated("institutions.json", [](json& j) { j["rows"][7]["district"] = "鹿城"; }), "institutions.json",
                  "/rows/7/district");
    expectLoads(mutated("institutions.json", [](json& j) { j["rows"][0]["district"] = "鹿城区"; }));
    expectLoads(mutated("institutions.json", [](json& j) { j["rows"][0]["district"] = nullptr; }));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(levels_and_reasons)

BOOST_AUTO_TEST_CASE(duplicate_level_alias) {
    expectProblem(mutated("levels.json", [](json& j) { j["levels"][1]["aliases"] = json::array({"五级"}); }), "levels.json",
                  "/levels/1");
    // an alias that is another level's name
    expectProblem(mutated("levels.json", [](json& j) { j["levels"][2]["aliases"].push_back("中级"); }), "levels.json",
                  "/levels/2");
    // the same alias twice on one level
    expectProblem(mutated("levels.json", [](json& j) { j["levels"][3]["aliases"].push_back("二级"); }), "levels.json",
                  "/levels/3");
}

BOOST_AUTO_TEST_CASE(missing_reason_text) {
    // the contract's reason codes (and the class warnings) must each have a text
    for (const std::string& key : std::vector<std::string>{"late-filing", "class-not-filed", "already-claimed", "annual-limit-reached",
                                  "outside-urban-area", "not-in-catalogue", "confirm-with-office", "ui-not-insured",
                                  "ui-months-short", "age-out-of-range", "no-qualifying-identity",
                                  "application-deadline-passed", "not-new-hire", "hours-too-few", "period-limit",
                                  "class-size"}) {
        BOOST_TEST_CONTEXT("without " << key) {
            expectProblem(mutated("reasons.json", [&](json& j) { j["reasons"].erase(key); }), "reasons.json",
                          "/reasons/" + key);
        }
    }
    for (const std::string& key : std::vector<std::string>{"cert-type-excluded/professional", "route-excluded/apprenticeship", "issuer-excluded/industry", "level-not-covered/ui",
                                  "issue-date-outside-window/ot", "no-application-channel/self-study",
                                  "organizer-not-eligible/project"}) {
        BOOST_TEST_CONTEXT("without " << key) {
            std::string escaped = key;
            escaped.replace(escaped.find('/'), 1, "~1");
            expectProblemEither(mutated("reasons.json", [&](json& j) { j["reasons"].erase(key); }), "reasons.json",
                                "/reasons/" + key, "/reasons/" + escaped);
        }
    }
}

BOOST_AUTO_TEST_CASE(empty_reason_message) {
    expectProblem(mutated("reasons.json", [](json& j) { j["reasons"]["late-filing"]["message"] = ""; }), "reasons.json",
                  "/reasons/late-filing/message");
}

BOOST_AUTO_TEST_SUITE_END()
