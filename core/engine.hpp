// The engine's whole surface, strings in and out, shared by the CLI and the wasm
// bindings: evaluate requests, query the directory and the hotlines.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_value.hpp"

#include "civil_date.hpp"
#include "policy_data.hpp"

namespace wz {

constexpr size_t kMaxRequestBytes = 1 << 20;  // contract: a request over 1 MiB is too-large
constexpr int kMaxRequestDepth = 32;           // requests nest 3 deep; deeper is not a request

struct EvaluateOutput {
    std::string json;
    bool parsed = false;  // false: the text was not JSON (CLI exit 1)
};

class Engine {
public:
    explicit Engine(PolicyData data) : data_(std::move(data)) {}

    // one request object, or an array of them; `today` is the default asOf
    EvaluateOutput evaluate(std::string_view text, const Date& today) const;
    // rows whose training projects contain `occupation` and whose district is `district`
    std::string institutions(const std::optional<std::string>& occupation,
                             const std::optional<std::string>& district) const;
    std::string hotlines(const std::optional<std::string>& district) const;
    // search aids and the data in force on `on`, for the pages
    std::string suggest(const std::string& text, size_t limit, const Date& on) const;
    std::string catalogue(const Date& on) const;
    // a class request (trainees ignored) with the trainees of a roster table (header row first);
    // malformed rows are flagged on their own
    std::string evaluateRoster(std::string_view classRequest, const std::vector<std::vector<std::string>>& table,
                               const Date& today) const;
    std::string evaluateRosterRequest(Json classRequest, const std::vector<std::vector<std::string>>& table,
                                      const Date& today) const;
    static std::string rosterTemplate();

private:
    std::string evaluateOne(std::string_view text, const Date& today, bool& parsed) const;
    std::string evaluateObject(const Json& request, const Date& today,
                               const std::vector<std::string>& unknownColumns = {}) const;
    PolicyData data_;
};

// The response to text that is not JSON at all.
std::string invalidJsonResponse();

}  // namespace wz
