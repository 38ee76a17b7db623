#include "engine.hpp"

#include "catalogue_view.hpp"
#include "class_request.hpp"
#include "class_rules.hpp"
#include "field_reader.hpp"
#include "individual_request.hpp"
#include "individual_rules.hpp"
#include "json_parse.hpp"
#include "json_writer.hpp"
#include "occupation_search.hpp"
#include "request_splitter.hpp"
#include "responses.hpp"
#include "roster.hpp"

namespace wz {

using json = Json;

std::string invalidJsonResponse() {
    return writeErrorResponse({{"invalid-json", "", "输入不是有效的 JSON"}});
}

namespace {

// Request text -> a JSON value, or the error response: over 1 MiB or nested too deep is
// too-large (deep text only when it is JSON), anything else that is not JSON is invalid-json.
std::optional<Json> readRequestText(std::string_view text, std::string& error, bool& parsed) {
    if (text.size() > kMaxRequestBytes) {
        error = writeErrorResponse({{"too-large", "", "请求超过 1 MiB"}});
        return std::nullopt;
    }
    ParsedJson request = parseJsonChecked(text, kMaxRequestDepth);
    if (request.tooDeep) {
        error = writeErrorResponse({{"too-large", "", "请求嵌套层数过多"}});
    } else if (!request.value) {
        parsed = false;
        error = invalidJsonResponse();
    }
    return std::move(request.value);
}

}  // namespace

std::string Engine::evaluateOne(std::string_view text, const Date& today, bool& parsed) const {
    std::string error;
    std::optional<Json> request = readRequestText(text, error, parsed);
    return request ? evaluateObject(*request, today) : error;
}

std::string Engine::evaluateObject(const json& request, const Date& today,
                                   const std::vector<std::string>& unknownColumns) const {
    if (!request.is_object()) return writeErrorResponse({{"invalid-value", "", "请求应为 JSON 对象"}});
    RequestErrors errors;
    FieldReader top(&request, "", errors);
    const int kind = top.choice("kind", Need::optional, {"individual", "class"}).value_or(0);
    if (!errors.empty()) return writeErrorResponse(errors);
    if (kind == 1) {
        auto req = readClassRequest(request, data_, today, errors);
        if (!req) return writeErrorResponse(errors);
        ClassResult result = evaluateClass(*req, data_);
        for (const auto& column : unknownColumns)
            result.warnings.push_back(makeReason(data_, "unknown-column", Effect::ok, {{"column", column}}));
        return writeClassResponse(*req, result, data_);
    }
    auto req = readIndividualRequest(request, data_, today, errors);
    if (!req) return writeErrorResponse(errors);
    return writeIndividualResponse(*req, evaluateIndividual(*req, data_), data_);
}

EvaluateOutput Engine::evaluate(std::string_view text, const Date& today) const {
    EvaluateOutput out;
    const SplitResult split = splitRequests(text);
    if (!split.valid) {
        out.json = invalidJsonResponse();
        return out;
    }
    out.parsed = true;
    if (!split.isArray) {
        out.json = evaluateOne(split.requests[0].text, today, out.parsed);
        return out;
    }
    std::string all = "[";
    for (size_t i = 0; i < split.requests.size(); ++i) {
        if (i) all += ",\n";
        all += evaluateOne(split.requests[i].text, today, out.parsed);
        if (!out.parsed) break;
    }
    all += "]";
    out.json = out.parsed ? std::move(all) : invalidJsonResponse();
    return out;
}

std::string Engine::institutions(const std::optional<std::string>& occupation,
                                 const std::optional<std::string>& district) const {
    const std::string occ = occupation ? trim(*occupation) : "";
    const std::string dist = district ? trim(*district) : "";
    JsonWriter w;
    w.beginArray();
    for (const auto& row : data_.institutions) {
        if (!occ.empty() && row.projects.find(occ) == std::string::npos) continue;
        if (!dist.empty() && row.district != dist) continue;
        w.beginObject();
        w.key("no").number(row.no);
        w.key("name").string(row.name);
        w.key("address").string(row.address);
        w.key("projects").string(row.projects);
        w.key("phone").string(row.phone);
        if (row.district) w.key("district").string(*row.district);
        else w.key("district").null();
        w.endObject();
    }
    w.endArray();
    return w.take();
}

std::string Engine::hotlines(const std::optional<std::string>& district) const {
    const std::string dist = district ? trim(*district) : "";
    JsonWriter w;
    w.beginArray();
    for (const auto& d : data_.districts) {
        if (!dist.empty() && d.name != dist) continue;
        w.beginObject();
        w.key("district").string(d.name);
        w.key("phones").strings(d.phones);
        w.key("urban").boolean(d.urban);
        w.key("areaCode").string(data_.areaCode);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

std::string Engine::suggest(const std::string& text, size_t limit, const Date& on) const {
    return suggestOccupations(data_, text, limit, on);
}

std::string Engine::catalogue(const Date& on) const { return catalogueView(data_, on); }

std::string Engine::evaluateRoster(std::string_view classRequest, const std::vector<std::vector<std::string>>& table,
                                   const Date& today) const {
    std::string error;
    bool parsed = true;
    std::optional<Json> request = readRequestText(classRequest, error, parsed);
    return request ? evaluateRosterRequest(std::move(*request), table, today) : error;
}

std::string Engine::evaluateRosterRequest(Json request, const std::vector<std::vector<std::string>>& table,
                                          const Date& today) const {
    if (!request.is_object()) return writeErrorResponse({{"invalid-value", "", "请求应为 JSON 对象"}});
    if (table.size() > kMaxTrainees + 1)
        return writeErrorResponse({{"too-large", "trainees", "名单超过 " + std::to_string(kMaxTrainees) + " 人"}});
    RosterTrainees roster = rosterToTrainees(table);
    if (!roster.problem.empty()) return writeErrorResponse({{"invalid-value", "roster", roster.problem}});
    request["kind"] = "class";
    request["traineeErrors"] = "flag";
    request["trainees"] = std::move(roster.trainees);
    return evaluateObject(request, today, roster.unknownColumns);
}

std::string Engine::rosterTemplate() { return rosterTemplateCsv(); }

}  // namespace wz
