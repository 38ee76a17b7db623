#define BOOST_TEST_MODULE schema_validator
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_parse.hpp"
#include "schema_validator.hpp"

using nlohmann::json;

namespace {

// the tests write documents as nlohmann literals; the engine reads its own wz::Json
std::vector<wz::SchemaProblem> check(const json& doc, const json& schema) {
    const auto text = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
    return wz::validateAgainstSchema(*wz::parseJson(text(doc)), *wz::parseJson(text(schema)));
}

std::string pointers(const std::vector<wz::SchemaProblem>& ps) {
    std::string out;
    for (const auto& p : ps) out += (out.empty() ? "" : ", ") + p.pointer + " (" + p.message + ")";
    return out.empty() ? "(none)" : out;
}

bool passes(const json& doc, const json& schema) { return check(doc, schema).empty(); }

// exactly one problem, at `pointer`, with a message
bool failsAt(const json& doc, const json& schema, const std::string& pointer) {
    const auto ps = check(doc, schema);
    if (ps.size() != 1) {
        BOOST_TEST_MESSAGE("expected one problem at " << pointer << ", got " << pointers(ps));
        return false;
    }
    if (ps[0].pointer != pointer || ps[0].message.empty()) {
        BOOST_TEST_MESSAGE("expected a problem at " << pointer << ", got " << pointers(ps));
        return false;
    }
    return true;
}

// {"type":"object","properties":{"v": inner}} so that pointers are "/v/..."
json wrap(const json& inner) { return json{{"type", "object"}, {"properties", {{"v", inner}}}}; }
json doc(const json& v) { return json{{"v", v}}; }

}  // namespace

BOOST_AUTO_TEST_SUITE(keywords)

BOOST_AUTO_TEST_CASE(type_each_name) {
    const json s = wrap({{"type", "string"}});
    BOOST_TEST(passes(doc("x"), s));
    BOOST_TEST(failsAt(doc(5), s, "/v"));
    BOOST_TEST(failsAt(doc(nullptr), s, "/v"));

    BOOST_TEST(passes(doc(json::object()), wrap({{"type", "object"}})));
    BOOST_TEST(failsAt(doc(json::array()), wrap({{"type", "object"}}), "/v"));
    BOOST_TEST(passes(doc(json::array()), wrap({{"type", "array"}})));
    BOOST_TEST(failsAt(doc(json::object()), wrap({{"type", "array"}}), "/v"));
    BOOST_TEST(passes(doc(true), wrap({{"type", "boolean"}})));
    BOOST_TEST(failsAt(doc(0), wrap({{"type", "boolean"}}), "/v"));
    BOOST_TEST(passes(doc(nullptr), wrap({{"type", "null"}})));
    BOOST_TEST(failsAt(doc(""), wrap({{"type", "null"}}), "/v"));
    BOOST_TEST(passes(doc(1.5), wrap({{"type", "number"}})));
    BOOST_TEST(passes(doc(2), wrap({{"type", "number"}})));
    BOOST_TEST(failsAt(doc("2"), wrap({{"type", "number"}}), "/v"));
}

BOOST_AUTO_TEST_CASE(type_integer) {
    const json s = wrap({{"type", "integer"}});
    BOOST_TEST(passes(doc(7), s));
    BOOST_TEST(passes(doc(-7), s));
    BOOST_TEST(passes(doc(json::parse("7.0")), s));  // a number with zero fraction is an integer
    BOOST_TEST(failsAt(doc(7.5), s, "/v"));
    BOOST_TEST(failsAt(doc("7"), s, "/v"));
    BOOST_TEST(failsAt(doc(true), s, "/v"));
}

BOOST_AUTO_TEST_CASE(type_list) {
    const json s = wrap({{"type", {"string", "null"}}});
    BOOST_TEST(passes(doc("x"), s));
    BOOST_TEST(passes(doc(nullptr), s));
    BOOST_TEST(failsAt(doc(3), s, "/v"));
}

BOOST_AUTO_TEST_CASE(root_pointer) {
    const auto ps = check(json(5), json{{"type", "object"}});
    BOOST_REQUIRE(ps.size() == 1u);
    BOOST_TEST((ps[0].pointer == "/" || ps[0].pointer.empty()), ps[0].pointer);
}

BOOST_AUTO_TEST_CASE(enum_keyword) {
    const json s = wrap({{"enum", {"A", "B", nullptr, 3}}});
    BOOST_TEST(passes(doc("A"), s));
    BOOST_TEST(passes(doc(nullptr), s));
    BOOST_TEST(passes(doc(3), s));
    BOOST_TEST(failsAt(doc("C"), s, "/v"));
    BOOST_TEST(failsAt(doc("a"), s, "/v"));
    BOOST_TEST(failsAt(doc(4), s, "/v"));
}

BOOST_AUTO_TEST_CASE(const_keyword) {
    const json s = wrap({{"const", "fen"}});
    BOOST_TEST(passes(doc("fen"), s));
    BOOST_TEST(failsAt(doc("yuan"), s, "/v"));
    BOOST_TEST(failsAt(doc(1), s, "/v"));
}

BOOST_AUTO_TEST_CASE(required_keyword) {
    const json s = wrap({{"type", "object"}, {"required", {"name", "no"}}});
    BOOST_TEST(passes(doc({{"name", "x"}, {"no", 1}}), s));
    // the problem names the missing field
    BOOST_TEST(failsAt(doc({{"no", 1}}), s, "/v/name"));
    BOOST_TEST(failsAt(doc({{"name", "x"}}), s, "/v/no"));
    BOOST_TEST(check(doc(json::object()), s).size() == 2u);
}

BOOST_AUTO_TEST_CASE(additional_properties_false) {
    const json s = wrap({{"type", "object"},
                         {"properties", {{"a", {{"type", "integer"}}}}},
                         {"additionalProperties", false}});
    BOOST_TEST(passes(doc({{"a", 1}}), s));
    BOOST_TEST(passes(doc(json::object()), s));
    BOOST_TEST(failsAt(doc({{"a", 1}, {"extra", 2}}), s, "/v/extra"));
    // known properties are still checked
    BOOST_TEST(failsAt(doc({{"a", "one"}}), s, "/v/a"));
}

BOOST_AUTO_TEST_CASE(additional_properties_schema) {
    const json s = wrap({{"type", "object"}, {"additionalProperties", {{"type", "integer"}, {"minimum", 0}}}});
    BOOST_TEST(passes(doc({{"初级", 1}, {"中级", 2}}), s));
    BOOST_TEST(failsAt(doc({{"初级", 1}, {"中级", "2"}}), s, "/v/中级"));
    BOOST_TEST(failsAt(doc({{"初级", -1}}), s, "/v/初级"));
}

BOOST_AUTO_TEST_CASE(pointer_escapes_slash_and_tilde) {
    const json s = wrap({{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}});
    BOOST_TEST(failsAt(doc({{"a/b", "x"}}), s, "/v/a~1b"));
    BOOST_TEST(failsAt(doc({{"m~n", "x"}}), s, "/v/m~0n"));
}

BOOST_AUTO_TEST_CASE(items_keyword) {
    const json s = wrap({{"type", "array"}, {"items", {{"type", "string"}}}});
    BOOST_TEST(passes(doc(json::array({"a", "b"})), s));
    BOOST_TEST(passes(doc(json::array()), s));
    BOOST_TEST(failsAt(doc(json::array({"a", 2, "c"})), s, "/v/1"));
    const json nested = wrap({{"type", "array"}, {"items", {{"type", "object"}, {"required", {"no"}}}}});
    BOOST_TEST(failsAt(doc(json::array({json{{"no", 1}}, json::object()})), nested, "/v/1/no"));
}

BOOST_AUTO_TEST_CASE(min_and_max_items) {
    const json s = wrap({{"type", "array"}, {"minItems", 1}, {"maxItems", 2}});
    BOOST_TEST(passes(doc(json::array({1})), s));
    BOOST_TEST(passes(doc(json::array({1, 2})), s));
    BOOST_TEST(failsAt(doc(json::array()), s, "/v"));
    BOOST_TEST(failsAt(doc(json::array({1, 2, 3})), s, "/v"));
}

BOOST_AUTO_TEST_CASE(unique_items) {
    const json s = wrap({{"type", "array"}, {"uniqueItems", true}});
    BOOST_TEST(passes(doc(json::array({"电工", "焊工"})), s));
    BOOST_TEST(passes(doc(json::array({1, "1"})), s));  // different types are different items
    BOOST_TEST(failsAt(doc(json::array({"电工", "焊工", "电工"})), s, "/v/2"));
    BOOST_TEST(failsAt(doc(json::array({json{{"a", 1}}, json{{"a", 1}}})), s, "/v/1"));
    const json off = wrap({{"type", "array"}, {"uniqueItems", false}});
    BOOST_TEST(passes(doc(json::array({1, 1})), off));
}

BOOST_AUTO_TEST_CASE(string_length_counts_utf8_characters) {
    const json s = wrap({{"type", "string"}, {"minLength", 2}, {"maxLength", 3}});
    BOOST_TEST(passes(doc("温州"), s));      // 2 characters, 6 bytes
    BOOST_TEST(passes(doc("温州市"), s));    // 3 characters, 9 bytes
    BOOST_TEST(failsAt(doc("温"), s, "/v"));  // 1 character, 3 bytes
    BOOST_TEST(failsAt(doc("温州市区"), s, "/v"));
    BOOST_TEST(passes(doc("ab"), s));
    BOOST_TEST(failsAt(doc("abcd"), s, "/v"));
    BOOST_TEST(failsAt(doc(""), s, "/v"));
    // a 4-byte character (𠀀) counts once
    BOOST_TEST(passes(doc("\xF0\xA0\x80\x80\xF0\xA0\x80\x80"), s));
    BOOST_TEST(failsAt(doc("\xF0\xA0\x80\x80"), s, "/v"));
}

BOOST_AUTO_TEST_CASE(minimum_and_maximum_inclusive) {
    const json s = wrap({{"type", "integer"}, {"minimum", 0}, {"maximum", 100}});
    BOOST_TEST(passes(doc(0), s));
    BOOST_TEST(passes(doc(100), s));
    BOOST_TEST(failsAt(doc(-1), s, "/v"));
    BOOST_TEST(failsAt(doc(101), s, "/v"));
    const json f = wrap({{"type", "number"}, {"minimum", 0.5}, {"maximum", 1.5}});
    BOOST_TEST(passes(doc(0.5), f));
    BOOST_TEST(failsAt(doc(0.49), f, "/v"));
    BOOST_TEST(failsAt(doc(1.51), f, "/v"));
    // bounds do not apply to strings
    const json mixed = wrap({{"type", {"integer", "string"}}, {"minimum", 0}});
    BOOST_TEST(passes(doc("2020-05-01"), mixed));
    BOOST_TEST(failsAt(doc(-3), mixed, "/v"));
}

BOOST_AUTO_TEST_CASE(format_date) {
    const json s = wrap({{"type", "string"}, {"format", "date"}});
    BOOST_TEST(passes(doc("2020-02-29"), s));
    BOOST_TEST(passes(doc("2021-12-31"), s));
    BOOST_TEST(failsAt(doc("2021-02-29"), s, "/v"));
    BOOST_TEST(failsAt(doc("2021-1-01"), s, "/v"));
    BOOST_TEST(failsAt(doc("tomorrow"), s, "/v"));
    // with a type list, null passes the format
    const json nullable = wrap({{"type", {"string", "null"}}, {"format", "date"}});
    BOOST_TEST(passes(doc(nullptr), nullable));
    BOOST_TEST(failsAt(doc("2100-02-29"), nullable, "/v"));
}

BOOST_AUTO_TEST_CASE(ref_to_defs) {
    const json s = json::parse(R"({
      "type": "object",
      "$defs": {
        "date": {"type": "string", "format": "date"},
        "period": {"type": "object", "required": ["from", "to"], "additionalProperties": false,
                   "properties": {"from": {"$ref": "#/$defs/date"}, "to": {"$ref": "#/$defs/date"}}}
      },
      "properties": {"effective": {"$ref": "#/$defs/period"}}
    })");
    BOOST_TEST(passes(json::parse(R"({"effective": {"from": "2020-05-01", "to": "2021-12-31"}})"), s));
    BOOST_TEST(failsAt(json::parse(R"({"effective": {"from": "2020-05-01", "to": "2021-02-29"}})"), s, "/effective/to"));
    BOOST_TEST(failsAt(json::parse(R"({"effective": {"from": 5, "to": "2021-12-31"}})"), s, "/effective/from"));
    BOOST_TEST(failsAt(json::parse(R"({"effective": {"from": "2020-05-01"}})"), s, "/effective/to"));
    BOOST_TEST(failsAt(json::parse(R"({"effective": {"from": "2020-05-01", "to": "2021-12-31", "x": 1}})"), s,
                       "/effective/x"));
    BOOST_TEST(failsAt(json::parse(R"({"effective": []})"), s, "/effective"));
}

BOOST_AUTO_TEST_CASE(ref_not_found_is_a_problem) {
    const json s = wrap({{"$ref", "#/$defs/nowhere"}});
    BOOST_TEST(!check(doc(1), s).empty());
}

BOOST_AUTO_TEST_CASE(several_problems_all_reported) {
    const json s = json::parse(R"({
      "type": "object", "required": ["rows"], "additionalProperties": false,
      "properties": {"rows": {"type": "array", "items": {"type": "object", "required": ["no"],
        "properties": {"no": {"type": "integer", "minimum": 1}, "phones": {"type": "array",
          "items": {"type": "string", "minLength": 7}}}}}}
    })");
    const auto ps = check(json::parse(R"({"rows": [{"no": 0}, {"phones": ["123"]}], "x": 1})"), s);
    std::set<std::string> ptrs;
    for (const auto& p : ps) ptrs.insert(p.pointer);
    BOOST_TEST(ptrs.count("/rows/0/no") == 1u, pointers(ps));
    BOOST_TEST(ptrs.count("/rows/1/no") == 1u, pointers(ps));
    BOOST_TEST(ptrs.count("/rows/1/phones/0") == 1u, pointers(ps));
    BOOST_TEST(ptrs.count("/x") == 1u, pointers(ps));
    BOOST_TEST(ps.size() == 4u, pointers(ps));
}

BOOST_AUTO_TEST_CASE(never_throws_on_odd_documents) {
    const json s = wrap({{"type", "object"}, {"properties", {{"a", {{"type", "string"}, {"maxLength", 1}}}}}});
    json deep = json::array();
    for (int i = 0; i < 200; ++i) deep = json::array({deep});
    BOOST_CHECK_NO_THROW(check(deep, s));
    BOOST_CHECK_NO_THROW(check(doc(deep), s));
    BOOST_CHECK_NO_THROW(check(json("\xff\xfe"), json{{"type", "string"}, {"minLength", 1}}));
    // the header promises that nothing throws: a value that is not valid UTF-8 must be reported, not thrown
    BOOST_CHECK_NO_THROW(check(json("\xff\xfe"), json{{"enum", {"a", "b"}}}));
    BOOST_CHECK_NO_THROW(check(json::array({"\xff", "\xff"}), json{{"uniqueItems", true}}));
}

BOOST_AUTO_TEST_SUITE_END()
