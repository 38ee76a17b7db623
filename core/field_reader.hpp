// Reads the fields of one JSON object of a request, recording every problem with
// the field's path instead of throwing. A null value counts as absent; strings
// are trimmed; booleans left out are false.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "json_value.hpp"

#include "civil_date.hpp"
#include "request_errors.hpp"

namespace wz {

enum class Need { optional, required };

class FieldReader {
public:
    // `object` may be null/absent: every field then reads as absent.
    FieldReader(const Json* object, std::string path, RequestErrors& errors);

    std::string path(std::string_view key) const;
    bool present(std::string_view key) const { return find(key) != nullptr; }
    const Json* find(std::string_view key) const;

    std::optional<std::string> text(std::string_view key, Need need, size_t maxLength = 200);
    std::optional<Date> date(std::string_view key, Need need);
    bool flag(std::string_view key);
    std::optional<long long> integer(std::string_view key, Need need, long long min, long long max);
    std::optional<double> number(std::string_view key, Need need, double min, double max);
    // index of the matching name, or nullopt (with an error when the value is unknown)
    std::optional<int> choice(std::string_view key, Need need, std::initializer_list<const char*> names);
    // a nested object: nullptr when absent; an error when present but not an object
    const Json* object(std::string_view key, Need need);

    void error(const std::string& code, std::string_view key, std::string message);
    void missing(std::string_view key);

private:
    const Json* object_;
    std::string path_;
    RequestErrors& errors_;
};

std::string trim(std::string_view s);
// at most `maxBytes` bytes, cut at a UTF-8 character boundary (for echoing input in messages)
std::string clip(std::string_view s, size_t maxBytes);

}  // namespace wz
