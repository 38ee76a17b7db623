// The roster mode (Engine::evaluateRoster): a table of cells, first row the column names,
// turned into a class's trainees. Cells are read the way spreadsheets write them; a table
// that cannot be a roster is an error that says why, never an empty "eligible" class.
#define BOOST_TEST_MODULE roster
#include <boost/test/unit_test.hpp>

#include "unit_helpers.hpp"

using namespace unit;
using Table = std::vector<std::vector<std::string>>;

namespace {

// 办法 一(三)2: pre-job training for household services, 200 per trainee, 8 hours or more
const char* kClass = R"({"kind":"class","asOf":"2020-10-01","scheme":"pre-job-household",
  "organizer":{"type":"institution","district":"鹿城区"},
  "class":{"filedDate":"2020-09-01","startDate":"2020-09-10","hours":8}})";

json roster(const Table& table, const char* request = kClass) {
    const std::string out = engine().evaluateRoster(request, table, date("2020-10-01"));
    json j = json::parse(out, nullptr, false);
    if (j.is_discarded()) throw std::runtime_error("not JSON: " + out.substr(0, 300));
    return j;
}

std::string rosterError(const json& r) {
    const json e = findError(r, "invalid-value", "roster");
    return e.is_null() ? "" : e.value("message", "");
}

const std::string kId1 = makeId("19900101");
const std::string kId2 = makeId("19850615", "022");

}  // namespace

BOOST_AUTO_TEST_CASE(each_row_is_a_trainee_in_order) {
    const json r = roster({{"姓名", "身份证号", "合格"}, {"张三", kId1, "是"}, {"李四", kId2, "否"}});
    BOOST_TEST_REQUIRE(r.value("ok", false), show(r));
    BOOST_TEST(r["total"] == 200);
    BOOST_TEST_REQUIRE(r["perTrainee"].size() == 2u);
    BOOST_TEST(r["perTrainee"][0]["amount"] == 200);
    BOOST_TEST(r["perTrainee"][1]["amount"] == 0);
    BOOST_TEST(hasCode(r["perTrainee"][1]["reasons"], "not-passed"));
}

BOOST_AUTO_TEST_CASE(headers_in_english_with_a_bom_and_spaces_and_blank_lines) {
    const json r = roster({{"\xEF\xBB\xBFname", " idNumber ", "passed"}, {"张三", kId1, "TRUE"}, {"", "", ""}, {"李四", kId2, "√"}});
    BOOST_TEST_REQUIRE(r.value("ok", false), show(r));
    BOOST_TEST(r["perTrainee"].size() == 2u);  // the blank line is not a trainee
    BOOST_TEST(r["total"] == 400);
}

BOOST_AUTO_TEST_CASE(an_unknown_column_is_a_warning_and_the_rest_is_read) {
    const json r = roster({{"姓名", "身份证号", "合格", "备注"}, {"张三", kId1, "是", "x"}});
    BOOST_TEST_REQUIRE(r.value("ok", false), show(r));
    BOOST_TEST(r["total"] == 200);
    BOOST_TEST(hasCode(r["warnings"], "unknown-column"));
    BOOST_TEST(show(r["warnings"]).find("备注") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(spreadsheet_dates_numbers_and_certificates) {
    // 办法 一(三)1 new hires (within 12 months of the contract) and 一(四) apprentice fees
    const json preJob = roster({{"姓名", "身份证号", "合格", "录用日期"}, {"张三", kId1, "是", "2020/3/1"}, {"李四", kId2, "是", "2019.8.1"}},
                               R"({"kind":"class","asOf":"2020-10-01","scheme":"pre-job-enterprise",
                                   "organizer":{"type":"enterprise","district":"鹿城区"},
                                   "class":{"filedDate":"2020-09-01","startDate":"2020-09-10","hours":8}})");
    BOOST_TEST_REQUIRE(preJob.value("ok", false), show(preJob));
    BOOST_TEST(preJob["perTrainee"][0]["amount"] == 200);
    BOOST_TEST(preJob["perTrainee"][1]["amount"] == 0);
    BOOST_TEST(hasCode(preJob["perTrainee"][1]["reasons"], "not-new-hire"));
    const json apprentice = roster({{"姓名", "身份证号", "合格", "证书", "培训费"},
                                    {"张三", kId1, "是", "两证", "5,000元"}, {"李四", kId2, "是", "仅培训合格证书", "￥3000"}},
                                   R"({"kind":"class","asOf":"2020-10-01","scheme":"apprentice-employee",
                                       "organizer":{"type":"enterprise","district":"鹿城区"},
                                       "class":{"filedDate":"2020-09-01","startDate":"2020-09-10"}})");
    BOOST_TEST_REQUIRE(apprentice.value("ok", false), show(apprentice));
    BOOST_TEST(apprentice["perTrainee"][0]["amount"] == 4000);  // max(0.6 × 5000, 4000)
    BOOST_TEST(apprentice["perTrainee"][1]["amount"] == 1500);  // 3000, half for training-only
}

BOOST_AUTO_TEST_CASE(a_cell_that_cannot_be_read_flags_its_row_only) {
    const json r = roster({{"姓名", "身份证号", "合格"}, {"张三", kId1, "也许"}, {"李四", kId2, "是"}});
    BOOST_TEST_REQUIRE(r.value("ok", false), show(r));
    BOOST_TEST(r["perTrainee"][0]["amount"] == 0);
    BOOST_TEST(!r["perTrainee"][0]["reasons"].empty());
    BOOST_TEST(r["perTrainee"][1]["amount"] == 200);
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_is_named_by_row_and_column) {
    // "姓名" in GB18030, as a spreadsheet on a Chinese system saves it, undecoded
    const json r = roster({{"\xD0\xD5\xC3\xFB", "身份证号"}, {"张三", kId1}});
    BOOST_TEST(r.value("ok", true) == false);
    BOOST_TEST(rosterError(r).find("第 1 行第 1 列不是 UTF-8") != std::string::npos, show(r));
    const json late = roster({{"姓名", "身份证号"}, {"张三", kId1}, {"\xC3", kId2}});
    BOOST_TEST(rosterError(late).find("第 3 行第 1 列") != std::string::npos, show(late));
}

BOOST_AUTO_TEST_CASE(a_first_row_with_no_known_column_is_an_error_not_an_empty_class) {
    const json r = roster({{"foo", "bar"}, {"1", "2"}});
    BOOST_TEST(r.value("ok", true) == false);
    BOOST_TEST(rosterError(r).find("没有一列能识别") != std::string::npos, show(r));
    BOOST_TEST(rosterError(r).find("姓名,身份证号") != std::string::npos, show(r));  // it names the template's columns
}

BOOST_AUTO_TEST_CASE(no_trainee_rows_is_an_error) {
    BOOST_TEST(rosterError(roster({})).find("名单是空的") != std::string::npos);
    BOOST_TEST(rosterError(roster({{"姓名", "身份证号"}})).find("名单里没有学员") != std::string::npos);
    BOOST_TEST(rosterError(roster({{"姓名", "身份证号"}, {"", ""}})).find("名单里没有学员") != std::string::npos);
}
