// libFuzzer target: the fuzz input is the text given to `wzsubsidy evaluate`.
// The engine must never crash, hang or leak, and its answer must keep the contract's shape:
//  - the output is JSON;
//  - `parsed` is false exactly when the input is not JSON (a request nested deeper than
//    kMaxRequestDepth is refused as too-large, but only when it is JSON);
//  - when not parsed, the output is the invalid-json error;
//  - a single object yields an object with "ok"; an array yields an array of the same
//    length whose elements are objects with "ok"; ok:false always comes with errors;
//  - an individual answer holds both schemes in order, known statuses, money amounts (0 when
//    ineligible, a reason when not eligible) and `best` = the eligible schemes of top amount;
//    a class answer has a money total (0 when ineligible) = the sum of perTrainee, one entry
//    per trainee of the request.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "real_engine.hpp"

namespace {

using nlohmann::json;

// the input as printable text: control bytes and bytes >= 0x7F as \xHH (the first 2000 bytes)
std::string printable(std::string_view t) {
    std::string out;
    for (size_t i = 0; i < t.size() && i < 2000; ++i) {
        const auto b = static_cast<unsigned char>(t[i]);
        if (b >= 0x20 && b < 0x7F) {
            out += static_cast<char>(b);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02X", b);
            out += hex;
        }
    }
    return out;
}

[[noreturn]] void fail(const char* what, std::string_view input, const std::string& output) {
    std::fprintf(stderr, "fuzz_evaluate invariant broken: %s\n--- input (%zu bytes, escaped)\n%s\n--- output\n%.2000s\n",
                 what, input.size(), printable(input).c_str(), output.c_str());
    std::abort();
}

// WZ_FUZZ_TOLERATE=nul: known engine bug (tests/fuzz/regressions/evaluate/README.md): a top-level
// scalar followed by a NUL byte is taken for JSON. Set while the bug is open, to fuzz past it.
bool tolerateNul() {
    static const bool yes = [] {
        const char* v = std::getenv("WZ_FUZZ_TOLERATE");
        return v && std::string_view(v).find("nul") != std::string_view::npos;
    }();
    return yes;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ---- the reference: is the text JSON by RFC 8259's grammar? (no depth or range limits)
// Not nlohmann::json::accept, which stops at a NUL byte ("1\0x" passes), skips a BOM and
// refuses numbers that overflow a double (valid JSON by the grammar).
enum class Verdict { json, notJson, either };  // either: RFC 8259 leaves the outcome open

class Reference {
public:
    explicit Reference(std::string_view t) : t_(t) {}

    Verdict run() {
        if (t_.substr(0, 3) == "\xEF\xBB\xBF") return Verdict::either;  // a BOM may be ignored or refused
        space();
        if (!value()) return Verdict::notJson;
        space();
        if (i_ != t_.size()) return Verdict::notJson;
        return loneSurrogate_ ? Verdict::either : Verdict::json;  // 8.2: unpredictable
    }
    // the number of elements of a top-level array (valid text only)
    size_t topLevelElements() const { return topElements_; }

private:
    bool more() const { return i_ < t_.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(t_[i_]); }
    void space() {
        while (more() && isSpace(t_[i_])) ++i_;
    }
    bool digits() {
        const size_t start = i_;
        while (more() && peek() >= '0' && peek() <= '9') ++i_;
        return i_ > start;
    }
    bool number() {
        if (more() && peek() == '-') ++i_;
        if (!more()) return false;
        if (peek() == '0') ++i_;
        else if (!digits()) return false;
        if (more() && peek() == '.') {
            ++i_;
            if (!digits()) return false;
        }
        if (more() && (peek() == 'e' || peek() == 'E')) {
            ++i_;
            if (more() && (peek() == '+' || peek() == '-')) ++i_;
            if (!digits()) return false;
        }
        return true;
    }
    bool hex4(unsigned& v) {
        if (t_.size() - i_ < 4) return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const unsigned char c = peek();
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else return false;
            ++i_;
        }
        return true;
    }
    bool utf8() {  // RFC 3629: shortest form, no surrogates, at most U+10FFFF
        const unsigned char c = peek();
        int n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) n = 2, lo = 0xA0;
        else if (c == 0xED) n = 2, hi = 0x9F;
        else if (c >= 0xE1 && c <= 0xEF) n = 2;
        else if (c == 0xF0) n = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) n = 3, hi = 0x8F;
        else return false;
        ++i_;
        for (int k = 0; k < n; ++k, lo = 0x80, hi = 0xBF) {
            if (!more() || peek() < lo || peek() > hi) return false;
            ++i_;
        }
        return true;
    }
    bool string() {
        ++i_;  // the opening quote
        while (more()) {
            const unsigned char c = peek();
            if (c == '"') {
                ++i_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                ++i_;
                if (!more()) return false;
                const char e = t_[i_++];
                if (e == 'u') {
                    unsigned v;
                    if (!hex4(v)) return false;
                    if (v >= 0xD800 && v <= 0xDBFF) {
                        unsigned low;
                        const size_t at = i_;
                        if (t_.substr(i_, 2) == "\\u" && (i_ += 2, hex4(low)) && low >= 0xDC00 && low <= 0xDFFF) continue;
                        i_ = at;
                        loneSurrogate_ = true;
                    } else if (v >= 0xDC00 && v <= 0xDFFF) {
                        loneSurrogate_ = true;
                    }
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return false;
                }
            } else if (c < 0x80) {
                ++i_;
            } else if (!utf8()) {
                return false;
            }
        }
        return false;
    }
    bool literal(std::string_view w) {
        if (t_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    bool scalar() {
        if (!more()) return false;
        switch (peek()) {
            case '"': return string();
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            default: return number();
        }
    }
    // iterative: a stack of open containers ('{' or '[')
    bool value() {
        std::vector<char> stack;
        for (;;) {
            space();
            if (!more()) return false;
            if (stack.size() == 1 && stack[0] == '[') ++topElements_;
            if (peek() == '{' || peek() == '[') {
                const char open = static_cast<char>(peek());
                ++i_;
                stack.push_back(open);
                space();
                if (more() && peek() == (open == '{' ? '}' : ']')) {
                    ++i_;
                    stack.pop_back();
                    if (stack.empty() && open == '[') topElements_ = 0;
                } else if (open == '{') {
                    if (!more() || peek() != '"' || !string()) return false;
                    space();
                    if (!more() || peek() != ':') return false;
                    ++i_;
                    continue;
                } else {
                    continue;
                }
            } else if (!scalar()) {
                return false;
            }
            // after a value: close containers or go on to the next member/element
            for (;;) {
                if (stack.empty()) return true;
                space();
                if (!more()) return false;
                const char close = stack.back() == '{' ? '}' : ']';
                if (peek() == close) {
                    ++i_;
                    stack.pop_back();
                    continue;
                }
                if (peek() != ',') return false;
                ++i_;
                if (stack.back() == '{') {
                    space();
                    if (!more() || peek() != '"' || !string()) return false;
                    space();
                    if (!more() || peek() != ':') return false;
                    ++i_;
                }
                break;
            }
        }
    }

    std::string_view t_;
    size_t i_ = 0;
    bool loneSurrogate_ = false;
    size_t topElements_ = 0;
};

char firstNonSpace(std::string_view t) {
    for (char c : t)
        if (!isSpace(c)) return c;
    return 0;
}

void checkResponse(const json& r, std::string_view input, const std::string& output) {
    if (!r.is_object()) fail("a response is not an object", input, output);
    auto ok = r.find("ok");
    if (ok == r.end() || !ok->is_boolean()) fail("a response has no boolean \"ok\"", input, output);
    if (!ok->get<bool>()) {
        auto errors = r.find("errors");
        if (errors == r.end() || !errors->is_array() || errors->empty())
            fail("ok:false without a non-empty \"errors\" array", input, output);
        for (const auto& e : *errors)
            if (!e.is_object() || !e.contains("code") || !e["code"].is_string() || !e.contains("message"))
                fail("an error without code/message", input, output);
    }
}

bool isMoney(const json& v) {
    if (!v.is_number() || v.get<double>() < 0) return false;
    const double cents = v.get<double>() * 100;
    return std::fabs(cents - std::round(cents)) < 1e-6;
}

// The contract's promises about a successful answer. `request` is the request object when known.
void checkSemantics(const json& r, const json* request, std::string_view input, const std::string& output) {
    if (!r.value("ok", false)) return;
    const std::string kind = r.value("kind", "");
    if (r.contains("results")) {  // an individual
        const json& results = r["results"];
        if (!results.is_array() || results.size() != 2 || !results[0].is_object() || !results[1].is_object() ||
            results[0].value("scheme", "") != "occupational-training" || results[1].value("scheme", "") != "ui-skill-upgrade")
            fail("individual: results are not [occupational-training, ui-skill-upgrade]", input, output);
        double bestAmount = -1;
        for (const auto& x : results) {
            const std::string status = x.value("status", "");
            if (status != "eligible" && status != "ineligible" && status != "consult")
                fail("individual: unknown status", input, output);
            if (!x.contains("amount") || !isMoney(x["amount"])) fail("individual: amount is not money", input, output);
            const double amount = x["amount"].get<double>();
            if (status == "ineligible" && amount != 0) fail("individual: ineligible with an amount", input, output);
            if (status != "eligible" && (!x.contains("reasons") || !x["reasons"].is_array() || x["reasons"].empty()))
                fail("individual: ineligible/consult without a reason", input, output);
            if (status == "eligible" && amount > bestAmount) bestAmount = amount;
        }
        json best = json::array();
        for (const auto& x : results)
            if (x.value("status", "") == "eligible" && x["amount"].get<double>() == bestAmount) best.push_back(x["scheme"]);
        if (!r.contains("best") || r["best"] != best) fail("individual: best is not the top eligible schemes", input, output);
    } else if (kind == "class" || r.contains("perTrainee")) {
        const std::string status = r.value("status", "");
        if (status != "eligible" && status != "ineligible" && status != "consult")
            fail("class: unknown status", input, output);
        if (!r.contains("total") || !isMoney(r["total"])) fail("class: total is not money", input, output);
        const double total = r["total"].get<double>();
        if (status == "ineligible" && total != 0) fail("class: ineligible with a total", input, output);
        if (!r.contains("perTrainee") || !r["perTrainee"].is_array()) fail("class: no perTrainee array", input, output);
        const json& per = r["perTrainee"];
        if (request && request->is_object() && request->contains("trainees") && (*request)["trainees"].is_array() &&
            (*request)["trainees"].size() != per.size())
            fail("class: perTrainee and trainees differ in number", input, output);
        double sum = 0;
        for (const auto& t : per) {
            if (!t.is_object() || !t.contains("amount") || !isMoney(t["amount"]))
                fail("class: a trainee amount is not money", input, output);
            sum += t["amount"].get<double>();
        }
        if (status != "ineligible" && std::fabs(sum - total) > 0.005 * static_cast<double>(per.size()) + 1e-6)
            fail("class: total is not the sum of perTrainee", input, output);
    } else {
        fail("ok:true but neither an individual nor a class answer", input, output);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    realEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const wz::Date today{2021, 3, 15};
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const wz::EvaluateOutput out = realEngine().evaluate(input, today);

    if (!json::accept(out.json)) fail("the output is not JSON", input, out.json);
    const json result = json::parse(out.json);
    Reference reference(input);
    const Verdict verdict = reference.run();

    if (!out.parsed) {
        if (verdict == Verdict::json) fail("valid JSON reported as not parsed", input, out.json);
        if (!result.is_object() || result.value("ok", true) != false || !result.contains("errors") ||
            !result["errors"].is_array() || result["errors"].empty() ||
            result["errors"][0].value("code", "") != "invalid-json")
            fail("not parsed, but the output is not the invalid-json error", input, out.json);
        return 0;
    }

    const bool knownNul = tolerateNul() && input.find('\0') != std::string_view::npos;
    if (verdict == Verdict::notJson && !knownNul) fail("text that is not JSON reported as parsed", input, out.json);

    // the requests as nlohmann reads them, for the semantic checks (discarded when it cannot)
    const json in = verdict == Verdict::json ? json::parse(input, nullptr, false) : json(json::value_t::discarded);
    const char first = firstNonSpace(input);
    if (verdict == Verdict::json && (first == '[') != result.is_array())
        fail(first == '[' ? "an array of requests gave no array" : "a single request gave an array", input, out.json);
    if (result.is_array()) {
        if (verdict == Verdict::json && result.size() != reference.topLevelElements())
            fail("responses and requests differ in number", input, out.json);
        for (size_t i = 0; i < result.size(); ++i) {
            checkResponse(result[i], input, out.json);
            checkSemantics(result[i], in.is_array() && i < in.size() ? &in[i] : nullptr, input, out.json);
        }
    } else {
        // a single value (for a single object in particular): one response object with "ok"
        checkResponse(result, input, out.json);
        checkSemantics(result, in.is_discarded() ? nullptr : &in, input, out.json);
    }
    return 0;
}
