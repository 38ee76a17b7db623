#include "request_splitter.hpp"

#include <cstring>

namespace wz {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skipSpace(std::string_view t, size_t i) {
    while (i < t.size() && isSpace(t[i])) ++i;
    return i;
}

// End of the JSON value starting at i (one past it), or npos when unbalanced.
// Full syntax is left to the parser that reads each slice.
size_t valueEnd(std::string_view t, size_t i) {
    int depth = 0;
    bool inString = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (inString) {
            // jump to the next quote or backslash (memchr is vectorised)
            const void* q = std::memchr(t.data() + i, '"', t.size() - i);
            const size_t quote = q ? static_cast<size_t>(static_cast<const char*>(q) - t.data()) : t.size();
            const void* b = std::memchr(t.data() + i, '\\', quote - i);
            if (b) {
                i = static_cast<size_t>(static_cast<const char*>(b) - t.data()) + 1;  // skip the escaped character
                continue;
            }
            if (quote == t.size()) return std::string_view::npos;
            i = quote;
            inString = false;
            if (depth == 0) return i + 1;
            continue;
        }
        switch (c) {
            case '"': inString = true; break;
            case '{':
            case '[':
                ++depth;
                break;
            case '}':
            case ']':
                if (depth == 0) return i;  // a scalar ended by its container
                if (--depth == 0) return i + 1;
                break;
            case ',':
                if (depth == 0) return i;
                break;
            default:
                if (depth == 0 && isSpace(c)) return i;
        }
    }
    return inString || depth > 0 ? std::string_view::npos : t.size();
}

}  // namespace

SplitResult splitRequests(std::string_view t) {
    SplitResult out;
    size_t i = skipSpace(t, 0);
    if (i == t.size()) return out;
    if (t[i] != '[') {
        const size_t end = valueEnd(t, i);
        if (end == std::string_view::npos || skipSpace(t, end) != t.size()) return out;
        out.requests.push_back({t.substr(i, end - i)});
        out.valid = true;
        return out;
    }
    out.isArray = true;
    i = skipSpace(t, i + 1);
    if (i < t.size() && t[i] == ']') {
        out.valid = skipSpace(t, i + 1) == t.size();
        return out;
    }
    while (i < t.size()) {
        const size_t end = valueEnd(t, i);
        if (end == std::string_view::npos || end == i) return out;
        out.requests.push_back({t.substr(i, end - i)});
        i = skipSpace(t, end);
        if (i >= t.size()) return out;
        if (t[i] == ']') {
            out.valid = skipSpace(t, i + 1) == t.size();
            return out;
        }
        if (t[i] != ',') return out;
        i = skipSpace(t, i + 1);
    }
    return out;
}

}  // namespace wz
