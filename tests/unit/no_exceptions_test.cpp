// The engine is compiled without exceptions (CMakeLists.txt, wasm/flags.cmake), so every
// accessor that used to throw on a broken invariant is total: these pin what it returns.
#define BOOST_TEST_MODULE no_exceptions
#include <boost/test/unit_test.hpp>

#include "json_parse.hpp"
#include "json_value.hpp"
#include "policy_data.hpp"
#include "reasons.hpp"

using wz::Json;

BOOST_AUTO_TEST_CASE(typed_reads_of_the_wrong_type_are_neutral) {
    const Json doc = *wz::parseJson(R"({"s":"text","n":12,"f":1.5,"b":true,"a":["x",2,"y"]})");
    BOOST_TEST(doc["n"].asString() == "");
    BOOST_TEST(doc["s"].asInteger() == 0);
    BOOST_TEST(doc["f"].asInteger() == 0);  // 1.5 is not whole
    BOOST_TEST(doc["s"].asDouble() == 0.0);
    BOOST_TEST(doc["n"].asBool() == false);
    BOOST_TEST(doc["s"].asStrings().empty());
    // the right types still read as they are
    BOOST_TEST(doc["s"].asString() == "text");
    BOOST_TEST(doc["n"].asInteger() == 12);
    BOOST_TEST(doc["n"].asDouble() == 12.0);
    BOOST_TEST(doc["f"].asDouble() == 1.5);
    BOOST_TEST(doc["b"].asBool() == true);
    const std::vector<std::string> strings{"x", "", "y"};  // a non-string element reads as ""
    BOOST_TEST(doc["a"].asStrings() == strings);
    BOOST_TEST(doc["missing"].asString() == "");
}

BOOST_AUTO_TEST_CASE(mutators_make_a_value_of_another_type_the_right_container) {
    Json j = Json("text");
    j["k"] = Json(1);
    BOOST_TEST(j.is_object());
    BOOST_TEST(j.size() == 1u);
    BOOST_TEST(j["k"].asInteger() == 1);
    Json a = Json(5);
    a.push_back(Json("x"));
    BOOST_TEST(a.is_array());
    BOOST_TEST(a.size() == 1u);
    BOOST_TEST(a.elements().front().asString() == "x");
}

BOOST_AUTO_TEST_CASE(a_reason_key_missing_from_the_data_reads_as_its_own_text) {
    wz::PolicyData data;
    data.reasons["known"] = wz::ReasonText{"办法 一(一)", "年满{age}周岁"};
    const wz::Reason known = wz::makeReason(data, "known", wz::Effect::fail, {{"age", "16"}});
    BOOST_TEST(known.message == "年满16周岁");
    BOOST_TEST(known.cite == "办法 一(一)");
    const wz::Reason missing = wz::makeReason(data, "absent/variant", wz::Effect::consult);
    BOOST_TEST(missing.code == "absent");
    BOOST_TEST(missing.message == "absent/variant");
    BOOST_TEST(missing.cite == "");
}

BOOST_AUTO_TEST_CASE(a_parameter_missing_from_the_data_reads_as_zero) {
    wz::PolicyData data;
    BOOST_TEST(data.number("no.such.parameter", wz::Date{2020, 6, 1}) == 0);
}
