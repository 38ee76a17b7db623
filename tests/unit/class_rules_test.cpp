#define BOOST_TEST_MODULE class_rules
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "unit_helpers.hpp"

using nlohmann::json;
using unit::hasCode;
using unit::show;

namespace {

// A filed class (12 days ahead) of the given scheme with one passed trainee.
json klass(const char* scheme, json trainee = json{{"passed", true}}) {
    json j = json::parse(R"({
      "kind": "class", "asOf": "2021-05-01",
      "organizer": {"type": "institution", "district": "鹿城区", "commissioned": true},
      "class": {"filedDate": "2021-03-20", "startDate": "2021-04-01", "hours": 40},
      "trainees": []
    })");
    j["scheme"] = scheme;
    trainee["passed"] = trainee.value("passed", true);
    j["trainees"].push_back(trainee);
    return j;
}

json with(json j, const char* ptr, const json& value) {
    j[json::json_pointer(ptr)] = value;
    return j;
}

json withTrainees(json j, const json& trainees) {
    j["trainees"] = trainees;
    return j;
}

json repeat(const json& trainee, size_t n) {
    json a = json::array();
    for (size_t i = 0; i < n; ++i) a.push_back(trainee);
    return a;
}

// Checks what the contract says of every class response, then returns it.
json run(const json& request) {
    const json r = unit::evaluate(request);
    BOOST_REQUIRE_MESSAGE(r.is_object() && r.value("ok", false) == true, "request failed: " << show(r).substr(0, 600));
    BOOST_TEST(r.value("scheme", "") == request.value("scheme", ""));
    const std::string status = r.value("status", "");
    BOOST_TEST((status == "eligible" || status == "ineligible"), show(r));
    BOOST_REQUIRE(r["perTrainee"].is_array());
    BOOST_TEST(r["perTrainee"].size() == request["trainees"].size());
    BOOST_REQUIRE(r["total"].is_number());
    double sum = 0;
    for (const auto& t : r["perTrainee"]) {
        const double a = t["amount"].get<double>();
        BOOST_TEST(std::fabs(a * 100 - std::round(a * 100)) < 1e-6, "amount not in fen: " << a);
        sum += a;
    }
    BOOST_TEST(std::fabs(r["total"].get<double>() - sum) < 1e-6, "total is not the sum of perTrainee: " << show(r).substr(0, 600));
    if (status == "ineligible") {
        BOOST_TEST(r["total"].get<double>() == 0.0);
        BOOST_TEST(!r["reasons"].empty());
    }
    BOOST_TEST(r["warnings"].is_array());
    for (const auto& w : r["warnings"]) {
        BOOST_TEST(!w.value("code", "").empty());
        BOOST_TEST(!w.value("message", "").empty());
    }
    return r;
}

double total(const json& r) { return r.value("total", -1.0); }
double first(const json& r) { return r["perTrainee"][0].value("amount", -1.0); }
std::string status(const json& r) { return r.value("status", ""); }

void expectPaid(const json& request, double each) {
    const json r = run(request);
    BOOST_TEST(status(r) == "eligible", show(r).substr(0, 600));
    BOOST_TEST(first(r) == each, show(r).substr(0, 600));
}

void expectIneligible(const json& request, const std::string& code) {
    const json r = run(request);
    BOOST_TEST(status(r) == "ineligible", show(r).substr(0, 600));
    BOOST_TEST(hasCode(r["reasons"], code), "expected " << code << " in " << show(r).substr(0, 600));
    BOOST_TEST(total(r) == 0.0);
    for (const auto& t : r["perTrainee"]) BOOST_TEST(t.value("amount", -1.0) == 0.0);
}

bool warned(const json& r, const std::string& code) { return hasCode(r["warnings"], code); }

}  // namespace

BOOST_AUTO_TEST_SUITE(project)

BOOST_AUTO_TEST_CASE(twenty_five_per_hour_capped_at_2000) {
    const std::vector<std::pair<double, double>> cases = {{40, 1000}, {8, 200},     {79, 1975}, {79.5, 1987.5},
                                                          {80, 2000}, {81, 2000},   {200, 2000}, {0.5, 12.5},
                                                          {0, 0},     {33.33, 833.25}};
    for (const auto& [hours, amt] : cases) {
        BOOST_TEST_CONTEXT(hours << " hours") { expectPaid(with(klass("project"), "/class/hours", hours), amt); }
    }
}

BOOST_AUTO_TEST_CASE(uplift_thirty_percent_after_the_cap) {
    json up = with(klass("project"), "/organizer/uplift30", true);
    const std::vector<std::pair<double, double>> cases = {{40, 1300}, {80, 2600}, {100, 2600}, {79.5, 2583.75},
                                                          {1, 32.5},  {0.1, 3.25}};
    for (const auto& [hours, amt] : cases) {
        BOOST_TEST_CONTEXT(hours << " hours, uplift") { expectPaid(with(up, "/class/hours", hours), amt); }
    }
    // decisions.md #22: whatever the organizer type
    expectPaid(with(with(with(up, "/organizer/type", "college"), "/organizer/commissioned", false), "/class/hours", 80), 2600);
}

BOOST_AUTO_TEST_CASE(eligible_organizers) {
    json base = with(klass("project"), "/organizer/commissioned", false);
    expectPaid(with(base, "/organizer/type", "college"), 1000);
    expectPaid(with(base, "/organizer/commissioned", true), 1000);
    expectPaid(with(with(base, "/organizer/type", "enterprise"), "/organizer/qualifiedEnterprise", true), 1000);

    expectIneligible(base, "organizer-not-eligible");  // institution, not commissioned
    expectIneligible(with(base, "/organizer/type", "enterprise"), "organizer-not-eligible");
    expectIneligible(with(with(base, "/organizer/type", "enterprise"), "/organizer/commissioned", true),
                     "organizer-not-eligible");
    expectIneligible(with(with(base, "/organizer/type", "master-studio"), "/organizer/commissioned", true),
                     "organizer-not-eligible");
    expectIneligible(with(with(base, "/organizer/type", "institution"), "/organizer/qualifiedEnterprise", true),
                     "organizer-not-eligible");
}

BOOST_AUTO_TEST_CASE(only_passed_trainees_earn) {
    const json r = run(withTrainees(klass("project"), json::array({json{{"passed", true}}, json{{"passed", false}},
                                                                   json::object(), json{{"passed", true}}})));
    BOOST_TEST(status(r) == "eligible");
    BOOST_TEST(r["perTrainee"][0].value("amount", -1.0) == 1000.0);
    BOOST_TEST(r["perTrainee"][1].value("amount", -1.0) == 0.0);
    BOOST_TEST(hasCode(r["perTrainee"][1]["reasons"], "not-passed"), show(r));
    BOOST_TEST(r["perTrainee"][2].value("amount", -1.0) == 0.0);  // passed left out: false
    BOOST_TEST(r["perTrainee"][3].value("amount", -1.0) == 1000.0);
    BOOST_TEST(total(r) == 2000.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(special_operation)

BOOST_AUTO_TEST_CASE(five_hundred_or_one_hundred_on_renewal) {
    expectPaid(klass("special-operation"), 500);
    expectPaid(with(klass("special-operation"), "/class/renewal", true), 100);
    expectPaid(with(klass("special-operation"), "/class/renewal", false), 500);
    const json r = run(withTrainees(klass("special-operation"), repeat(json{{"passed", true}}, 7)));
    BOOST_TEST(total(r) == 3500.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pre_job)

json hired(const char* hiredDate, const char* startDate = "2021-04-01", const char* filedDate = "2021-03-01") {
    json j = klass("pre-job-enterprise", json{{"passed", true}, {"hiredDate", hiredDate}});
    j["organizer"] = json{{"type", "enterprise"}, {"district", "鹿城区"}};
    j["class"]["startDate"] = startDate;
    j["class"]["filedDate"] = filedDate;
    j["class"]["hours"] = 8;
    return j;
}

void newHire(const json& req) {
    const json r = run(req);
    BOOST_TEST(first(r) == 200.0, show(r));
    BOOST_TEST(!hasCode(r["perTrainee"][0]["reasons"], "not-new-hire"), show(r));
}

void notNewHire(const json& req) {
    const json r = run(req);
    BOOST_TEST(first(r) == 0.0, show(r));
    BOOST_TEST(hasCode(r["perTrainee"][0]["reasons"], "not-new-hire"), show(r));
    BOOST_TEST(status(r) == "eligible");  // a trainee's problem, not the class's
}

BOOST_AUTO_TEST_CASE(enterprise_twelve_month_boundary) {
    // decisions.md #18: hiredDate <= startDate <= hiredDate + 12 months
    newHire(hired("2020-04-01"));    // exactly 12 months before
    notNewHire(hired("2020-03-31"));  // 12 months and a day
    newHire(hired("2021-04-01"));    // hired on the start day
    notNewHire(hired("2021-04-02"));  // hired after the class started
    newHire(hired("2020-10-15"));
}

BOOST_AUTO_TEST_CASE(enterprise_twelve_months_from_a_month_end) {
    // 2020-02-29 + 12 months = 2021-02-28
    newHire(hired("2020-02-29", "2021-02-28", "2021-02-01"));
    notNewHire(hired("2020-02-29", "2021-03-01", "2021-02-01"));
    // 2020-03-31 + 12 months = 2021-03-31
    newHire(hired("2020-03-31", "2021-03-31", "2021-03-01"));
    notNewHire(hired("2020-03-30", "2021-03-31", "2021-03-01"));
}

BOOST_AUTO_TEST_CASE(enterprise_without_hired_date) {
    json req = hired("2020-10-01");
    req["trainees"][0].erase("hiredDate");
    notNewHire(req);
}

BOOST_AUTO_TEST_CASE(enterprise_eight_hours) {
    expectPaid(with(hired("2020-10-01"), "/class/hours", 8), 200);
    expectPaid(with(hired("2020-10-01"), "/class/hours", 16), 200);
    expectIneligible(with(hired("2020-10-01"), "/class/hours", 7.5), "hours-too-few");
    expectIneligible(with(hired("2020-10-01"), "/class/hours", 0), "hours-too-few");
}

BOOST_AUTO_TEST_CASE(household_two_hundred_and_eight_hours) {
    json req = with(klass("pre-job-household"), "/class/hours", 8);
    expectPaid(req, 200);
    expectIneligible(with(req, "/class/hours", 7.99), "hours-too-few");
    // files flexibly: no late-filing warning, even on the start day
    const json r = run(with(req, "/class/filedDate", "2021-04-01"));
    BOOST_TEST(status(r) == "eligible");
    BOOST_TEST(!warned(r, "late-filing"), show(r));
    BOOST_TEST(first(r) == 200.0);
    // but must still be filed (decisions.md #19)
    json unfiled = req;
    unfiled["class"].erase("filedDate");
    expectIneligible(unfiled, "class-not-filed");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(apprentices)

json employee(double fee, const char* certificate = "both") {
    return klass("apprentice-employee", json{{"passed", true}, {"fee", fee}, {"certificate", certificate}});
}

BOOST_AUTO_TEST_CASE(employee_fee_formula) {
    const std::vector<std::pair<double, double>> cases = {
        {0, 0},           {1000, 1000},      {3000, 3000},      {3999.99, 3999.99}, {4000, 4000},  // full up to 4000
        {4000.01, 4000},  {5000, 4000},      {6666.67, 4000},   // 60% below the 4000 floor
        {6700, 4020},     {7777.77, 4666.66}, {8000, 4800},     // 60%
        {10000, 6000},    {12000, 6000},     {100000, 6000}};   // capped at 6000
    for (const auto& [fee, amt] : cases) {
        BOOST_TEST_CONTEXT("fee " << fee) { expectPaid(employee(fee), amt); }
    }
}

BOOST_AUTO_TEST_CASE(employee_training_certificate_only_is_half) {
    const std::vector<std::pair<double, double>> cases = {
        {3333.33, 1666.67},  // 1666.665 rounded half-up
        {4000, 2000},        {8000, 2400},     {12000, 3000}, {0.01, 0.01},  // 0.005 -> 0.01
        {7777.77, 2333.33},  // 4666.662 / 2 = 2333.331
        {3333.35, 1666.68}};
    for (const auto& [fee, amt] : cases) {
        BOOST_TEST_CONTEXT("fee " << fee << " training-only") {
            const json r = run(employee(fee, "training-only"));
            BOOST_TEST(first(r) == amt, show(r));
            BOOST_TEST(hasCode(r["perTrainee"][0]["reasons"], "training-only"), show(r));
        }
    }
}

BOOST_AUTO_TEST_CASE(employee_total_is_the_sum_of_rounded_amounts) {
    // decisions.md #21: 1666.67 × 3 = 5000.01, not round(4999.995)
    const json r = run(withTrainees(employee(0), repeat(json{{"passed", true}, {"fee", 3333.33}, {"certificate", "training-only"}}, 3)));
    BOOST_TEST(total(r) == 5000.01, show(r));
}

BOOST_AUTO_TEST_CASE(employee_without_certificate) {
    const json r = run(employee(5000, "none"));
    BOOST_TEST(first(r) == 0.0);
    BOOST_TEST(hasCode(r["perTrainee"][0]["reasons"], "no-certificate"), show(r));
    // left out: both (decisions.md #26)
    json absent = employee(5000);
    absent["trainees"][0].erase("certificate");
    expectPaid(absent, 4000);
}

BOOST_AUTO_TEST_CASE(student_allowance_capped_at_3000) {
    auto student = [](double allowance, bool contract) {
        return klass("apprentice-student",
                     json{{"passed", true}, {"allowance", allowance}, {"contractAndInsurance", contract}});
    };
    expectPaid(student(2500, true), 2500);
    expectPaid(student(2999.99, true), 2999.99);
    expectPaid(student(3000, true), 3000);
    expectPaid(student(3500, true), 3000);
    const json r = run(student(2500, false));
    BOOST_TEST(first(r) == 0.0);
    BOOST_TEST(hasCode(r["perTrainee"][0]["reasons"], "no-contract"), show(r));
    json absent = student(2500, true);
    absent["trainees"][0].erase("contractAndInsurance");  // left out: false
    BOOST_TEST(first(run(absent)) == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(master_apprentice)

json master(const char* occupation, const char* level, bool shortage = false) {
    json j = klass("master-apprentice", json{{"passed", true}, {"occupation", occupation}, {"level", level}, {"shortage", shortage}});
    j["organizer"] = json{{"type", "master-studio"}, {"district", "鹿城区"}};
    return j;
}

BOOST_AUTO_TEST_CASE(catalogue_amounts) {
    expectPaid(master("电工", "中级"), 1600);
    expectPaid(master("电工", "高级技师"), 4500);
    expectPaid(master("电工", "四级"), 1600);
    expectPaid(master("美容师", "高级"), 1800);
    expectPaid(master("育婴员", "初级"), 800);
    expectPaid(master("维修电工", "中级"), 1000);  // C by default
    // a special-ability name (decisions.md #23)
    expectPaid(master("脚穴按摩", "初级"), 600);
    expectPaid(master("脚穴按摩", "高级"), 800);
    json asSpecial = master("电工", "初级");
    asSpecial["trainees"][0]["type"] = "special-ability";
    expectPaid(asSpecial, 600);
    json asQualification = master("脚穴按摩", "初级");
    asQualification["trainees"][0]["type"] = "qualification";
    expectPaid(asQualification, 800);
}

BOOST_AUTO_TEST_CASE(shortage_times_one_and_a_half) {
    expectPaid(master("电工", "中级", true), 2400);
    expectPaid(master("美容师", "初级", true), 1500);
    expectPaid(master("脚穴按摩", "初级", true), 600);  // never for special-ability
}

BOOST_AUTO_TEST_CASE(four_periods_a_year) {
    expectPaid(with(master("电工", "中级"), "/class/periodInYear", 4), 1600);
    expectIneligible(with(master("电工", "中级"), "/class/periodInYear", 5), "period-limit");
}

BOOST_AUTO_TEST_CASE(studio_hosted_by_a_school) {
    expectIneligible(with(master("电工", "中级"), "/organizer/studioHostedBySchool", true), "organizer-not-eligible");
}

BOOST_AUTO_TEST_CASE(ten_apprentices_a_period) {
    const json t = json{{"passed", true}, {"occupation", "电工"}, {"level", "中级"}};
    const json ten = run(withTrainees(master("电工", "中级"), repeat(t, 10)));
    BOOST_TEST(!warned(ten, "class-size"), show(ten).substr(0, 600));
    BOOST_TEST(total(ten) == 16000.0);
    const json eleven = run(withTrainees(master("电工", "中级"), repeat(t, 11)));
    BOOST_TEST(warned(eleven, "class-size"), show(eleven).substr(0, 600));
    BOOST_TEST(status(eleven) == "eligible");
    BOOST_TEST(total(eleven) == 17600.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(entrepreneurship)

json course(const char* name) { return with(with(klass("entrepreneurship"), "/class/course", name), "/class/hours", 200); }

BOOST_AUTO_TEST_CASE(amount_by_course) {
    expectPaid(course("SYB"), 1000);
    expectPaid(course("IYB"), 1000);
    expectPaid(course("internet-plus"), 1500);
    expectPaid(course("online"), 1500);
    expectPaid(course("8+X"), 1500);
}

BOOST_AUTO_TEST_CASE(fifty_a_class) {
    const json fifty = run(withTrainees(course("SYB"), repeat(json{{"passed", true}}, 50)));
    BOOST_TEST(!warned(fifty, "class-size"));
    BOOST_TEST(total(fifty) == 50000.0);
    const json more = run(withTrainees(course("SYB"), repeat(json{{"passed", true}}, 51)));
    BOOST_TEST(warned(more, "class-size"), show(more).substr(0, 400));
    BOOST_TEST(status(more) == "eligible");
    BOOST_TEST(total(more) == 51000.0);
}

BOOST_AUTO_TEST_CASE(hours_below_standard_only_warns) {
    // decisions.md #25
    const json r = run(with(course("SYB"), "/class/hours", 63));
    BOOST_TEST(warned(r, "hours-below-standard"), show(r));
    BOOST_TEST(first(r) == 1000.0);
    BOOST_TEST(!warned(run(with(course("SYB"), "/class/hours", 64)), "hours-below-standard"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(filing)

json filed(const char* filedDate, const char* scheme = "special-operation") {
    return with(klass(scheme), "/class/filedDate", filedDate);  // start 2021-04-01
}

BOOST_AUTO_TEST_CASE(late_filing_four_versus_five_days) {
    const json five = run(filed("2021-03-27"));
    BOOST_TEST(status(five) == "eligible");
    BOOST_TEST(!warned(five, "late-filing"), show(five));
    const json four = run(filed("2021-03-28"));
    BOOST_TEST(status(four) == "eligible");
    BOOST_TEST(warned(four, "late-filing"), show(four));
    BOOST_TEST(first(four) == 500.0);  // a warning only
    const json six = run(filed("2021-03-26"));
    BOOST_TEST(!warned(six, "late-filing"));
}

BOOST_AUTO_TEST_CASE(late_filing_for_every_scheme_but_household) {
    for (const char* scheme : {"project", "special-operation", "apprentice-student", "entrepreneurship"}) {
        BOOST_TEST_CONTEXT(scheme) {
            json req = filed("2021-03-30", scheme);
            req["class"]["course"] = "SYB";
            req["trainees"][0]["allowance"] = 1000;
            BOOST_TEST(warned(run(req), "late-filing"));
        }
    }
}

BOOST_AUTO_TEST_CASE(filed_on_the_start_day_is_late_not_unfiled) {
    const json r = run(filed("2021-04-01"));
    BOOST_TEST(status(r) == "eligible");
    BOOST_TEST(warned(r, "late-filing"), show(r));
}

BOOST_AUTO_TEST_CASE(not_filed) {
    json none = klass("special-operation");
    none["class"].erase("filedDate");
    expectIneligible(none, "class-not-filed");
    expectIneligible(with(klass("special-operation"), "/class/filedDate", nullptr), "class-not-filed");
    expectIneligible(filed("2021-04-02"), "class-not-filed");  // after the start
    expectIneligible(withTrainees(filed("2021-04-02", "project"), repeat(json{{"passed", true}}, 5)), "class-not-filed");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(where)

BOOST_AUTO_TEST_CASE(class_in_a_county_keeps_its_status_with_a_warning) {
    // decisions.md #24
    const json r = run(with(klass("special-operation"), "/organizer/district", "乐清市"));
    BOOST_TEST(status(r) == "eligible");
    BOOST_TEST(first(r) == 500.0);
    BOOST_TEST(warned(r, "outside-urban-area"), show(r));
    BOOST_TEST(!warned(run(klass("special-operation")), "outside-urban-area"));
}

BOOST_AUTO_TEST_SUITE_END()

// decisions.md #27: class rules read the data in force on the start date.
BOOST_AUTO_TEST_SUITE(dated_data)

BOOST_AUTO_TEST_CASE(project_cap_in_force_on_the_start_date) {
    const auto e = unit::engineOn(unit::mutatedFiles("parameters.json", [](json& j) {
        unit::splitFirstDated(j["parameters"]["project.cap"]["values"], "2020-12-31", "2021-01-01")["value"] = 250000;
    }));
    json req = with(with(klass("project"), "/class/hours", 200), "/class/filedDate", "2020-12-01");
    const json before = unit::evaluateOn(*e, with(req, "/class/startDate", "2020-12-31"));
    BOOST_TEST(first(before) == 2000.0, show(before));
    const json after = unit::evaluateOn(*e, with(req, "/class/startDate", "2021-01-01"));
    BOOST_TEST(first(after) == 2500.0, show(after));
}

BOOST_AUTO_TEST_CASE(master_apprentice_published_shortage_list) {
    const auto e = unit::engineOn(unit::mutatedFiles("shortage.json", [](json& j) {
        j["editions"][0]["occupations"] = json::array({"电工"});
    }));
    json req = klass("master-apprentice", json{{"passed", true}, {"occupation", "电工"}, {"level", "中级"}});
    req["organizer"] = json{{"type", "master-studio"}, {"district", "鹿城区"}};
    const json r = unit::evaluateOn(*e, req);
    BOOST_TEST(first(r) == 2400.0, show(r));
    req["trainees"][0]["occupation"] = "焊工";
    BOOST_TEST(first(unit::evaluateOn(*e, req)) == 1600.0);
}

BOOST_AUTO_TEST_SUITE_END()
