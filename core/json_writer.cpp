#include "json_writer.hpp"

namespace wz {

void appendJsonString(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
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
