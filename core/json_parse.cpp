#include "json_parse.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

namespace wz {
namespace {

// the length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates),
// 0 when there is none before end
size_t utf8SequenceLength(const char* p, const char* end) {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    const size_t left = static_cast<size_t>(end - p);
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) n = 2;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3;
        if (s[0] == 0xE0) lo = 0xA0;
        if (s[0] == 0xED) hi = 0x9F;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4;
        if (s[0] == 0xF0) lo = 0x90;
        if (s[0] == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (left < n) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    for (size_t i = 2; i < n; ++i)
        if (s[i] < 0x80 || s[i] > 0xBF) return 0;
    return n;
}

class Parser {
public:
    Parser(std::string_view text, int maxDepth) : p_(text.data()), end_(text.data() + text.size()), maxDepth_(maxDepth) {}

    ParsedJson run() {
        ParsedJson out;
        Json root;
        if (!parseDocument(root)) return out;
        if (tooDeep_) {
            out.tooDeep = true;
            return out;
        }
        out.value = std::move(root);
        return out;
    }

private:
    // One open container: where its next value goes. Beyond the depth limit containers
    // are only counted (target == nullptr).
    struct Frame {
        Json* target;
        bool isObject;
        bool empty = true;
    };

    void skipSpace() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool literal(const char* word, size_t n) {
        if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
        p_ += n;
        return true;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    bool hex4(std::uint32_t& v) {
        if (end_ - p_ < 4) return false;
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *p_++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
        }
        return true;
    }

    // at the opening quote; `out` may be null (skipping beyond the depth limit)
    bool string(std::string* out) {
        ++p_;
        while (true) {
            // copy a run of plain characters (ASCII and well-formed UTF-8) in one step
            const char* run = p_;
            while (p_ < end_) {
                const auto c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20) break;
                if (c < 0x80) {
                    ++p_;
                    continue;
                }
                const size_t n = utf8SequenceLength(p_, end_);
                if (n == 0) return false;
                p_ += n;
            }
            if (out) out->append(run, static_cast<size_t>(p_ - run));
            if (p_ >= end_) return false;
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            // a backslash escape
            if (++p_ >= end_) return false;
            const char e = *p_++;
            char plain = 0;
            switch (e) {
                case '"': plain = '"'; break;
                case '\\': plain = '\\'; break;
                case '/': plain = '/'; break;
                case 'b': plain = '\b'; break;
                case 'f': plain = '\f'; break;
                case 'n': plain = '\n'; break;
                case 'r': plain = '\r'; break;
                case 't': plain = '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair
                        std::uint32_t low = 0;
                        if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return false;
                        p_ += 2;
                        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    if (out) appendUtf8(*out, cp);
                    continue;
                }
                default: return false;
            }
            if (out) *out += plain;
        }
    }

    // RFC 8259 number grammar; integers that fit are exact, others become doubles
    bool number(Json* out) {
        bool negative = false;
        if (*p_ == '-') {
            negative = true;
            ++p_;
        }
        if (p_ >= end_) return false;
        std::uint64_t mantissa = 0;
        int digits = 0, dropped = 0;
        auto digit = [&](char c) {
            if (digits < 19) {
                mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
                if (mantissa) ++digits;
            } else {
                ++dropped;
            }
        };
        if (*p_ == '0') {
            ++p_;
        } else if (*p_ >= '1' && *p_ <= '9') {
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') digit(*p_++);
        } else {
            return false;
        }
        int exponent = dropped;
        bool integral = true;
        if (p_ < end_ && *p_ == '.') {
            integral = false;
            ++p_;
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
                if (digits < 19) {
                    digit(*p_);
                    --exponent;
                }
                ++p_;
            }
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            integral = false;
            ++p_;
            bool expNegative = false;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) expNegative = *p_++ == '-';
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
            int e = 0;
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
                if (e < 100000) e = e * 10 + (*p_ - '0');
                ++p_;
            }
            exponent += expNegative ? -e : e;
        }
        if (!out) return true;
        if (integral && dropped == 0 && mantissa <= (negative ? 0x8000000000000000ULL : 0x7FFFFFFFFFFFFFFFULL)) {
            *out = Json(negative ? static_cast<long long>(0 - mantissa) : static_cast<long long>(mantissa));
            return true;
        }
        *out = Json(toDouble(mantissa, exponent, negative));
        return true;
    }

    // mantissa × 10^exponent; exact (correctly rounded) when the mantissa has at most 15
    // digits and |exponent| ≤ 22, which covers every amount and hour a request holds
    static double toDouble(std::uint64_t mantissa, int exponent, bool negative) {
        static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        double v = static_cast<double>(mantissa);
        if (mantissa == 0) return negative ? -0.0 : 0.0;
        while (exponent > 22 && v < 1e300) {
            v *= 1e22;
            exponent -= 22;
        }
        while (exponent < -22 && v > 1e-300) {
            v /= 1e22;
            exponent += 22;
        }
        if (exponent > 22) v = 1e308 * 10;  // overflow: infinity, refused by range checks
        else if (exponent < -22) v = 0;
        else if (exponent >= 0) v *= powers[exponent];
        else v /= powers[-exponent];
        return negative ? -v : v;
    }

    // a scalar or the opening of a container at p_; `slot` is null beyond the depth limit
    bool value(Json* slot, std::vector<Frame>& stack) {
        switch (*p_) {
            case '{':
            case '[': {
                const bool isObject = *p_++ == '{';
                Json* target = nullptr;
                if (slot && static_cast<int>(stack.size()) < maxDepth_) {
                    *slot = isObject ? Json::object() : Json::array();
                    target = slot;
                } else {
                    tooDeep_ = true;
                }
                stack.push_back({target, isObject});
                return true;
            }
            case '"': {
                if (!slot) return string(nullptr);
                std::string s;
                if (!string(&s)) return false;
                *slot = Json(std::move(s));
                return true;
            }
            case 't':
                if (!literal("true", 4)) return false;
                if (slot) *slot = Json(true);
                return true;
            case 'f':
                if (!literal("false", 5)) return false;
                if (slot) *slot = Json(false);
                return true;
            case 'n':
                if (!literal("null", 4)) return false;
                if (slot) *slot = Json();
                return true;
            default:
                if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number(slot);
                return false;
        }
    }

    // where the next value of the innermost container goes
    Json* nextSlot(Frame& f, std::string& key) {
        if (!f.target) return nullptr;
        if (f.isObject) return &f.target->appendMember(key);
        f.target->push_back(Json());
        return const_cast<Json*>(&f.target->elements().back());
    }

    bool parseDocument(Json& root) {
        std::vector<Frame> stack;
        std::string key;
        skipSpace();
        if (p_ >= end_ || !value(&root, stack)) return false;
        while (!stack.empty()) {
            Frame& f = stack.back();
            skipSpace();
            if (p_ >= end_) return false;
            const char close = f.isObject ? '}' : ']';
            if (*p_ == close) {
                ++p_;
                stack.pop_back();
                continue;
            }
            if (!f.empty) {
                if (*p_ != ',') return false;
                ++p_;
                skipSpace();
                if (p_ >= end_) return false;
            }
            f.empty = false;
            if (f.isObject) {
                if (*p_ != '"') return false;
                key.clear();
                if (!string(f.target ? &key : nullptr)) return false;
                skipSpace();
                if (p_ >= end_ || *p_ != ':') return false;
                ++p_;
                skipSpace();
                if (p_ >= end_) return false;
            }
            // `f` may move when the stack grows: take the slot first
            Json* slot = nextSlot(f, key);
            if (!value(slot, stack)) return false;
        }
        skipSpace();
        return p_ == end_;
    }

    const char* p_;
    const char* end_;
    int maxDepth_;
    bool tooDeep_ = false;
};

}  // namespace

ParsedJson parseJsonChecked(std::string_view text, int maxDepth) { return Parser(text, maxDepth).run(); }

std::optional<Json> parseJson(std::string_view text) { return parseJsonChecked(text).value; }

bool isUtf8(std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const size_t n = utf8SequenceLength(p, end);
        if (n == 0) return false;
        p += n;
    }
    return true;
}

}  // namespace wz
