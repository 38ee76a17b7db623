#include "schema_validator.hpp"

#include <set>

#include "civil_date.hpp"

namespace wz {
namespace {

using json = Json;

bool hasType(const json& v, const std::string& t) {
    if (t == "object") return v.is_object();
    if (t == "array") return v.is_array();
    if (t == "string") return v.is_string();
    if (t == "integer") return v.is_number_integer() || (v.is_number_float() && isWholeNumber(v.asDouble()));
    if (t == "number") return v.is_number();
    if (t == "boolean") return v.is_boolean();
    if (t == "null") return v.is_null();
    return false;
}

// A short text for a JSON value in a problem message (no serializer needed).
std::string describe(const json& v) {
    switch (v.type()) {
        case Json::Type::string: return "\"" + v.asString().substr(0, 60) + "\"";
        case Json::Type::boolean: return v.asBool() ? "true" : "false";
        case Json::Type::null: return "null";
        case Json::Type::integer: return std::to_string(v.asInteger());
        case Json::Type::floating: {
            const double x = v.asDouble();
            return isWholeNumber(x) ? std::to_string(static_cast<long long>(x)) : "a fraction";
        }
        case Json::Type::array: {
            std::string s = "[";
            for (size_t i = 0; i < v.size() && i < 12; ++i) s += (i ? ", " : "") + describe(v[i]);
            return s + (v.size() > 12 ? ", …]" : "]");
        }
        default: return "an object";
    }
}

class Validator {
public:
    Validator(const json& root, std::vector<SchemaProblem>& out) : root_(root), out_(out) {}

    void check(const json& v, const json& schema, const std::string& ptr, int depth = 0) {
        if (depth > 64 || !schema.is_object()) return;
        if (auto ref = schema.find("$ref"); ref != nullptr && ref->is_string()) {
            const std::string r = ref->asString();
            const std::string prefix = "#/$defs/";
            if (r.rfind(prefix, 0) == 0) {
                auto defs = root_.find("$defs");
                if (defs != nullptr && defs->contains(r.substr(prefix.size())))
                    check(v, (*defs)[r.substr(prefix.size())], ptr, depth + 1);
                else
                    fail(ptr, "schema reference " + r + " not found");
            }
        }
        if (auto t = schema.find("type"); t != nullptr) {
            bool ok = false;
            std::string names;
            Json types = Json::array();
            if (t->is_array()) types = *t;
            else types.push_back(*t);
            for (const auto& one : types) {
                if (!one.is_string()) continue;
                ok = ok || hasType(v, one.asString());
                names += (names.empty() ? "" : " or ") + one.asString();
            }
            if (!ok) {
                fail(ptr, "expected " + names + ", found " + std::string(v.type_name()));
                return;
            }
        }
        if (auto e = schema.find("enum"); e != nullptr && e->is_array()) {
            bool found = false;
            for (const auto& x : *e) found = found || x == v;
            if (!found) fail(ptr, "value " + describe(v) + " is not one of " + describe(*e));
        }
        if (auto c = schema.find("const"); c != nullptr && *c != v)
            fail(ptr, "value must be " + describe(*c));
        if (v.is_string()) checkString(v.asString(), schema, ptr);
        if (v.is_number()) checkNumber(v.asDouble(), schema, ptr);
        if (v.is_object()) checkObject(v, schema, ptr, depth);
        if (v.is_array()) checkArray(v, schema, ptr, depth);
    }

private:
    void fail(const std::string& ptr, std::string msg) { out_.push_back({ptr.empty() ? "/" : ptr, std::move(msg)}); }

    static size_t utf8Length(const std::string& s) {
        size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    }

    void checkString(const std::string& s, const json& schema, const std::string& ptr) {
        if (auto m = schema.find("minLength"); m != nullptr && m->is_number() && utf8Length(s) < m->asDouble())
            fail(ptr, "string shorter than " + describe(*m));
        if (auto m = schema.find("maxLength"); m != nullptr && m->is_number() && utf8Length(s) > m->asDouble())
            fail(ptr, "string longer than " + describe(*m));
        if (auto f = schema.find("format"); f != nullptr && *f == "date" && !parseDate(s))
            fail(ptr, "\"" + s + "\" is not a real date YYYY-MM-DD");
    }

    void checkNumber(double x, const json& schema, const std::string& ptr) {
        if (auto m = schema.find("minimum"); m != nullptr && m->is_number() && x < m->asDouble())
            fail(ptr, "number below minimum " + describe(*m));
        if (auto m = schema.find("maximum"); m != nullptr && m->is_number() && x > m->asDouble())
            fail(ptr, "number above maximum " + describe(*m));
    }

    void checkObject(const json& v, const json& schema, const std::string& ptr, int depth) {
        const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
        if (auto r = schema.find("required"); r != nullptr && r->is_array())
            for (const auto& k : *r)
                if (k.is_string() && !v.contains(k.asString()))
                    fail(ptr + "/" + k.asString(), "required field is missing");
        auto extra = schema.find("additionalProperties");
        for (const auto& item : v.items()) {
            const std::string child = ptr + "/" + escape(item.first);
            if (props && props->contains(item.first)) {
                check(item.second, (*props)[item.first], child, depth + 1);
            } else if (extra != nullptr) {
                if (extra->is_boolean() && !extra->asBool())
                    fail(child, "unknown field");
                else if (extra->is_object())
                    check(item.second, *extra, child, depth + 1);
            }
        }
    }

    void checkArray(const json& v, const json& schema, const std::string& ptr, int depth) {
        if (auto m = schema.find("minItems"); m != nullptr && m->is_number() && v.size() < m->asDouble())
            fail(ptr, "fewer than " + describe(*m) + " items");
        if (auto m = schema.find("maxItems"); m != nullptr && m->is_number() && v.size() > m->asDouble())
            fail(ptr, "more than " + describe(*m) + " items");
        if (auto u = schema.find("uniqueItems"); u != nullptr && *u == true) {
            std::set<std::string> seen;
            for (size_t i = 0; i < v.size(); ++i)
                if (!seen.insert(describe(v[i])).second) fail(ptr + "/" + std::to_string(i), "duplicate item " + describe(v[i]));
        }
        if (auto items = schema.find("items"); items != nullptr && items->is_object())
            for (size_t i = 0; i < v.size(); ++i) check(v[i], *items, ptr + "/" + std::to_string(i), depth + 1);
    }

    static std::string escape(const std::string& key) {
        std::string out;
        for (char c : key) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
        return out;
    }

    const json& root_;
    std::vector<SchemaProblem>& out_;
};

}  // namespace

std::vector<SchemaProblem> validateAgainstSchema(const Json& document, const Json& schema) {
    std::vector<SchemaProblem> problems;
    Validator(schema, problems).check(document, schema, "");
    return problems;
}

}  // namespace wz
