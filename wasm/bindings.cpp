// Embind bindings: JSON text in and out, nothing thrown into JavaScript.
// The rules live in core/; this file only moves strings across.
#include <emscripten/bind.h>

#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "engine.hpp"

namespace {

std::unique_ptr<wz::Engine> g_engine;

std::string errorJson(const std::string& code, const std::string& message) {
    nlohmann::json e = {{"ok", false}, {"errors", {{{"code", code}, {"path", ""}, {"message", message}}}}};
    return e.dump();
}

wz::Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return wz::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<std::string> opt(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

// filesJson: {"catalogue.json": "<text>", ...}; returns {"ok":true} or {"ok":false,"problems":[...]}
std::string loadData(const std::string& filesJson) {
    try {
        const auto files = nlohmann::json::parse(filesJson, nullptr, false);
        if (!files.is_object()) return errorJson("invalid-json", "data files must be an object of file texts");
        wz::DataFiles map;
        for (const auto& item : files.items())
            if (item.value().is_string()) map[item.key()] = item.value().get<std::string>();
        wz::LoadResult loaded = wz::loadPolicyData(map);
        nlohmann::json out = {{"ok", loaded.data.has_value()}, {"problems", nlohmann::json::array()}};
        for (const auto& p : loaded.problems)
            out["problems"].push_back({{"file", p.file}, {"field", p.field}, {"message", p.message}});
        if (loaded.data) g_engine = std::make_unique<wz::Engine>(std::move(*loaded.data));
        return out.dump();
    } catch (...) {
        return errorJson("internal", "data could not be loaded");
    }
}

std::string evaluate(const std::string& request) {
    if (!g_engine) return errorJson("not-ready", "data not loaded");
    try {
        return g_engine->evaluate(request, today()).json;
    } catch (...) {
        return errorJson("internal", "evaluation failed");
    }
}

std::string institutions(const std::string& occupation, const std::string& district) {
    if (!g_engine) return "[]";
    try {
        return g_engine->institutions(opt(occupation), opt(district));
    } catch (...) {
        return "[]";
    }
}

std::string hotlines(const std::string& district) {
    if (!g_engine) return "[]";
    try {
        return g_engine->hotlines(opt(district));
    } catch (...) {
        return "[]";
    }
}

std::string suggest(const std::string& text, int limit) {
    if (!g_engine) return "[]";
    try {
        return g_engine->suggest(text, limit > 0 && limit <= 100 ? static_cast<size_t>(limit) : 8, today());
    } catch (...) {
        return "[]";
    }
}

std::string catalogue() {
    if (!g_engine) return errorJson("not-ready", "data not loaded");
    try {
        return g_engine->catalogue(today());
    } catch (...) {
        return errorJson("internal", "catalogue failed");
    }
}

}  // namespace

EMSCRIPTEN_BINDINGS(wzsubsidy) {
    emscripten::function("loadData", &loadData);
    emscripten::function("evaluate", &evaluate);
    emscripten::function("institutions", &institutions);
    emscripten::function("hotlines", &hotlines);
    emscripten::function("suggest", &suggest);
    emscripten::function("catalogue", &catalogue);
}
