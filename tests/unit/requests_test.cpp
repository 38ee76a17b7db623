#define BOOST_TEST_MODULE requests
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_parse.hpp"

#include "field_reader.hpp"
#include "request_splitter.hpp"
#include "unit_helpers.hpp"

using nlohmann::json;
using unit::evaluate;
using unit::evaluateText;
using unit::findError;
using unit::show;

namespace {

// an individual request that is valid and eligible under both schemes
json individual() { return unit::eligibleIndividual(); }

json classRequest() {
    return json::parse(R"({
      "kind": "class", "asOf": "2021-05-01", "scheme": "special-operation",
      "organizer": {"type": "institution", "district": "鹿城区", "commissioned": true},
      "class": {"filedDate": "2021-03-20", "startDate": "2021-04-01", "hours": 40},
      "trainees": [{"passed": true}]
    })");
}

std::vector<std::string> slices(const wz::SplitResult& r) {
    std::vector<std::string> out;
    for (const auto& s : r.requests) out.emplace_back(s.text);
    return out;
}

std::string nested(int depth) {
    std::string s;
    for (int i = 0; i < depth; ++i) s += "{\"x\":";
    s += "1";
    for (int i = 0; i < depth; ++i) s += "}";
    return s;
}

// the response must be {"ok": false} with this error among its errors
void expectError(const json& response, const std::string& code, const std::string& path) {
    BOOST_TEST(response.is_object(), show(response));
    BOOST_TEST(response.value("ok", true) == false, show(response));
    BOOST_TEST(!findError(response, code, path).is_null(), "expected " << code << " at \"" << path << "\" in " << show(response));
    const json e = findError(response, code, path);
    if (!e.is_null()) BOOST_TEST(!e.value("message", "").empty());
}

void expectOk(const json& response) {
    BOOST_TEST(response.is_object(), show(response));
    BOOST_TEST(response.value("ok", false) == true, show(response));
}

bool isInvalidJson(const json& response) {
    return response.is_object() && response.value("ok", true) == false && !findError(response, "invalid-json", "").is_null();
}

json set(json j, const json::json_pointer& ptr, const json& value) {
    j[ptr] = value;
    return j;
}

json without(json j, const std::string& parent, const std::string& key) {
    if (parent.empty()) j.erase(key);
    else j[json::json_pointer(parent)].erase(key);
    return j;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(splitter)

BOOST_AUTO_TEST_CASE(single_object) {
    const auto r = wz::splitRequests("  {\"a\": 1}\n");
    BOOST_TEST(r.valid);
    BOOST_TEST(!r.isArray);
    BOOST_TEST((slices(r) == std::vector<std::string>{"{\"a\": 1}"}));
    BOOST_REQUIRE(r.requests.size() == 1u);
}

BOOST_AUTO_TEST_CASE(array_of_requests) {
    const auto r = wz::splitRequests("[ {\"a\": 1} , {\"b\": [2, 3]},{\"c\":{}} ]");
    BOOST_TEST(r.valid);
    BOOST_TEST(r.isArray);
    BOOST_TEST((slices(r) == std::vector<std::string>{"{\"a\": 1}", "{\"b\": [2, 3]}", "{\"c\":{}}"}));
    BOOST_REQUIRE(r.requests.size() == 3u);
}

BOOST_AUTO_TEST_CASE(empty_array) {
    for (const char* text : {"[]", " [ \n\t ] ", "[\r\n]"}) {
        const auto r = wz::splitRequests(text);
        BOOST_TEST(r.valid, text);
        BOOST_TEST(r.isArray, text);
        BOOST_TEST(r.requests.empty(), text);
    }
}

BOOST_AUTO_TEST_CASE(nested_array_elements_and_scalars) {
    const auto r = wz::splitRequests("[[1,2],[[3]],{},1,\"x\",null,true]");
    BOOST_TEST(r.valid);
    BOOST_TEST((slices(r) == std::vector<std::string>{"[1,2]", "[[3]]", "{}", "1", "\"x\"", "null", "true"}));
    BOOST_REQUIRE(r.requests.size() == 7u);
}

BOOST_AUTO_TEST_CASE(strings_with_brackets_and_escaped_quotes) {
    const std::string one = R"({"a": "]}[{\"\\", "b": "\"}"})";
    auto r = wz::splitRequests(one);
    BOOST_TEST(r.valid);
    BOOST_TEST((slices(r) == std::vector<std::string>{one}));

    r = wz::splitRequests(R"([{"a":"x]"},{"b":"\"},{"},{"c":"[[[["}])");
    BOOST_TEST(r.valid);
    BOOST_TEST((slices(r) == std::vector<std::string>{R"({"a":"x]"})", R"({"b":"\"},{"})", R"({"c":"[[[["})"}));
}

BOOST_AUTO_TEST_CASE(trailing_garbage_is_invalid) {
    for (const char* text : {"{\"a\":1} x", "{\"a\":1}}", "{\"a\":1}]", "{\"a\":1}{\"b\":2}", "[{\"a\":1}] ,",
                             "[{\"a\":1}]]", "[{\"a\":1}] []", "1 2", "[1 2]", "[{\"a\":1} {\"b\":2}]"}) {
        const auto r = wz::splitRequests(text);
        BOOST_TEST(!r.valid, text);
    }
}

BOOST_AUTO_TEST_CASE(unbalanced_is_invalid) {
    for (const char* text : {"{\"a\":1", "[{\"a\":1}", "{\"a\":[1}", "[", "{", "]", "}", "\"abc", "{\"a\":\"x}",
                             "[{\"a\":1},", "[,]", "[{\"a\":1},]", "[,{\"a\":1}]"}) {
        const auto r = wz::splitRequests(text);
        BOOST_TEST(!r.valid, text);
    }
}

BOOST_AUTO_TEST_CASE(empty_text_is_invalid) {
    BOOST_TEST(!wz::splitRequests("").valid);
    BOOST_TEST(!wz::splitRequests(" \n\t ").valid);
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_one_slice) {
    for (int depth : {1, 2, 32, 33, 100, 100000}) {
        const auto r = wz::splitRequests(nested(depth));
        BOOST_TEST(r.valid);
        BOOST_REQUIRE(r.requests.size() == 1u);
        BOOST_TEST(r.requests[0].text.size() == nested(depth).size());
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(evaluate_shape)

BOOST_AUTO_TEST_CASE(single_object_gives_one_response) {
    const json r = evaluate(individual());
    expectOk(r);
    BOOST_TEST(r["results"].is_array());
}

BOOST_AUTO_TEST_CASE(array_gives_responses_in_order) {
    const json r = evaluate(json::array({individual(), classRequest(), 5, individual()}));
    BOOST_REQUIRE_MESSAGE(r.is_array(), show(r));
    BOOST_REQUIRE(r.size() == 4u);
    expectOk(r[0]);
    BOOST_TEST(r[0]["results"].is_array());
    expectOk(r[1]);
    BOOST_TEST(r[1].value("scheme", "") == "special-operation");
    expectError(r[2], "invalid-value", "");
    expectOk(r[3]);
}

BOOST_AUTO_TEST_CASE(empty_array_gives_empty_array) {
    const wz::EvaluateOutput out = unit::engine().evaluate("[]", unit::date("2021-03-15"));
    BOOST_TEST(out.parsed);
    const json r = json::parse(out.json);
    BOOST_TEST(r.is_array());
    BOOST_TEST(r.empty());
}

BOOST_AUTO_TEST_CASE(nested_array_element_is_invalid_value) {
    const json r = evaluateText("[[" + individual().dump() + "]]");
    BOOST_REQUIRE_MESSAGE(r.is_array() && r.size() == 1u, show(r));
    expectError(r[0], "invalid-value", "");
}

BOOST_AUTO_TEST_CASE(non_object_elements_are_invalid_value) {
    const json r = evaluateText("[1, \"individual\", null, true, []]");
    BOOST_REQUIRE_MESSAGE(r.is_array() && r.size() == 5u, show(r));
    for (const auto& e : r) expectError(e, "invalid-value", "");
    expectError(evaluateText("42"), "invalid-value", "");
    expectError(evaluateText("\"text\""), "invalid-value", "");
}

BOOST_AUTO_TEST_CASE(not_json_is_invalid_json_and_not_parsed) {
    for (const std::string& text : std::vector<std::string>{std::string(""), std::string("   "), std::string("{"), std::string("nope"),
                                   individual().dump() + " trailing", individual().dump() + "}",
                                   "[" + individual().dump(), "{\"kind\": }", "[{\"a\":1}, {\"b\": }]",
                                   std::string("{'kind': 'individual'}"), std::string("[1,]")}) {
        const wz::EvaluateOutput out = unit::engine().evaluate(text, unit::date("2021-03-15"));
        BOOST_TEST(!out.parsed, text);
        const json r = json::parse(out.json, nullptr, false);
        BOOST_TEST(isInvalidJson(r), text << " -> " << out.json);
    }
}

BOOST_AUTO_TEST_CASE(deep_text_that_is_not_json_is_invalid_json) {
    // contract: invalid-json when "the text is not JSON", and the CLI exits 1 when stdin did not parse;
    // a balanced but malformed text is not JSON however deep it is ("{{" is never valid)
    for (const std::string& text : std::vector<std::string>{std::string(40, '{') + std::string(40, '}'),
                                                           "[" + std::string(40, '{') + std::string(40, '}') + "]",
                                                           "{\"a\":" + std::string(40, '[') + "1,,2" + std::string(40, ']') + "}"}) {
        const wz::EvaluateOutput out = unit::engine().evaluate(text, unit::date("2021-03-15"));
        BOOST_TEST(!out.parsed, text);
        BOOST_TEST(isInvalidJson(json::parse(out.json, nullptr, false)), text << " -> " << out.json);
    }
}

BOOST_AUTO_TEST_CASE(request_errors_still_count_as_parsed) {
    const wz::EvaluateOutput out = unit::engine().evaluate("{\"kind\": \"nothing\"}", unit::date("2021-03-15"));
    BOOST_TEST(out.parsed);
    expectError(json::parse(out.json), "invalid-value", "kind");
}

BOOST_AUTO_TEST_CASE(strings_with_brackets_and_escaped_quotes) {
    json req = individual();
    req["certificate"]["occupation"] = "电工]}[{\"\\ 特";
    req["note"] = "}]],\"{[";
    for (const std::string& text : std::vector<std::string>{req.dump(), "[" + req.dump() + "," + req.dump() + "]"}) {
        const json r = evaluateText(text);
        const json one = r.is_array() ? r.at(0) : r;
        expectOk(one);
        // not on the A list: category C
        BOOST_TEST(one["results"][0].value("category", "") == "C", show(one));
    }
}

BOOST_AUTO_TEST_CASE(depth_33_is_too_large) {
    json req = individual();
    std::string text = req.dump();
    // 33 levels: the request object itself plus 32 nested objects in an ignored field
    const std::string deep = nested(31);  // 31 objects
    text.insert(text.size() - 1, ",\"padding\":{\"y\":" + deep + "}");
    const json r33 = evaluateText(text);
    expectError(r33, "too-large", "");

    // 32 levels is still a request
    std::string ok = req.dump();
    ok.insert(ok.size() - 1, ",\"padding\":" + nested(31));
    const json r32 = evaluateText(ok);
    BOOST_TEST(findError(r32, "too-large", "").is_null(), show(r32));
    expectOk(r32);

    // inside an array, depth is per element
    const json arr = evaluateText("[" + text + "," + ok + "]");
    BOOST_REQUIRE(arr.is_array());
    expectError(arr[0], "too-large", "");
    expectOk(arr[1]);
}

BOOST_AUTO_TEST_CASE(absurd_depth_never_crashes) {
    std::string deep(200000, '[');
    deep += std::string(200000, ']');
    const json r = evaluateText(deep);
    // an array holding one 199999-deep element
    BOOST_REQUIRE_MESSAGE(r.is_array() && r.size() == 1u, r.dump().substr(0, 200));
    expectError(r[0], "too-large", "");
    const json obj = evaluateText(nested(100000));
    expectError(obj, "too-large", "");
    BOOST_TEST(isInvalidJson(evaluateText(std::string(100000, '{'))));
}

BOOST_AUTO_TEST_CASE(over_one_mebibyte_is_too_large) {
    const std::string head = individual().dump();
    auto padded = [&](size_t total) {
        std::string text = head;
        const std::string open = ",\"padding\":\"";
        const size_t fixed = text.size() + open.size() + 1;  // + closing quote
        text.insert(text.size() - 1, open + std::string(total - fixed, 'x') + "\"");
        return text;
    };
    const std::string big = padded((1u << 20) + 1);
    BOOST_REQUIRE(big.size() == (1u << 20) + 1);
    expectError(evaluateText(big), "too-large", "");
    const std::string edge = padded(1u << 20);
    BOOST_REQUIRE(edge.size() == (1u << 20));
    expectOk(evaluateText(edge));
    // an element of an array, too
    const json arr = evaluateText("[" + big + "]");
    BOOST_REQUIRE(arr.is_array() && arr.size() == 1u);
    expectError(arr[0], "too-large", "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(individual_errors)

BOOST_AUTO_TEST_CASE(missing_fields_with_paths) {
    expectError(evaluate(without(individual(), "/person", "gender")), "missing-field", "person.gender");
    expectError(evaluate(without(individual(), "/person", "birthDate")), "missing-field", "person.birthDate");
    expectError(evaluate(without(individual(), "/certificate", "trainingDistrict")), "missing-field",
                "certificate.trainingDistrict");
    expectError(evaluate(set(without(individual(), "/certificate", "trainingDistrict"), "/certificate/route"_json_pointer,
                             "competition")),
                "missing-field", "certificate.trainingDistrict");
    expectError(evaluate(without(individual(), "/certificate", "level")), "missing-field", "certificate.level");
    expectError(evaluate(without(individual(), "/certificate", "occupation")), "missing-field", "certificate.occupation");
    expectError(evaluate(without(individual(), "/certificate", "issueDate")), "missing-field", "certificate.issueDate");
    expectError(evaluate(without(individual(), "/certificate", "type")), "missing-field", "certificate.type");
    expectError(evaluate(without(individual(), "/certificate", "issuer")), "missing-field", "certificate.issuer");
    expectError(evaluate(without(individual(), "/certificate", "route")), "missing-field", "certificate.route");
    expectError(evaluate(without(individual(), "/person", "uiDistrict")), "missing-field", "person.uiDistrict");
    expectError(evaluate(without(individual(), "", "person")), "missing-field", "person");
    expectError(evaluate(without(individual(), "", "certificate")), "missing-field", "certificate");
    expectError(evaluate(set(individual(), "/person/graduate"_json_pointer, json{{"employed", false}})), "missing-field",
                "person.graduate.leftSchool");
    expectError(evaluate(set(individual(), "/history"_json_pointer, json::array({json{{"date", "2021-01-10"}}}))),
                "missing-field", "history[0].scheme");
}

BOOST_AUTO_TEST_CASE(both_gender_and_birth_date_missing_are_both_reported) {
    json req = without(without(individual(), "/person", "gender"), "/person", "birthDate");
    const json r = evaluate(req);
    expectError(r, "missing-field", "person.gender");
    expectError(r, "missing-field", "person.birthDate");
}

BOOST_AUTO_TEST_CASE(null_and_blank_mean_absent) {
    expectError(evaluate(set(individual(), "/person/gender"_json_pointer, nullptr)), "missing-field", "person.gender");
    expectError(evaluate(set(individual(), "/certificate/level"_json_pointer, "   ")), "missing-field", "certificate.level");
    // self-study needs no trainingDistrict; null is fine
    json selfStudy = set(individual(), "/certificate/route"_json_pointer, "self-study");
    expectOk(evaluate(set(selfStudy, "/certificate/trainingDistrict"_json_pointer, nullptr)));
    // asOf null: today
    const json r = evaluate(set(individual(), "/asOf"_json_pointer, nullptr), "2021-04-02");
    expectOk(r);
    BOOST_TEST(r.value("asOf", "") == "2021-04-02");
}

BOOST_AUTO_TEST_CASE(as_of_defaults_to_today_and_kind_to_individual) {
    json req = without(without(individual(), "", "asOf"), "", "kind");
    const json r = evaluate(req, "2021-06-30");
    expectOk(r);
    BOOST_TEST(r.value("asOf", "") == "2021-06-30");
    BOOST_TEST(r["results"].size() == 2u);
}

BOOST_AUTO_TEST_CASE(surrounding_whitespace_is_ignored) {
    json req = individual();
    req["person"]["gender"] = " male ";
    req["person"]["uiDistrict"] = "\t鹿城区 ";
    req["certificate"]["occupation"] = "  电工\n";
    req["certificate"]["level"] = " 中级";
    req["certificate"]["issueDate"] = " 2020-08-01 ";
    req["certificate"]["route"] = "institution ";
    const json r = evaluate(req);
    expectOk(r);
    BOOST_TEST(r["results"][0].value("category", "") == "A", show(r));
    BOOST_TEST(r["results"][0].value("deadline", "") == "2021-08-01", show(r));
}

BOOST_AUTO_TEST_CASE(invalid_values) {
    expectError(evaluate(set(individual(), "/kind"_json_pointer, "company")), "invalid-value", "kind");
    expectError(evaluate(set(individual(), "/person/gender"_json_pointer, "man")), "invalid-value", "person.gender");
    expectError(evaluate(set(individual(), "/person/gender"_json_pointer, 1)), "invalid-value", "person.gender");
    expectError(evaluate(set(individual(), "/certificate/level"_json_pointer, "特级")), "invalid-value", "certificate.level");
    expectError(evaluate(set(individual(), "/certificate/type"_json_pointer, "diploma")), "invalid-value", "certificate.type");
    expectError(evaluate(set(individual(), "/certificate/issuer"_json_pointer, "beijing")), "invalid-value",
                "certificate.issuer");
    expectError(evaluate(set(individual(), "/certificate/route"_json_pointer, "online")), "invalid-value",
                "certificate.route");
    expectError(evaluate(set(individual(), "/certificate/trainingDistrict"_json_pointer, "杭州市")), "invalid-value",
                "certificate.trainingDistrict");
    expectError(evaluate(set(individual(), "/person/uiDistrict"_json_pointer, "鹿城")), "invalid-value", "person.uiDistrict");
    expectError(evaluate(set(individual(), "/person/hukouDistrict"_json_pointer, "上海")), "invalid-value",
                "person.hukouDistrict");
    expectOk(evaluate(set(individual(), "/person/hukouDistrict"_json_pointer, "other")));
    expectError(evaluate(set(individual(), "/person/uiMonths"_json_pointer, -1)), "invalid-value", "person.uiMonths");
    expectError(evaluate(set(individual(), "/person/uiMonths"_json_pointer, 1e9)), "invalid-value", "person.uiMonths");
    expectError(evaluate(set(individual(), "/person/uiMonths"_json_pointer, 12.5)), "invalid-value", "person.uiMonths");
    expectError(evaluate(set(individual(), "/person/uiMonths"_json_pointer, "36")), "invalid-value", "person.uiMonths");
    expectError(evaluate(set(individual(), "/person/uiInsured"_json_pointer, "yes")), "invalid-value", "person.uiInsured");
    expectError(evaluate(set(individual(), "/certificate/shortage"_json_pointer, 1)), "invalid-value",
                "certificate.shortage");
    expectError(evaluate(set(individual(), "/person"_json_pointer, "someone")), "invalid-value", "person");
    expectError(evaluate(set(individual(), "/history"_json_pointer, "none")), "invalid-value", "history");
    expectError(evaluate(set(individual(), "/history"_json_pointer, json::array({5}))), "invalid-value", "history[0]");
    expectError(evaluate(set(individual(), "/history"_json_pointer,
                             json::array({json{{"date", "2021-01-10"}, {"scheme", "other"}, {"occupation", "电工"},
                                               {"level", "初级"}}}))),
                "invalid-value", "history[0].scheme");
}

BOOST_AUTO_TEST_CASE(invalid_dates) {
    expectError(evaluate(set(individual(), "/asOf"_json_pointer, "2021-02-29")), "invalid-date", "asOf");
    expectError(evaluate(set(individual(), "/certificate/issueDate"_json_pointer, "2021-1-01")), "invalid-date",
                "certificate.issueDate");
    expectError(evaluate(set(individual(), "/certificate/issueDate"_json_pointer, "2100-02-29")), "invalid-date",
                "certificate.issueDate");
    expectError(evaluate(set(individual(), "/person/birthDate"_json_pointer, "1985/06/01")), "invalid-date",
                "person.birthDate");
    expectError(evaluate(set(individual(), "/person/birthDate"_json_pointer, 19850601)), "invalid-date", "person.birthDate");
    expectError(evaluate(set(individual(), "/person/graduate"_json_pointer, json{{"leftSchool", "2020-06-31"}})),
                "invalid-date", "person.graduate.leftSchool");
    expectError(evaluate(set(individual(), "/history"_json_pointer,
                             json::array({json{{"date", "2021-13-10"}, {"scheme", "ui-skill-upgrade"},
                                               {"occupation", "电工"}, {"level", "初级"}}}))),
                "invalid-date", "history[0].date");
}

BOOST_AUTO_TEST_CASE(id_numbers) {
    const std::string id = unit::makeId("19850601", "011");  // male
    json req = without(without(individual(), "/person", "gender"), "/person", "birthDate");

    // a valid number supplies gender and birth date
    expectOk(evaluate(set(req, "/person/idNumber"_json_pointer, id)));
    // surrounding whitespace is ignored
    expectOk(evaluate(set(req, "/person/idNumber"_json_pointer, "  " + id + " ")));
    // lowercase x
    std::string withX;
    for (int seq = 0; seq < 1000 && withX.empty(); seq += 2) {  // even: female
        char s[4];
        std::snprintf(s, sizeof s, "%03d", seq);
        const std::string candidate = unit::makeId("19850601", s);
        if (candidate[17] == 'X') withX = candidate;
    }
    BOOST_REQUIRE(!withX.empty());
    withX[17] = 'x';
    expectOk(evaluate(set(req, "/person/idNumber"_json_pointer, withX)));

    std::string badCheck = id;
    badCheck[17] = badCheck[17] == '0' ? '1' : '0';
    for (const std::string& bad : std::vector<std::string>{badCheck, id.substr(0, 17), id + "1", std::string("33030219850601A11X"),
                                  unit::makeId("19990230", "011")}) {
        expectError(evaluate(set(req, "/person/idNumber"_json_pointer, bad)), "invalid-id-number", "person.idNumber");
    }
}

BOOST_AUTO_TEST_CASE(id_mismatch) {
    const std::string id = unit::makeId("19850601", "011");  // male, 1985-06-01
    json req = individual();
    req["person"]["idNumber"] = id;
    expectOk(evaluate(req));  // agreeing explicit values are fine

    expectError(evaluate(set(req, "/person/gender"_json_pointer, "female")), "id-mismatch", "person.gender");
    expectError(evaluate(set(req, "/person/birthDate"_json_pointer, "1985-06-02")), "id-mismatch", "person.birthDate");
    const json both = evaluate(set(set(req, "/person/gender"_json_pointer, "female"), "/person/birthDate"_json_pointer,
                                   "1986-06-01"));
    expectError(both, "id-mismatch", "person.gender");
    expectError(both, "id-mismatch", "person.birthDate");
}

BOOST_AUTO_TEST_CASE(history_too_long_is_bounded) {
    json req = individual();
    json h = json::array();
    for (int i = 0; i < 2000; ++i)  // ~190 KB: under the byte limit, far beyond a person's record
        h.push_back(json{{"date", "2019-01-10"}, {"scheme", "ui-skill-upgrade"}, {"occupation", "焊工"}, {"level", "初级"}});
    req["history"] = h;
    const json r = evaluate(req);
    BOOST_TEST(r.value("ok", true) == false, show(r).substr(0, 300));
    BOOST_TEST(!findError(r, "too-large", "history").is_null(), show(r).substr(0, 300));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(class_errors)

BOOST_AUTO_TEST_CASE(missing_fields_with_paths) {
    expectError(evaluate(without(classRequest(), "", "scheme")), "missing-field", "scheme");
    expectError(evaluate(without(classRequest(), "", "organizer")), "missing-field", "organizer");
    expectError(evaluate(without(classRequest(), "", "class")), "missing-field", "class");
    expectError(evaluate(without(classRequest(), "", "trainees")), "missing-field", "trainees");
    expectError(evaluate(without(classRequest(), "/organizer", "type")), "missing-field", "organizer.type");
    expectError(evaluate(without(classRequest(), "/class", "startDate")), "missing-field", "class.startDate");
    expectError(evaluate(set(without(classRequest(), "/class", "hours"), "/scheme"_json_pointer, "project")),
                "missing-field", "class.hours");
    expectError(evaluate(set(classRequest(), "/scheme"_json_pointer, "entrepreneurship")), "missing-field", "class.course");
    expectError(evaluate(set(classRequest(), "/scheme"_json_pointer, "apprentice-employee")), "missing-field",
                "trainees[0].fee");
    expectError(evaluate(set(classRequest(), "/scheme"_json_pointer, "apprentice-student")), "missing-field",
                "trainees[0].allowance");
    const json master = evaluate(set(classRequest(), "/scheme"_json_pointer, "master-apprentice"));
    expectError(master, "missing-field", "trainees[0].occupation");
    expectError(master, "missing-field", "trainees[0].level");
}

BOOST_AUTO_TEST_CASE(invalid_values) {
    expectError(evaluate(set(classRequest(), "/scheme"_json_pointer, "evening-class")), "invalid-value", "scheme");
    expectError(evaluate(set(classRequest(), "/organizer/type"_json_pointer, "school")), "invalid-value", "organizer.type");
    expectError(evaluate(set(classRequest(), "/organizer/district"_json_pointer, "杭州")), "invalid-value",
                "organizer.district");
    expectError(evaluate(set(classRequest(), "/class/hours"_json_pointer, -8)), "invalid-value", "class.hours");
    expectError(evaluate(set(classRequest(), "/class/hours"_json_pointer, 1e12)), "invalid-value", "class.hours");
    expectError(evaluate(set(classRequest(), "/class/course"_json_pointer, "MBA")), "invalid-value", "class.course");
    expectError(evaluate(set(classRequest(), "/class/periodInYear"_json_pointer, 0)), "invalid-value",
                "class.periodInYear");
    expectError(evaluate(set(classRequest(), "/trainees"_json_pointer, json{{"passed", true}})), "invalid-value",
                "trainees");
    expectError(evaluate(set(classRequest(), "/trainees/1"_json_pointer, 5)), "invalid-value", "trainees[1]");
    expectError(evaluate(set(classRequest(), "/trainees/0/passed"_json_pointer, "yes")), "invalid-value",
                "trainees[0].passed");
    expectError(evaluate(set(classRequest(), "/trainees/0/certificate"_json_pointer, "diploma")), "invalid-value",
                "trainees[0].certificate");
    expectError(evaluate(set(classRequest(), "/trainees/0/fee"_json_pointer, -5)), "invalid-value", "trainees[0].fee");
    expectError(evaluate(set(classRequest(), "/trainees/0/allowance"_json_pointer, "3000")), "invalid-value",
                "trainees[0].allowance");
    expectError(evaluate(set(classRequest(), "/trainees/0/level"_json_pointer, "六级")), "invalid-value",
                "trainees[0].level");
}

BOOST_AUTO_TEST_CASE(invalid_dates) {
    expectError(evaluate(set(classRequest(), "/class/startDate"_json_pointer, "2021-04-31")), "invalid-date",
                "class.startDate");
    expectError(evaluate(set(classRequest(), "/class/filedDate"_json_pointer, 20210320)), "invalid-date",
                "class.filedDate");
    expectError(evaluate(set(classRequest(), "/trainees/0/hiredDate"_json_pointer, "2021-2-1")), "invalid-date",
                "trainees[0].hiredDate");
    expectError(evaluate(set(classRequest(), "/asOf"_json_pointer, "01-05-2021")), "invalid-date", "asOf");
}

BOOST_AUTO_TEST_CASE(too_many_trainees) {
    json req = classRequest();
    req["trainees"] = json::array();
    for (int i = 0; i < 10001; ++i) req["trainees"].push_back(json{{"passed", true}});
    expectError(evaluate(req), "too-large", "trainees");

    req["trainees"].erase(req["trainees"].size() - 1);  // 10,000 is still a class
    const json r = evaluate(req);
    expectOk(r);
    BOOST_TEST(r["perTrainee"].size() == 10000u);
    BOOST_TEST(r.value("total", -1.0) == 5000000.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(field_reader)

BOOST_AUTO_TEST_CASE(paths_nulls_trimming_and_flags) {
    const wz::Json obj = *wz::parseJson(R"({"a": "  x  ", "n": null, "blank": "   ", "t": true, "f": "true", "num": 12,
                                    "frac": 1.5, "d": " 2020-02-29 ", "bad": "2021-02-29", "o": {"k": 1}})");
    wz::RequestErrors errors;
    wz::FieldReader r(&obj, "person", errors);
    BOOST_TEST(r.path("gender") == "person.gender");
    BOOST_TEST(*r.text("a", wz::Need::required) == "x");
    BOOST_TEST(!r.present("n"));                              // null: absent
    BOOST_TEST(!r.text("n", wz::Need::optional).has_value());
    BOOST_TEST(errors.empty());
    BOOST_TEST(!r.text("blank", wz::Need::required).has_value());
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].code == "missing-field");
    BOOST_TEST(errors[0].path == "person.blank");
    errors.clear();
    BOOST_TEST(r.flag("t"));
    BOOST_TEST(!r.flag("missing"));                           // left out: false
    BOOST_TEST(errors.empty());
    BOOST_TEST(!r.flag("f"));
    BOOST_TEST(errors.size() == 1u);
    BOOST_TEST(errors.back().code == "invalid-value");
    errors.clear();
    BOOST_TEST(*r.integer("num", wz::Need::required, 0, 100) == 12);
    BOOST_TEST(!r.integer("frac", wz::Need::required, 0, 100).has_value());
    BOOST_TEST(!r.integer("num", wz::Need::required, 13, 100).has_value());
    BOOST_TEST(errors.size() == 2u);
    errors.clear();
    BOOST_TEST(r.date("d", wz::Need::required)->str() == "2020-02-29");
    BOOST_TEST(!r.date("bad", wz::Need::required).has_value());
    BOOST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].code == "invalid-date");
    BOOST_TEST(errors[0].path == "person.bad");
    errors.clear();
    BOOST_TEST(*r.choice("a", wz::Need::required, {"y", "x"}) == 1);
    BOOST_TEST(!r.choice("num", wz::Need::required, {"y", "x"}).has_value());
    BOOST_TEST(r.object("o", wz::Need::required) != nullptr);
    BOOST_TEST(r.object("a", wz::Need::required) == nullptr);
    BOOST_TEST(r.object("none", wz::Need::optional) == nullptr);
    BOOST_TEST(errors.size() == 2u);

    // a reader on an absent object reads every field as absent
    wz::RequestErrors more;
    wz::FieldReader none(nullptr, "", more);
    BOOST_TEST(none.path("asOf") == "asOf");
    BOOST_TEST(!none.text("x", wz::Need::required).has_value());
    BOOST_REQUIRE(more.size() == 1u);
    BOOST_TEST(more[0].path == "x");
}

BOOST_AUTO_TEST_CASE(trim_and_clip) {
    BOOST_TEST(wz::trim("  电工 \t\n") == "电工");
    BOOST_TEST(wz::trim("   ") == "");
    BOOST_TEST(wz::trim("a b") == "a b");
    BOOST_TEST(wz::clip("abc", 10) == "abc");
    // never cuts a UTF-8 character in half
    const std::string c = wz::clip("温州市", 4);
    BOOST_TEST(c.rfind("温", 0) == 0u);
    BOOST_TEST(c.find("州") == std::string::npos);
    BOOST_TEST(json(c).dump().size() > 0u);  // valid UTF-8: dump does not throw
}

BOOST_AUTO_TEST_CASE(kind_null_is_individual) {
    json req = individual();
    req["kind"] = nullptr;
    const json r = evaluate(req);
    expectOk(r);
    BOOST_TEST(r["results"].size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
