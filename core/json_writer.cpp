#include "json_writer.hpp"

#include <cstring>

namespace wz {

namespace {

// true when one of the 8 bytes is a control character, '"' or '\\' (SWAR: 8 bytes per step)
inline bool wordNeedsEscape(std::uint64_t x) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto hasZero = [&](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
    const bool control = ((x - ones * 0x20) & ~x & highs) != 0;
    return control || hasZero(x ^ (ones * '"')) || hasZero(x ^ (ones * '\\'));
}

}  // namespace

void appendJsonString(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char* p = s.data();
    const char* const end = p + s.size();
    const char* run = p;  // start of the current run of characters that need no escape
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (!wordNeedsEscape(word)) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++p;
            continue;
        }
        out.append(run, static_cast<size_t>(p - run));
        run = ++p;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
        }
    }
    out.append(run, static_cast<size_t>(end - run));
    out += '"';
}

JsonWriter& JsonWriter::key(std::string_view k) {
    sep();
    appendJsonString(out_, k);
    out_ += ':';
    afterKey_ = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
    sep();
    appendJsonString(out_, s);
    return *this;
}

JsonWriter& JsonWriter::number(std::int64_t n) {
    sep();
    out_ += std::to_string(n);
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view text) {
    sep();
    out_ += text;
    return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& list) {
    beginArray();
    for (const auto& s : list) string(s);
    return endArray();
}

JsonWriter& JsonWriter::boolean(bool b) {
    sep();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    sep();
    out_ += "null";
    return *this;
}

}  // namespace wz
