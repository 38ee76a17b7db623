// Embind bindings: JSON text in and out, nothing thrown into JavaScript.
// The rules live in core/; this file only moves strings across. The engine is written
// without exceptions (every input problem is an answer, see core/field_reader.hpp), and
// the browser build is compiled with -fno-exceptions, which saves about a sixth of the
// wasm (see wasm/flags.cmake); web/engine.js still turns a trap into an "internal" answer.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include "engine.hpp"
#include "json_parse.hpp"
#include "json_writer.hpp"
#include "responses.hpp"

namespace {

std::unique_ptr<wz::Engine> g_engine;

std::string errorJson(const std::string& code, const std::string& message) {
    return wz::writeErrorResponse({{code, "", message}});
}

// the device's date, for requests without asOf; read once a minute (localtime is a call
// into JavaScript, and a day always starts on a minute)
wz::Date today() {
    static std::time_t minute = -1;
    static wz::Date date;
    const std::time_t now = std::time(nullptr);
    if (now / 60 != minute) {
        minute = now / 60;
        std::tm local{};
        localtime_r(&now, &local);
        date = wz::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    }
    return date;
}

// An answer as a JavaScript string. Embind's own std::string return scans every byte in a
// JavaScript loop before decoding; handing TextDecoder a view of the bytes instead took a
// sixth off each evaluate (see wasm/flags.cmake for the figures).
emscripten::val text(const std::string& s) {
    static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
    return decoder.call<emscripten::val>("decode", emscripten::typed_memory_view(s.size(), reinterpret_cast<const unsigned char*>(s.data())));
}

std::optional<std::string> opt(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// bundleJson: {"catalogue.json": {...} or "<text>", ...} (data/bundle.json as downloaded);
// returns {"ok":true,"problems":[]} or {"ok":false,"problems":[...]}
std::string loadData(const std::string& bundleJson) {
    auto bundle = wz::parseJson(bundleJson);
    if (!bundle || !bundle->is_object()) return errorJson("invalid-json", "补贴数据应为一个 JSON 对象：文件名对应文件内容");
    wz::LoadResult loaded = wz::loadPolicyBundle(std::move(*bundle));
    wz::JsonWriter out;
    out.beginObject().key("ok").boolean(loaded.data.has_value()).key("problems").beginArray();
    for (const auto& p : loaded.problems)
        out.beginObject().key("file").string(p.file).key("field").string(p.field).key("message").string(p.message).endObject();
    out.endArray().endObject();
    if (loaded.data) g_engine = std::make_unique<wz::Engine>(std::move(*loaded.data));
    return out.take();
}

std::string evaluate(const std::string& request) {
    if (!g_engine) return errorJson("not-ready", "补贴数据尚未加载");
    return g_engine->evaluate(request, today()).json;
}

std::string institutions(const std::string& occupation, const std::string& district) {
    if (!g_engine) return "[]";
    return g_engine->institutions(opt(occupation), opt(district));
}

std::string hotlines(const std::string& district) {
    if (!g_engine) return "[]";
    return g_engine->hotlines(opt(district));
}

std::string suggest(const std::string& text, int limit) {
    if (!g_engine) return "[]";
    return g_engine->suggest(text, limit > 0 && limit <= 100 ? static_cast<size_t>(limit) : 8, today());
}

std::string catalogue() {
    if (!g_engine) return errorJson("not-ready", "补贴数据尚未加载");
    return g_engine->catalogue(today());
}

// rowsJson: [["姓名","身份证号",…], ["张三","3303…",…], …] as parsed by the page's CSV reader
std::string evaluateRoster(const std::string& classRequest, const std::string& rowsJson) {
    if (!g_engine) return errorJson("not-ready", "补贴数据尚未加载");
    const auto rows = wz::parseJson(rowsJson);
    if (!rows || !rows->is_array()) return errorJson("invalid-json", "名单应为行的数组，每行是单元格的数组");
    std::vector<std::vector<std::string>> table;
    table.reserve(rows->size());
    for (const auto& row : *rows) {
        std::vector<std::string> cells;
        if (row.is_array())
            for (const auto& cell : row) cells.push_back(cell.is_string() ? cell.asString() : "");
        table.push_back(std::move(cells));
    }
    return g_engine->evaluateRoster(classRequest, table, today());
}

std::string rosterTemplate() { return wz::Engine::rosterTemplate(); }

// A text argument from JavaScript as UTF-8: TextEncoder.encodeInto writes it straight into
// wasm memory (Embind's std::string argument measures and copies it in JavaScript loops).
// Anything that is not a string reads as "", which the engine answers as invalid JSON.
std::string utf8(const emscripten::val& s) {
    static const emscripten::val encoder = emscripten::val::global("TextEncoder").new_();
    if (!s.isString()) return {};
    std::string out(s["length"].as<size_t>() * 3, '\0');  // UTF-16 units -> at most 3 bytes each
    const auto into = emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data()));
    out.resize(encoder.call<emscripten::val>("encodeInto", s, into)["written"].as<size_t>());
    return out;
}

// Text<&entry>::call: the entry point with its text arguments taken by utf8() and its answer
// handed back by text()
template <typename Arg>
struct FromJs {
    using type = Arg;
    static Arg get(Arg a) { return a; }
};
template <>
struct FromJs<const std::string&> {
    using type = emscripten::val;
    static std::string get(const emscripten::val& v) { return utf8(v); }
};
template <auto entry>
struct Text;
template <typename... Args, std::string (*entry)(Args...)>
struct Text<entry> {
    static emscripten::val call(typename FromJs<Args>::type... args) { return text(entry(FromJs<Args>::get(args)...)); }
};

}  // namespace

EMSCRIPTEN_BINDINGS(wzsubsidy) {
    emscripten::function("loadData", &Text<&loadData>::call);
    emscripten::function("evaluate", &Text<&evaluate>::call);
    emscripten::function("institutions", &Text<&institutions>::call);
    emscripten::function("hotlines", &Text<&hotlines>::call);
    emscripten::function("suggest", &Text<&suggest>::call);
    emscripten::function("catalogue", &Text<&catalogue>::call);
    emscripten::function("evaluateRoster", &Text<&evaluateRoster>::call);
    emscripten::function("rosterTemplate", &Text<&rosterTemplate>::call);
}
