#include "json_value.hpp"

namespace wz {

namespace {
const Json& nullValue() {
    static const Json n;
    return n;
}
const std::vector<Json>& noElements() {
    static const std::vector<Json> v;
    return v;
}
const std::vector<Json::Member>& noMembers() {
    static const std::vector<Json::Member> v;
    return v;
}
const std::string& noString() {
    static const std::string s;
    return s;
}
}  // namespace

const char* Json::type_name() const {
    switch (type_) {
        case Type::null: return "null";
        case Type::boolean: return "boolean";
        case Type::integer:
        case Type::floating: return "number";
        case Type::string: return "string";
        case Type::array: return "array";
        default: return "object";
    }
}

bool Json::asBool() const { return type_ == Type::boolean && bool_; }

long long Json::asInteger() const {
    if (type_ == Type::integer) return int_;
    if (type_ == Type::floating && isWholeNumber(double_)) return static_cast<long long>(double_);
    return 0;
}

double Json::asDouble() const {
    if (type_ == Type::integer) return static_cast<double>(int_);
    return type_ == Type::floating ? double_ : 0;
}

const std::string& Json::asString() const {
    return type_ == Type::string ? string_ : noString();
}

std::vector<std::string> Json::asStrings() const {
    std::vector<std::string> out;
    out.reserve(elements().size());
    for (const auto& e : elements()) out.push_back(e.asString());
    return out;
}

const Json* Json::find(std::string_view key) const {
    if (type_ != Type::object) return nullptr;
    for (auto it = object_.rbegin(); it != object_.rend(); ++it)
        if (it->first == key) return &it->second;
    return nullptr;
}

Json& Json::appendMember(std::string key) {
    object_.emplace_back(std::move(key), Json());
    return object_.back().second;
}

const Json& Json::operator[](std::string_view key) const {
    const Json* found = find(key);
    return found ? *found : nullValue();
}

Json& Json::operator[](std::string_view key) {
    if (type_ != Type::object) *this = object();
    for (auto it = object_.rbegin(); it != object_.rend(); ++it)
        if (it->first == key) return it->second;
    object_.emplace_back(std::string(key), Json());
    return object_.back().second;
}

const std::vector<Json::Member>& Json::items() const { return type_ == Type::object ? object_ : noMembers(); }

std::vector<Json::Member> Json::takeItems() { return type_ == Type::object ? std::move(object_) : std::vector<Member>{}; }

std::string Json::value(std::string_view key, const char* fallback) const {
    const Json* v = find(key);
    return v && v->is_string() ? v->string_ : std::string(fallback);
}

bool Json::value(std::string_view key, bool fallback) const {
    const Json* v = find(key);
    return v && v->is_boolean() ? v->bool_ : fallback;
}

size_t Json::size() const {
    if (type_ == Type::array) return array_.size();
    if (type_ == Type::object) return object_.size();
    return type_ == Type::null ? 0 : 1;
}

const Json& Json::operator[](size_t i) const { return i < elements().size() ? array_[i] : nullValue(); }

void Json::push_back(Json v) {
    if (type_ != Type::array) *this = array();
    array_.push_back(std::move(v));
}

const std::vector<Json>& Json::elements() const { return type_ == Type::array ? array_ : noElements(); }

bool operator==(const Json& a, const Json& b) {
    if (a.is_number() && b.is_number()) {
        if (a.type_ == Json::Type::integer && b.type_ == Json::Type::integer) return a.int_ == b.int_;
        return a.asDouble() == b.asDouble();
    }
    if (a.type_ != b.type_) return false;
    switch (a.type_) {
        case Json::Type::null: return true;
        case Json::Type::boolean: return a.bool_ == b.bool_;
        case Json::Type::string: return a.string_ == b.string_;
        case Json::Type::array: return a.array_ == b.array_;
        case Json::Type::object: {
            if (a.object_.size() != b.object_.size()) return false;
            for (const auto& m : a.object_) {
                const Json* other = b.find(m.first);
                if (!other || !(*other == m.second)) return false;
            }
            return true;
        }
        default: return false;
    }
}

}  // namespace wz
