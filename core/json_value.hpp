// A small JSON document type for the engine: the subset of nlohmann::json's interface
// the engine uses, with objects kept as vectors in document order. It exists for the
// browser build: nlohmann's DOM and parser were about half of the wasm, and this keeps
// the first load inside its budget and parsing several times faster (see README).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wz {

// true when x is a whole number that a long long holds (so the cast is defined)
inline bool isWholeNumber(double x) {
    return x > -9.2e18 && x < 9.2e18 && x == static_cast<double>(static_cast<long long>(x));
}

class Json {
public:
    enum class Type : std::uint8_t { null, boolean, integer, floating, string, array, object };
    using Member = std::pair<std::string, Json>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : type_(Type::boolean), bool_(b) {}
    Json(int i) : type_(Type::integer), int_(i) {}
    Json(long i) : type_(Type::integer), int_(i) {}
    Json(long long i) : type_(Type::integer), int_(i) {}
    Json(unsigned i) : type_(Type::integer), int_(i) {}
    Json(unsigned long i) : type_(Type::integer), int_(static_cast<long long>(i)) {}
    Json(unsigned long long i) : type_(Type::integer), int_(static_cast<long long>(i)) {}
    Json(double d) : type_(Type::floating), double_(d) {}
    Json(const char* s) : type_(Type::string), string_(s) {}
    Json(std::string s) : type_(Type::string), string_(std::move(s)) {}
    Json(std::string_view s) : type_(Type::string), string_(s) {}
    static Json object() { Json j; j.type_ = Type::object; return j; }
    static Json array() { Json j; j.type_ = Type::array; return j; }

    Type type() const { return type_; }
    const char* type_name() const;
    bool is_null() const { return type_ == Type::null; }
    bool is_boolean() const { return type_ == Type::boolean; }
    bool is_number() const { return type_ == Type::integer || type_ == Type::floating; }
    bool is_number_integer() const { return type_ == Type::integer; }
    bool is_number_float() const { return type_ == Type::floating; }
    bool is_string() const { return type_ == Type::string; }
    bool is_array() const { return type_ == Type::array; }
    bool is_object() const { return type_ == Type::object; }

    // Typed reads. Callers check types first (the schemas and the request readers do); a
    // wrong type reads as false, 0 or "" so that nothing in the engine throws (the wasm
    // build has no exceptions, see wasm/flags.cmake).
    bool asBool() const;
    long long asInteger() const;  // integers, and floats with no fraction
    double asDouble() const;
    const std::string& asString() const;
    std::vector<std::string> asStrings() const;  // an array of strings

    // objects
    const Json* find(std::string_view key) const;  // nullptr when absent
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    const Json& operator[](std::string_view key) const;  // a null value when absent
    Json& operator[](std::string_view key);               // makes a non-object an empty object; inserts
    const std::vector<Member>& items() const;
    std::vector<Member> takeItems();  // moves an object's members out (empty for a non-object)
    std::string value(std::string_view key, const char* fallback) const;
    bool value(std::string_view key, bool fallback) const;

    // arrays
    size_t size() const;
    const Json& operator[](size_t i) const;
    void push_back(Json v);  // makes a non-array an empty array first
    // the parser's way in: members appended in document order (a repeated key: the last wins in find)
    Json& appendMember(std::string key);
    const std::vector<Json>& elements() const;
    std::vector<Json>::const_iterator begin() const { return elements().begin(); }
    std::vector<Json>::const_iterator end() const { return elements().end(); }

    friend bool operator==(const Json& a, const Json& b);
    friend bool operator!=(const Json& a, const Json& b) { return !(a == b); }

private:
    Type type_ = Type::null;
    bool bool_ = false;
    long long int_ = 0;
    double double_ = 0;
    std::string string_;
    std::vector<Json> array_;
    std::vector<Member> object_;
};

}  // namespace wz
