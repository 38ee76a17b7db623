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

// Where a value sits in the document: a chain of keys and indexes up to the root, made into
// a JSON Pointer only when a problem is reported (most values have none).
struct Path {
    const Path* parent = nullptr;
    std::string_view key;
    size_t index = 0;
    bool isIndex = false;

    std::string pointer() const {
        if (!parent) return "";
        std::string up = parent->pointer() + '/';
        if (isIndex) return up + std::to_string(index);
        for (char c : key) {  // RFC 6901 escapes
            if (c == '~') up += "~0";
            else if (c == '/') up += "~1";
            else up += c;
        }
        return up;
    }
};

class Validator {
public:
    Validator(const json& root, std::vector<SchemaProblem>& out) : root_(root), out_(out) {}

    void check(const json& v, const json& schema, const Path& at, int depth = 0) {
        if (depth > 64 || !schema.is_object()) return;
        if (auto ref = schema.find("$ref"); ref != nullptr && ref->is_string()) {
            const std::string_view r = ref->asString();
            const std::string_view prefix = "#/$defs/";
            if (r.substr(0, prefix.size()) == prefix) {
                auto defs = root_.find("$defs");
                const json* target = defs != nullptr ? defs->find(r.substr(prefix.size())) : nullptr;
                if (target != nullptr)
                    check(v, *target, at, depth + 1);
                else
                    fail(at, "schema reference " + std::string(r) + " not found");
            }
        }
        if (auto t = schema.find("type"); t != nullptr && !hasAnyType(v, *t)) {
            std::string names;
            for (const auto& one : t->is_array() ? t->elements() : std::vector<Json>{*t})
                if (one.is_string()) names += (names.empty() ? "" : " or ") + one.asString();
            fail(at, "expected " + names + ", found " + std::string(v.type_name()));
            return;
        }
        if (auto e = schema.find("enum"); e != nullptr && e->is_array()) {
            bool found = false;
            for (const auto& x : *e) found = found || x == v;
            if (!found) fail(at, "value " + describe(v) + " is not one of " + describe(*e));
        }
        if (auto c = schema.find("const"); c != nullptr && *c != v)
            fail(at, "value must be " + describe(*c));
        if (v.is_string()) checkString(v.asString(), schema, at);
        if (v.is_number()) checkNumber(v.asDouble(), schema, at);
        if (v.is_object()) checkObject(v, schema, at, depth);
        if (v.is_array()) checkArray(v, schema, at, depth);
    }

private:
    void fail(const Path& at, std::string msg) {
        std::string ptr = at.pointer();
        out_.push_back({ptr.empty() ? "/" : std::move(ptr), std::move(msg)});
    }

    // "type": one name or a list of names
    static bool hasAnyType(const json& v, const json& type) {
        if (type.is_string()) return hasType(v, type.asString());
        for (const auto& one : type.elements())
            if (one.is_string() && hasType(v, one.asString())) return true;
        return false;
    }

    static size_t utf8Length(const std::string& s) {
        size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    }

    void checkString(const std::string& s, const json& schema, const Path& at) {
        if (auto m = schema.find("minLength"); m != nullptr && m->is_number() && utf8Length(s) < m->asDouble())
            fail(at, "string shorter than " + describe(*m));
        if (auto m = schema.find("maxLength"); m != nullptr && m->is_number() && utf8Length(s) > m->asDouble())
            fail(at, "string longer than " + describe(*m));
        if (auto f = schema.find("format"); f != nullptr && *f == "date" && !parseDate(s))
            fail(at, "\"" + s + "\" is not a real date YYYY-MM-DD");
    }

    void checkNumber(double x, const json& schema, const Path& at) {
        if (auto m = schema.find("minimum"); m != nullptr && m->is_number() && x < m->asDouble())
            fail(at, "number below minimum " + describe(*m));
        if (auto m = schema.find("maximum"); m != nullptr && m->is_number() && x > m->asDouble())
            fail(at, "number above maximum " + describe(*m));
    }

    void checkObject(const json& v, const json& schema, const Path& at, int depth) {
        const json* props = schema.find("properties");
        if (auto r = schema.find("required"); r != nullptr && r->is_array())
            for (const auto& k : *r)
                if (k.is_string() && !v.contains(k.asString())) fail(Path{&at, k.asString()}, "required field is missing");
        auto extra = schema.find("additionalProperties");
        for (const auto& item : v.items()) {
            const Path child{&at, item.first};
            if (const json* sub = props != nullptr ? props->find(item.first) : nullptr) {
                check(item.second, *sub, child, depth + 1);
            } else if (extra != nullptr) {
                if (extra->is_boolean() && !extra->asBool())
                    fail(child, "unknown field");
                else if (extra->is_object())
                    check(item.second, *extra, child, depth + 1);
            }
        }
    }

    void checkArray(const json& v, const json& schema, const Path& at, int depth) {
        if (auto m = schema.find("minItems"); m != nullptr && m->is_number() && v.size() < m->asDouble())
            fail(at, "fewer than " + describe(*m) + " items");
        if (auto m = schema.find("maxItems"); m != nullptr && m->is_number() && v.size() > m->asDouble())
            fail(at, "more than " + describe(*m) + " items");
        if (auto u = schema.find("uniqueItems"); u != nullptr && *u == true) {
            std::set<std::string> seen;
            for (size_t i = 0; i < v.size(); ++i)
                if (!seen.insert(describe(v[i])).second) fail(Path{&at, {}, i, true}, "duplicate item " + describe(v[i]));
        }
        if (auto items = schema.find("items"); items != nullptr && items->is_object())
            for (size_t i = 0; i < v.size(); ++i) check(v[i], *items, Path{&at, {}, i, true}, depth + 1);
    }

    const json& root_;
    std::vector<SchemaProblem>& out_;
};

}  // namespace

std::vector<SchemaProblem> validateAgainstSchema(const Json& document, const Json& schema) {
    std::vector<SchemaProblem> problems;
    Validator(schema, problems).check(document, schema, Path{});
    return problems;
}

}  // namespace wz
