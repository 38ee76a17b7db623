#include "field_reader.hpp"

#include <cmath>

namespace wz {

using json = Json;

std::string trim(std::string_view s) {
    const char* ws = " \t\r\n\f\v";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return "";
    const auto e = s.find_last_not_of(ws);
    return std::string(s.substr(b, e - b + 1));
}

std::string clip(std::string_view s, size_t maxBytes) {
    if (s.size() <= maxBytes) return std::string(s);
    size_t n = maxBytes;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return std::string(s.substr(0, n)) + "…";
}

FieldReader::FieldReader(const json* object, std::string path, RequestErrors& errors)
    : object_(object && object->is_object() ? object : nullptr), path_(std::move(path)), errors_(errors) {}

std::string FieldReader::path(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const json* FieldReader::find(std::string_view key) const {
    if (!object_) return nullptr;
    const json* v = object_->find(key);
    return v && !v->is_null() ? v : nullptr;
}

void FieldReader::error(const std::string& code, std::string_view key, std::string message) {
    errors_.push_back({code, path(key), std::move(message)});
}

void FieldReader::missing(std::string_view key) { error("missing-field", key, "缺少必填字段 " + path(key)); }

std::optional<std::string> FieldReader::text(std::string_view key, Need need, size_t maxLength) {
    const json* v = find(key);
    if (!v) {
        if (need == Need::required) missing(key);
        return std::nullopt;
    }
    if (!v->is_string()) {
        error("invalid-value", key, path(key) + " 应为文字");
        return std::nullopt;
    }
    std::string s = trim(v->asString());
    if (s.empty()) {
        if (need == Need::required) missing(key);
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        error("invalid-value", key, path(key) + " 过长");
        return std::nullopt;
    }
    return s;
}

std::optional<Date> FieldReader::date(std::string_view key, Need need) {
    const json* v = find(key);
    if (!v) {
        if (need == Need::required) missing(key);
        return std::nullopt;
    }
    if (!v->is_string()) {
        error("invalid-date", key, path(key) + " 应为 YYYY-MM-DD 格式的日期");
        return std::nullopt;
    }
    auto d = parseDate(trim(v->asString()));
    if (!d || d->year < 1900 || d->year > 2200) {
        error("invalid-date", key, path(key) + " 不是有效日期（YYYY-MM-DD）：" + clip(trim(v->asString()), 40));
        return std::nullopt;
    }
    return d;
}

bool FieldReader::flag(std::string_view key) {
    const json* v = find(key);
    if (!v) return false;
    if (!v->is_boolean()) {
        error("invalid-value", key, path(key) + " 应为 true 或 false");
        return false;
    }
    return v->asBool();
}

std::optional<double> FieldReader::number(std::string_view key, Need need, double min, double max) {
    const json* v = find(key);
    if (!v) {
        if (need == Need::required) missing(key);
        return std::nullopt;
    }
    if (!v->is_number()) {
        error("invalid-value", key, path(key) + " 应为数字");
        return std::nullopt;
    }
    const double x = v->asDouble();
    if (!std::isfinite(x) || x < min || x > max) {
        error("invalid-value", key,
              path(key) + " 应在 " + std::to_string(static_cast<long long>(min)) + " 到 " +
                  std::to_string(static_cast<long long>(max)) + " 之间");
        return std::nullopt;
    }
    return x;
}

std::optional<long long> FieldReader::integer(std::string_view key, Need need, long long min, long long max) {
    const json* v = find(key);
    if (v && v->is_number() && !v->is_number_integer()) {
        const double x = v->asDouble();
        if (x != std::floor(x)) {
            error("invalid-value", key, path(key) + " 应为整数");
            return std::nullopt;
        }
    }
    auto x = number(key, need, static_cast<double>(min), static_cast<double>(max));
    if (!x) return std::nullopt;
    return static_cast<long long>(*x);
}

std::optional<int> FieldReader::choice(std::string_view key, Need need, std::initializer_list<const char*> names) {
    auto s = text(key, need);
    if (!s) return std::nullopt;
    int i = 0;
    std::string list;
    for (const char* n : names) {
        if (*s == n) return i;
        list += (i ? " | " : "") + std::string(n);
        ++i;
    }
    error("invalid-value", key, path(key) + " 的取值“" + clip(*s, 40) + "”无效，应为 " + list);
    return std::nullopt;
}

const json* FieldReader::object(std::string_view key, Need need) {
    const json* v = find(key);
    if (!v) {
        if (need == Need::required) missing(key);
        return nullptr;
    }
    if (!v->is_object()) {
        error("invalid-value", key, path(key) + " 应为对象");
        return nullptr;
    }
    return v;
}

}  // namespace wz
