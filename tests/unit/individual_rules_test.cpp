#define BOOST_TEST_MODULE individual_rules
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <algorithm>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "unit_helpers.hpp"

using nlohmann::json;
using unit::codes;
using unit::hasCode;
using unit::show;

namespace {

// Eligible under both schemes: a man insured in 鹿城区, 电工 中级 from a filed class in 鹿城区.
json base() { return unit::eligibleIndividual(); }

// A person meeting none of conditions ①–④ of 办法 一(一)2(1) (no UI, no hukou, not working in the urban area).
json noIdentity() {
    json j = base();
    j["person"] = json{{"gender", "male"}, {"birthDate", "1985-06-01"}, {"uiInsured", false}, {"hukouDistrict", "other"}};
    return j;
}

json with(json j, const char* ptr, const json& value) {
    j[json::json_pointer(ptr)] = value;
    return j;
}

json hist(const char* date, const char* scheme, const char* occupation, const char* level) {
    return json{{"date", date}, {"scheme", scheme}, {"occupation", occupation}, {"level", level}};
}

// Checks what the contract says of every individual response, then returns it.
json run(const json& request) {
    const json r = unit::evaluate(request);
    BOOST_REQUIRE_MESSAGE(r.is_object() && r.value("ok", false) == true, "request failed: " << show(r));
    BOOST_REQUIRE_MESSAGE(r["results"].is_array() && r["results"].size() == 2u, show(r));
    BOOST_TEST(r["results"][0].value("scheme", "") == "occupational-training");
    BOOST_TEST(r["results"][1].value("scheme", "") == "ui-skill-upgrade");
    for (const auto& s : r["results"]) {
        const std::string status = s.value("status", "");
        BOOST_TEST((status == "eligible" || status == "ineligible" || status == "consult"), show(s));
        BOOST_REQUIRE(s["amount"].is_number());
        const double amount = s["amount"].get<double>();
        BOOST_TEST(amount >= 0);
        BOOST_TEST(std::fabs(amount * 100 - std::round(amount * 100)) < 1e-6, "amount not in fen: " << amount);
        if (status == "ineligible") BOOST_TEST(amount == 0.0, show(s));
        if (status != "eligible") BOOST_TEST(!s["reasons"].empty(), show(s));
        for (const auto& reason : s["reasons"]) {
            BOOST_TEST(!reason.value("code", "").empty());
            BOOST_TEST(!reason.value("message", "").empty());
            BOOST_TEST(!reason.value("cite", "").empty());
        }
    }
    // best: the eligible schemes with the highest amount
    std::set<std::string> expectBest;
    double top = -1;
    for (const auto& s : r["results"])
        if (s["status"] == "eligible") top = std::max(top, s["amount"].get<double>());
    for (const auto& s : r["results"])
        if (s["status"] == "eligible" && s["amount"].get<double>() == top) expectBest.insert(s["scheme"].get<std::string>());
    std::set<std::string> best;
    for (const auto& b : r["best"]) best.insert(b.get<std::string>());
    BOOST_TEST((best == expectBest), "best " << r["best"].dump() << " in " << show(r));
    return r;
}

json ot(const json& request) { return run(request)["results"][0]; }
json ui(const json& request) { return run(request)["results"][1]; }

std::string status(const json& s) { return s.value("status", ""); }
double amount(const json& s) { return s.value("amount", -1.0); }

void expectStatus(const json& s, const std::string& st, double amt) {
    BOOST_TEST(status(s) == st, show(s));
    BOOST_TEST(amount(s) == amt, show(s));
}

void expectReason(const json& s, const std::string& st, const std::string& code) {
    BOOST_TEST(status(s) == st, show(s));
    BOOST_TEST(hasCode(s["reasons"], code), "expected " << code << " in " << show(s));
}

void expectNoReason(const json& s, const std::string& code) {
    BOOST_TEST(!hasCode(s["reasons"], code), "unexpected " << code << " in " << show(s));
}

std::vector<std::string> phones(const json& s) {
    std::vector<std::string> out;
    if (s.contains("apply") && s["apply"].contains("phones"))
        for (const auto& p : s["apply"]["phones"]) out.push_back(p.get<std::string>());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(baseline)

BOOST_AUTO_TEST_CASE(both_schemes_eligible) {
    const json r = run(base());
    const json& o = r["results"][0];
    const json& u = r["results"][1];
    expectStatus(o, "eligible", 1600);
    BOOST_TEST(o.value("category", "") == "A");
    BOOST_TEST(o.value("deadline", "") == "2021-08-01");
    BOOST_TEST(o["apply"].value("channel", "") == "institution");
    BOOST_TEST(o["apply"].value("district", "") == "鹿城区");
    BOOST_TEST((phones(o) == std::vector<std::string>{"55566370", "55566350"}));
    expectStatus(u, "eligible", 1500);
    BOOST_TEST(u["apply"].value("channel", "") == "ui-office");
    BOOST_TEST(u["apply"].value("district", "") == "鹿城区");
    BOOST_TEST((phones(u) == std::vector<std::string>{"55566370", "55566350"}));
    BOOST_TEST(r["best"] == json::array({"occupational-training"}));
    BOOST_TEST(r.value("asOf", "") == "2021-03-15");
}

BOOST_AUTO_TEST_CASE(best_picks_ui_when_it_pays_more) {
    const json r = run(with(base(), "/certificate/occupation", "美容师"));  // B 中级 1200 < UI 1500
    expectStatus(r["results"][0], "eligible", 1200);
    BOOST_TEST(r["best"] == json::array({"ui-skill-upgrade"}));
}

BOOST_AUTO_TEST_CASE(best_holds_both_on_a_tie) {
    json req = with(with(base(), "/certificate/occupation", "美容师"), "/certificate/level", "初级");  // B 1000 = UI 1000
    const json r = run(req);
    expectStatus(r["results"][0], "eligible", 1000);
    expectStatus(r["results"][1], "eligible", 1000);
    BOOST_TEST(r["best"].size() == 2u);
}

BOOST_AUTO_TEST_CASE(best_empty_when_nothing_eligible) {
    json req = with(base(), "/certificate/type", "professional");
    const json r = run(req);
    BOOST_TEST(r["best"].empty(), show(r));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(catalogue_amounts)

BOOST_AUTO_TEST_CASE(category_a_every_level_and_aliases) {
    const std::vector<std::pair<std::string, double>> levels = {{"初级", 1200}, {"中级", 1600}, {"高级", 2400},
                                                                {"技师", 3500}, {"高级技师", 4500}, {"五级", 1200},
                                                                {"四级", 1600}, {"三级", 2400}, {"二级", 3500},
                                                                {"一级", 4500}};
    for (const auto& l : levels) {
        BOOST_TEST_CONTEXT(l.first) {
            const json o = ot(with(base(), "/certificate/level", l.first));
            expectStatus(o, "eligible", l.second);
            BOOST_TEST(o.value("category", "") == "A");
        }
    }
}

BOOST_AUTO_TEST_CASE(category_b_and_c) {
    const std::vector<std::tuple<std::string, std::string, std::string, double>> cases = {
        {"美容师", "初级", "B", 1000}, {"中式烹调师", "高级", "B", 1800}, {"眼镜定配工", "高级技师", "B", 3800},
        {"育婴员", "中级", "C", 1000}, {"保安员", "技师", "C", 2500},     {"企业人力资源管理师", "三级", "C", 1500},
        // a name on no list is C (decisions.md #17: old names are not mapped)
        {"维修电工", "中级", "C", 1000}, {"家政服务员", "初级", "C", 800}};
    for (const auto& [occupation, level, category, amt] : cases) {
        BOOST_TEST_CONTEXT(occupation << " " << level) {
            const json o = ot(with(with(base(), "/certificate/occupation", occupation), "/certificate/level", level));
            expectStatus(o, "eligible", amt);
            BOOST_TEST(o.value("category", "") == category);
        }
    }
}

BOOST_AUTO_TEST_CASE(shortage_uplift_fifty_percent) {
    const json r = run(with(base(), "/certificate/shortage", true));
    expectStatus(r["results"][0], "eligible", 2400);  // 1600 × 1.5
    expectStatus(r["results"][1], "eligible", 2250);  // 1500 × 1.5 (FAQ 9(2))
    const json c = ot(with(with(with(base(), "/certificate/shortage", true), "/certificate/occupation", "育婴员"),
                          "/certificate/level", "初级"));
    expectStatus(c, "eligible", 1200);  // 800 × 1.5
}

BOOST_AUTO_TEST_CASE(special_ability_listed) {
    json req = with(with(base(), "/certificate/type", "special-ability"), "/certificate/occupation", "脚穴按摩");
    const json low = run(with(req, "/certificate/level", "初级"));
    expectStatus(low["results"][0], "eligible", 600);
    BOOST_TEST(low["results"][0].value("category", "") == "special-ability");
    expectReason(low["results"][1], "ineligible", "cert-type-excluded");
    const json high = ot(with(req, "/certificate/level", "高级"));
    expectStatus(high, "eligible", 800);
    // the shortage uplift is for qualifications only (decisions.md #13)
    expectStatus(ot(with(with(req, "/certificate/level", "初级"), "/certificate/shortage", true)), "eligible", 600);
}

BOOST_AUTO_TEST_CASE(special_ability_not_in_catalogue_is_consult) {
    // 剪纸制作 is on the 初级 list only
    json req = with(with(base(), "/certificate/type", "special-ability"), "/certificate/occupation", "剪纸制作");
    expectStatus(ot(with(req, "/certificate/level", "初级")), "eligible", 600);
    const json o = ot(with(req, "/certificate/level", "高级"));
    expectReason(o, "consult", "not-in-catalogue");
    BOOST_TEST(amount(o) == 800.0);
    expectReason(ot(with(with(req, "/certificate/occupation", "手机贴膜"), "/certificate/level", "初级")), "consult",
                 "not-in-catalogue");
}

BOOST_AUTO_TEST_CASE(special_ability_level_without_an_amount) {
    // decisions.md #11: only 初级 and 高级 exist
    json req = with(with(base(), "/certificate/type", "special-ability"), "/certificate/occupation", "脚穴按摩");
    for (const char* level : {"中级", "技师", "高级技师"}) {
        BOOST_TEST_CONTEXT(level) {
            const json o = ot(with(req, "/certificate/level", level));
            expectReason(o, "ineligible", "level-not-covered");
            BOOST_TEST(amount(o) == 0.0);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(exclusions)

BOOST_AUTO_TEST_CASE(cert_type_excluded) {
    const json r = run(with(base(), "/certificate/type", "professional"));
    expectReason(r["results"][0], "ineligible", "cert-type-excluded");
    BOOST_TEST(amount(r["results"][0]) == 0.0);
    expectReason(r["results"][1], "ineligible", "cert-type-excluded");
}

BOOST_AUTO_TEST_CASE(issuer_excluded_and_confirm_with_office) {
    for (const char* issuer : {"industry", "outside"}) {
        BOOST_TEST_CONTEXT(issuer) {
            const json r = run(with(base(), "/certificate/issuer", issuer));
            expectReason(r["results"][0], "ineligible", "issuer-excluded");
            BOOST_TEST(amount(r["results"][0]) == 0.0);
            expectReason(r["results"][1], "consult", "confirm-with-office");
            BOOST_TEST(amount(r["results"][1]) == 1500.0);
            BOOST_TEST(r["best"].empty());
        }
    }
    // decisions.md #12: provincial and filed evaluators are accepted
    for (const char* issuer : {"wenzhou-hrss", "zhejiang-hrss", "registered-evaluator"}) {
        BOOST_TEST_CONTEXT(issuer) {
            const json r = run(with(base(), "/certificate/issuer", issuer));
            expectStatus(r["results"][0], "eligible", 1600);
            expectStatus(r["results"][1], "eligible", 1500);
        }
    }
}

BOOST_AUTO_TEST_CASE(ui_level_not_covered) {
    for (const char* level : {"技师", "高级技师", "二级", "一级"}) {
        BOOST_TEST_CONTEXT(level) {
            const json r = run(with(base(), "/certificate/level", level));
            expectReason(r["results"][1], "ineligible", "level-not-covered");
            BOOST_TEST(status(r["results"][0]) == "eligible");
        }
    }
    for (const char* level : {"初级", "中级", "高级", "三级"}) {
        BOOST_TEST_CONTEXT(level) {
            BOOST_TEST(status(ui(with(base(), "/certificate/level", level))) == "eligible");
        }
    }
    expectStatus(ui(with(base(), "/certificate/level", "高级")), "eligible", 2000);
    expectStatus(ui(with(base(), "/certificate/level", "初级")), "eligible", 1000);
}

BOOST_AUTO_TEST_CASE(route_excluded) {
    for (const char* route : {"enterprise-evaluation", "enterprise-pilot", "apprenticeship", "master-apprentice"}) {
        BOOST_TEST_CONTEXT(route) {
            const json r = run(with(base(), "/certificate/route", route));
            expectReason(r["results"][0], "ineligible", "route-excluded");
            expectStatus(r["results"][1], "eligible", 1500);  // the UI scheme has no route rule
        }
    }
    for (const char* route : {"institution", "self-study", "competition"}) {
        BOOST_TEST_CONTEXT(route) { expectNoReason(ot(with(base(), "/certificate/route", route)), "route-excluded"); }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(occupational_issue_window) {
    // 2020-05-01 .. 2021-12-31 inclusive
    expectReason(ot(with(with(base(), "/certificate/issueDate", "2020-04-30"), "/asOf", "2020-06-01")), "ineligible",
                 "issue-date-outside-window");
    const json first = ot(with(with(base(), "/certificate/issueDate", "2020-05-01"), "/asOf", "2020-06-01"));
    expectStatus(first, "eligible", 1600);
    const json last = ot(with(with(base(), "/certificate/issueDate", "2021-12-31"), "/asOf", "2021-12-31"));
    expectStatus(last, "eligible", 1600);
    BOOST_TEST(last.value("deadline", "") == "2021-12-31");
    expectReason(ot(with(with(base(), "/certificate/issueDate", "2022-01-01"), "/asOf", "2022-01-05")), "ineligible",
                 "issue-date-outside-window");
}

BOOST_AUTO_TEST_CASE(ui_issue_from_2017) {
    const json before = ui(with(base(), "/certificate/issueDate", "2016-12-31"));
    expectReason(before, "ineligible", "issue-date-outside-window");
    const json from = ui(with(base(), "/certificate/issueDate", "2017-01-01"));
    expectStatus(from, "eligible", 1500);
    // no end date for the UI scheme (decisions.md #14)
    expectStatus(ui(with(with(base(), "/certificate/issueDate", "2022-03-01"), "/asOf", "2022-04-01")), "eligible", 1500);
}

BOOST_AUTO_TEST_CASE(deadline_one_year_inclusive) {
    const json onDeadline = ot(with(base(), "/asOf", "2021-08-01"));
    expectStatus(onDeadline, "eligible", 1600);
    BOOST_TEST(onDeadline.value("deadline", "") == "2021-08-01");
    const json dayAfter = ot(with(base(), "/asOf", "2021-08-02"));
    expectReason(dayAfter, "ineligible", "application-deadline-passed");
    BOOST_TEST(dayAfter.value("deadline", "") == "2021-08-01");
    // the UI scheme has no deadline
    BOOST_TEST(status(ui(with(base(), "/asOf", "2021-08-02"))) == "eligible");
}

BOOST_AUTO_TEST_CASE(deadline_never_after_2021_12_31) {
    json req = with(base(), "/certificate/issueDate", "2021-06-01");
    const json last = ot(with(req, "/asOf", "2021-12-31"));
    expectStatus(last, "eligible", 1600);
    BOOST_TEST(last.value("deadline", "") == "2021-12-31");
    const json after = ot(with(req, "/asOf", "2022-01-01"));
    expectReason(after, "ineligible", "application-deadline-passed");
    BOOST_TEST(after.value("deadline", "") == "2021-12-31");
}

BOOST_AUTO_TEST_CASE(deadline_of_29_february) {
    // 29 Feb -> 28 Feb of the next year (decisions.md #1)
    json req = with(base(), "/certificate/issueDate", "2020-02-29");
    const json onIt = ot(with(req, "/asOf", "2021-02-28"));
    BOOST_TEST(onIt.value("deadline", "") == "2021-02-28");
    expectNoReason(onIt, "application-deadline-passed");
    expectReason(ot(with(req, "/asOf", "2021-03-01")), "ineligible", "application-deadline-passed");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(identity)

BOOST_AUTO_TEST_CASE(no_condition_met) {
    const json r = run(noIdentity());
    expectReason(r["results"][0], "ineligible", "no-qualifying-identity");
    expectReason(r["results"][1], "ineligible", "ui-not-insured");
}

BOOST_AUTO_TEST_CASE(condition_1_urban_unemployment_insurance) {
    json req = noIdentity();
    req["person"]["uiInsured"] = true;
    req["person"]["uiDistrict"] = "瓯海区";
    const json o = ot(req);
    expectStatus(o, "eligible", 1600);
    expectNoReason(o, "no-qualifying-identity");
}

BOOST_AUTO_TEST_CASE(condition_2_hukou_permit_registration) {
    expectStatus(ot(with(noIdentity(), "/person/hukouDistrict", "龙湾区")), "eligible", 1600);
    expectStatus(ot(with(noIdentity(), "/person/residencePermit", true)), "eligible", 1600);
    expectStatus(ot(with(noIdentity(), "/person/unemploymentRegistered", true)), "eligible", 1600);
}

BOOST_AUTO_TEST_CASE(condition_3_graduate_two_years) {
    // asOf 2021-03-15: left 2019-03-15 is the last day inside, 2019-03-14 outside
    json g = {{"leftSchool", "2019-03-15"}, {"employed", false}, {"studiedInWenzhou", true}};
    expectStatus(ot(with(noIdentity(), "/person/graduate", g)), "eligible", 1600);
    g["leftSchool"] = "2019-03-14";
    expectReason(ot(with(noIdentity(), "/person/graduate", g)), "ineligible", "no-qualifying-identity");
    // not yet left school on asOf
    g["leftSchool"] = "2021-03-16";
    expectReason(ot(with(noIdentity(), "/person/graduate", g)), "ineligible", "no-qualifying-identity");
    g["leftSchool"] = "2021-03-15";
    expectStatus(ot(with(noIdentity(), "/person/graduate", g)), "eligible", 1600);
    // employed
    g["employed"] = true;
    expectReason(ot(with(noIdentity(), "/person/graduate", g)), "ineligible", "no-qualifying-identity");
    // neither studied in Wenzhou nor from Wenzhou
    g = {{"leftSchool", "2020-06-30"}, {"employed", false}};
    expectReason(ot(with(noIdentity(), "/person/graduate", g)), "ineligible", "no-qualifying-identity");
    g["fromWenzhou"] = true;
    expectStatus(ot(with(noIdentity(), "/person/graduate", g)), "eligible", 1600);
}

BOOST_AUTO_TEST_CASE(condition_3_graduate_left_on_29_february) {
    // leftSchool + 2 years = 2022-02-28
    json req = with(noIdentity(), "/person/graduate", json{{"leftSchool", "2020-02-29"}, {"fromWenzhou", true}});
    req["certificate"]["issueDate"] = "2021-06-01";
    expectNoReason(ot(with(req, "/asOf", "2022-02-28")), "no-qualifying-identity");
    expectReason(ot(with(req, "/asOf", "2022-03-01")), "ineligible", "no-qualifying-identity");
}

BOOST_AUTO_TEST_CASE(condition_4_works_in_urban_area_trained_at_an_institution) {
    expectStatus(ot(with(noIdentity(), "/person/worksInUrbanArea", true)), "eligible", 1600);
    json competition = with(with(noIdentity(), "/person/worksInUrbanArea", true), "/certificate/route", "competition");
    expectReason(ot(competition), "ineligible", "no-qualifying-identity");
}

BOOST_AUTO_TEST_CASE(condition_4_with_a_class_filed_in_a_county) {
    // decisions.md #7: any Wenzhou district; the channel then decides urban vs 参照执行
    json req = with(with(noIdentity(), "/person/worksInUrbanArea", true), "/certificate/trainingDistrict", "平阳县");
    const json o = ot(req);
    expectReason(o, "consult", "outside-urban-area");
    expectNoReason(o, "no-qualifying-identity");
    BOOST_TEST((phones(o) == std::vector<std::string>{"59885162"}));
}

BOOST_AUTO_TEST_CASE(public_sector_staff_without_ui) {
    // decisions.md #4
    json req = with(with(noIdentity(), "/person/hukouDistrict", "鹿城区"), "/person/publicSectorStaff", true);
    const json o = ot(req);
    expectReason(o, "ineligible", "no-qualifying-identity");
    BOOST_TEST(hasCode(o["reasons"], "public-sector-without-ui"), show(o));
    // with UI they qualify by ①
    req["person"]["uiInsured"] = true;
    req["person"]["uiDistrict"] = "鹿城区";
    expectStatus(ot(req), "eligible", 1600);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(channels_and_districts)

BOOST_AUTO_TEST_CASE(self_study_needs_urban_ui) {
    json req = with(with(noIdentity(), "/certificate/route", "self-study"), "/person/hukouDistrict", "鹿城区");
    req["certificate"].erase("trainingDistrict");
    expectReason(ot(req), "ineligible", "no-application-channel");
    // insured in the urban area: applies individually there
    req["person"]["uiInsured"] = true;
    req["person"]["uiDistrict"] = "龙湾区";
    req["person"]["uiMonths"] = 12;
    const json o = ot(req);
    expectStatus(o, "eligible", 1600);
    BOOST_TEST(o["apply"].value("channel", "") == "individual");
    BOOST_TEST(o["apply"].value("district", "") == "龙湾区");
    BOOST_TEST((phones(o) == std::vector<std::string>{"86966771"}));
    // insured in a county: 参照执行 (decisions.md #9)
    req["person"]["uiDistrict"] = "瑞安市";
    const json county = ot(req);
    expectReason(county, "consult", "outside-urban-area");
    BOOST_TEST(amount(county) == 1600.0);
    BOOST_TEST(county["apply"].value("district", "") == "瑞安市");
    BOOST_TEST((phones(county) == std::vector<std::string>{"66688607"}));
}

BOOST_AUTO_TEST_CASE(class_filed_in_a_county_is_consult) {
    for (const char* district : {"乐清市", "洞头区", "泰顺县"}) {
        BOOST_TEST_CONTEXT(district) {
            const json r = run(with(base(), "/certificate/trainingDistrict", district));
            const json& o = r["results"][0];
            expectReason(o, "consult", "outside-urban-area");
            BOOST_TEST(amount(o) == 1600.0);
            BOOST_TEST(o["apply"].value("district", "") == district);
            BOOST_TEST(r["best"] == json::array({"ui-skill-upgrade"}));
        }
    }
    BOOST_TEST((phones(ot(with(base(), "/certificate/trainingDistrict", "乐清市"))) == std::vector<std::string>{"61880263"}));
    for (const char* district : {"市本级", "鹿城区", "瓯海区", "龙湾区", "经开区", "瓯江口"}) {
        BOOST_TEST_CONTEXT(district) {
            const json o = ot(with(base(), "/certificate/trainingDistrict", district));
            expectStatus(o, "eligible", 1600);
            BOOST_TEST(o["apply"].value("district", "") == district);
        }
    }
}

BOOST_AUTO_TEST_CASE(identity_only_in_a_county_is_consult) {
    // decisions.md #8(b): no urban condition, but ① with a county
    json req = noIdentity();
    req["person"]["uiInsured"] = true;
    req["person"]["uiDistrict"] = "永嘉县";
    req["person"]["uiMonths"] = 24;
    const json o = ot(req);
    expectReason(o, "consult", "outside-urban-area");
    BOOST_TEST((phones(o) == std::vector<std::string>{"57672600"}));
    // ② with a county
    const json h = ot(with(noIdentity(), "/person/hukouDistrict", "苍南县"));
    expectReason(h, "consult", "outside-urban-area");
    BOOST_TEST((phones(h) == std::vector<std::string>{"68685835"}));
}

BOOST_AUTO_TEST_CASE(channel_district_wins_for_apply) {
    // decisions.md #8: a county class and a county-only identity: the class's district is where to apply
    json req = with(noIdentity(), "/person/hukouDistrict", "苍南县");
    req["certificate"]["trainingDistrict"] = "乐清市";
    const json o = ot(req);
    expectReason(o, "consult", "outside-urban-area");
    BOOST_TEST(o["apply"].value("district", "") == "乐清市", show(o));
    BOOST_TEST((phones(o) == std::vector<std::string>{"61880263"}));
    // UI district first, then hukou
    json both = with(noIdentity(), "/person/hukouDistrict", "苍南县");
    both["person"]["uiInsured"] = true;
    both["person"]["uiDistrict"] = "文成县";
    const json b = ot(both);
    expectReason(b, "consult", "outside-urban-area");
    BOOST_TEST((phones(b) == std::vector<std::string>{"59026869"}), show(b));
}

BOOST_AUTO_TEST_CASE(competition_in_a_county_is_consult) {
    const json o = ot(with(with(base(), "/certificate/route", "competition"), "/certificate/trainingDistrict", "龙港市"));
    expectReason(o, "consult", "outside-urban-area");
    BOOST_TEST(o["apply"].value("channel", "") == "competition");
    BOOST_TEST((phones(o) == std::vector<std::string>{"59911820"}));
}

BOOST_AUTO_TEST_CASE(competition_applies_at_the_sending_district) {
    const json o = ot(with(with(base(), "/certificate/route", "competition"), "/certificate/trainingDistrict", "瓯海区"));
    expectStatus(o, "eligible", 1600);
    BOOST_TEST(o["apply"].value("channel", "") == "competition");
    BOOST_TEST(o["apply"].value("district", "") == "瓯海区");
    BOOST_TEST((phones(o) == std::vector<std::string>{"88581557"}));
}

BOOST_AUTO_TEST_CASE(fail_beats_consult) {
    // consult (county class) + fail (outside issuer) -> ineligible, both reasons kept
    const json o = ot(with(with(base(), "/certificate/trainingDistrict", "乐清市"), "/certificate/issuer", "outside"));
    expectReason(o, "ineligible", "issuer-excluded");
    BOOST_TEST(amount(o) == 0.0);
    // consult (not in catalogue) + fail (deadline) -> ineligible
    json sa = with(with(base(), "/certificate/type", "special-ability"), "/certificate/occupation", "手机贴膜");
    sa = with(with(sa, "/certificate/level", "初级"), "/asOf", "2021-08-02");
    const json s = ot(sa);
    expectReason(s, "ineligible", "application-deadline-passed");
    BOOST_TEST(amount(s) == 0.0);
    // UI: confirm-with-office (consult) + not insured (fail)
    const json u = ui(with(with(noIdentity(), "/certificate/issuer", "industry"), "/person/hukouDistrict", "鹿城区"));
    expectReason(u, "ineligible", "ui-not-insured");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(age)

json born(const char* gender, const char* birthDate, const char* issueDate, bool household = false) {
    json j = base();
    j["person"]["gender"] = gender;
    j["person"]["birthDate"] = birthDate;
    j["person"]["householdService"] = household;
    j["certificate"]["issueDate"] = issueDate;
    j["asOf"] = issueDate;
    return j;
}

void inRange(const json& req) {
    const json o = ot(req);
    expectNoReason(o, "age-out-of-range");
    BOOST_TEST(status(o) == "eligible", show(o));
}

void outOfRange(const json& req) {
    const json r = run(req);
    expectReason(r["results"][0], "ineligible", "age-out-of-range");
    BOOST_TEST(status(r["results"][1]) == "eligible");  // no age rule for the UI scheme (decisions.md #14)
}

BOOST_AUTO_TEST_CASE(men_16_to_60) {
    inRange(born("male", "2004-08-01", "2020-08-01"));    // 16th birthday
    outOfRange(born("male", "2004-08-02", "2020-08-01"));  // the day before it
    inRange(born("male", "1960-08-01", "2020-08-01"));    // 60th birthday
    inRange(born("male", "1959-08-02", "2020-08-01"));    // the day before the 61st
    outOfRange(born("male", "1959-08-01", "2020-08-01"));  // 61st birthday
}

BOOST_AUTO_TEST_CASE(women_16_to_50) {
    inRange(born("female", "2004-08-01", "2020-08-01"));
    outOfRange(born("female", "2004-08-02", "2020-08-01"));
    inRange(born("female", "1969-08-02", "2020-08-01"));    // 50, the day before the 51st birthday
    outOfRange(born("female", "1969-08-01", "2020-08-01"));  // 51st birthday
}

BOOST_AUTO_TEST_CASE(women_in_household_service_to_55) {
    inRange(born("female", "1964-08-02", "2020-08-01", true));     // 55
    outOfRange(born("female", "1964-08-01", "2020-08-01", true));  // 56th birthday
    outOfRange(born("female", "1964-08-02", "2020-08-01"));        // 55 without household service
    // men stay at 60 (decisions.md #3)
    outOfRange(born("male", "1959-08-01", "2020-08-01", true));
    inRange(born("male", "1959-08-02", "2020-08-01", true));
}

BOOST_AUTO_TEST_CASE(born_on_29_february) {
    // 61st birthday in a common year is 28 Feb (decisions.md #2)
    inRange(born("male", "1960-02-29", "2021-02-27"));
    outOfRange(born("male", "1960-02-29", "2021-02-28"));
}

BOOST_AUTO_TEST_CASE(age_from_the_id_number) {
    json req = born("male", "1959-08-01", "2020-08-01");
    req["person"].erase("gender");
    req["person"].erase("birthDate");
    req["person"]["idNumber"] = unit::makeId("19590801", "011");
    outOfRange(req);
    req["person"]["idNumber"] = unit::makeId("19590802", "011");
    inRange(req);
    // a woman (even 17th digit): 49 is inside, 51 is not
    req["person"]["idNumber"] = unit::makeId("19700802", "012");
    inRange(req);
    req["person"]["idNumber"] = unit::makeId("19690801", "012");
    outOfRange(req);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(history)

BOOST_AUTO_TEST_CASE(annual_limit_three_in_the_calendar_year) {
    json three = with(base(), "/history",
                      json::array({hist("2021-01-05", "ui-skill-upgrade", "焊工", "初级"),
                                   hist("2021-02-01", "occupational-training", "钳工", "初级"),
                                   hist("2021-03-01", "ui-skill-upgrade", "车工", "中级")}));
    const json r = run(three);
    expectReason(r["results"][0], "ineligible", "annual-limit-reached");
    expectReason(r["results"][1], "ineligible", "annual-limit-reached");

    json two = three;
    two["history"].erase(2);
    const json r2 = run(two);
    expectStatus(r2["results"][0], "eligible", 1600);
    expectStatus(r2["results"][1], "eligible", 1500);

    // an entry of the previous year does not count
    json lastYear = three;
    lastYear["history"][2]["date"] = "2020-12-31";
    const json r3 = run(lastYear);
    expectNoReason(r3["results"][0], "annual-limit-reached");
    expectNoReason(r3["results"][1], "annual-limit-reached");

    // the year is that of asOf
    const json r4 = run(with(with(three, "/asOf", "2022-01-01"), "/certificate/issueDate", "2021-06-01"));
    expectNoReason(r4["results"][1], "annual-limit-reached");
}

BOOST_AUTO_TEST_CASE(already_claimed_same_occupation_and_level) {
    // any year, either scheme, level aliases folded
    const json r = run(with(base(), "/history", json::array({hist("2018-05-01", "ui-skill-upgrade", "电工", "四级")})));
    expectReason(r["results"][0], "ineligible", "already-claimed");
    expectReason(r["results"][1], "ineligible", "already-claimed");

    const json trimmed = run(with(base(), "/history", json::array({hist("2020-09-01", "occupational-training", " 电工 ", "中级")})));
    expectReason(trimmed["results"][0], "ineligible", "already-claimed");

    const json otherLevel = run(with(base(), "/history", json::array({hist("2020-09-01", "occupational-training", "电工", "初级")})));
    expectStatus(otherLevel["results"][0], "eligible", 1600);
    expectStatus(otherLevel["results"][1], "eligible", 1500);

    const json otherJob = run(with(base(), "/history", json::array({hist("2020-09-01", "occupational-training", "焊工", "中级")})));
    expectStatus(otherJob["results"][0], "eligible", 1600);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ui_scheme)

BOOST_AUTO_TEST_CASE(not_insured) {
    json req = with(base(), "/person/uiInsured", false);
    req["person"].erase("uiDistrict");
    req["person"]["hukouDistrict"] = "鹿城区";
    const json r = run(req);
    expectReason(r["results"][1], "ineligible", "ui-not-insured");
    expectStatus(r["results"][0], "eligible", 1600);
}

BOOST_AUTO_TEST_CASE(months_boundary_12) {
    expectReason(ui(with(base(), "/person/uiMonths", 11)), "ineligible", "ui-months-short");
    expectStatus(ui(with(base(), "/person/uiMonths", 12)), "eligible", 1500);
    json none = base();
    none["person"].erase("uiMonths");  // default 0
    expectReason(ui(none), "ineligible", "ui-months-short");
    // months do not matter to the occupational-training scheme
    expectStatus(ot(with(base(), "/person/uiMonths", 0)), "eligible", 1600);
}

BOOST_AUTO_TEST_SUITE_END()

// decisions.md #27 and the contract's "the engine also consults a shortage list in data/":
// the same rules on data changed in memory.
BOOST_AUTO_TEST_SUITE(dated_data)

json otOn(const wz::Engine& e, const json& request) {
    const json r = unit::evaluateOn(e, request);
    BOOST_REQUIRE_MESSAGE(r.value("ok", false), show(r));
    return r["results"][0];
}

json uiOn(const wz::Engine& e, const json& request) {
    const json r = unit::evaluateOn(e, request);
    BOOST_REQUIRE_MESSAGE(r.value("ok", false), show(r));
    return r["results"][1];
}

BOOST_AUTO_TEST_CASE(ui_amount_in_force_on_the_issue_date) {
    const auto e = unit::engineOn(unit::mutatedFiles("parameters.json", [](json& j) {
        unit::splitFirstDated(j["parameters"]["ui.amount.中级"]["values"], "2020-12-31", "2021-01-01")["value"] = 180000;
    }));
    // asOf 2021-03-15 in both: the issue date decides
    expectStatus(uiOn(*e, base()), "eligible", 1500);
    expectStatus(uiOn(*e, with(base(), "/certificate/issueDate", "2021-01-01")), "eligible", 1800);
    expectStatus(uiOn(*e, with(base(), "/certificate/issueDate", "2020-12-31")), "eligible", 1500);
}

BOOST_AUTO_TEST_CASE(nearest_edition_when_none_covers_the_date) {
    const auto e = unit::engineOn(unit::mutatedFiles("parameters.json", [](json& j) {
        j["parameters"]["ui.amount.中级"]["values"][0]["from"] = "2018-01-01";
    }));
    expectStatus(uiOn(*e, with(base(), "/certificate/issueDate", "2017-06-01")), "eligible", 1500);
}

BOOST_AUTO_TEST_CASE(catalogue_edition_in_force_on_the_issue_date) {
    const auto e = unit::engineOn(unit::mutatedFiles("catalogue.json", [](json& j) {
        unit::splitFirstDated(j["editions"], "2020-12-31", "2021-01-01")["categories"][0]["amounts"]["中级"] = 170000;
    }));
    expectStatus(otOn(*e, base()), "eligible", 1600);  // issued 2020-08-01, asOf 2021-03-15
    expectStatus(otOn(*e, with(base(), "/certificate/issueDate", "2021-01-10")), "eligible", 1700);
}

BOOST_AUTO_TEST_CASE(published_shortage_list) {
    const auto e = unit::engineOn(unit::mutatedFiles("shortage.json", [](json& j) {
        j["editions"][0]["occupations"] = json::array({"电工", "脚穴按摩"});
    }));
    // no "shortage" in the request: the list decides
    expectStatus(otOn(*e, base()), "eligible", 2400);
    expectStatus(uiOn(*e, base()), "eligible", 2250);
    expectStatus(otOn(*e, with(base(), "/certificate/occupation", "焊工")), "eligible", 1600);
    // never for special-ability (decisions.md #13)
    json sa = with(with(base(), "/certificate/type", "special-ability"), "/certificate/occupation", "脚穴按摩");
    expectStatus(otOn(*e, with(sa, "/certificate/level", "初级")), "eligible", 600);
}

BOOST_AUTO_TEST_CASE(shortage_list_in_force_on_the_issue_date) {
    // decisions.md #27: individual rules read the data in force on the issue date
    const auto e = unit::engineOn(unit::mutatedFiles("shortage.json", [](json& j) {
        unit::splitFirstDated(j["editions"], "2020-12-31", "2021-01-01")["occupations"] = json::array();
        j["editions"][0]["occupations"] = json::array({"电工"});
    }));
    // issued 2020-08-01 while 电工 was listed; applied 2021-03-15 after it left the list
    expectStatus(otOn(*e, base()), "eligible", 2400);
    expectStatus(uiOn(*e, base()), "eligible", 2250);
    // issued after it left the list
    expectStatus(otOn(*e, with(base(), "/certificate/issueDate", "2021-01-10")), "eligible", 1600);
}

BOOST_AUTO_TEST_SUITE_END()
