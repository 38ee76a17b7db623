#include "responses.hpp"

#include "json_writer.hpp"

namespace wz {
namespace {

void writeReasons(JsonWriter& w, const char* key, const std::vector<Reason>& reasons) {
    w.key(key).beginArray();
    for (const auto& r : reasons) {
        w.beginObject();
        w.key("code").string(r.code);
        w.key("effect").string(effectId(r.effect));
        w.key("message").string(r.message);
        w.key("cite").string(r.cite);
        w.endObject();
    }
    w.endArray();
}

void writeDistrict(JsonWriter& w, const District* d) {
    if (!d) {
        w.key("district").null();
        w.key("phones").beginArray().endArray();
        return;
    }
    w.key("district").string(d->name);
    w.key("phones").strings(d->phones);
}

void writeEdition(JsonWriter& w, const PolicyData& data, const Date& asOf) {
    w.key("edition").beginObject();
    writeEditionFields(w, data.edition);
    w.key("ended").boolean(asOf > data.edition.to);
    w.endObject();
}

void writeApply(JsonWriter& w, const Apply& apply, const PolicyData& data) {
    w.key("apply").beginObject();
    w.key("channel").string(apply.channel);
    writeDistrict(w, apply.district);
    auto c = data.channels.find(apply.channel);
    if (c != data.channels.end()) {
        w.key("who").string(c->second.who);
        w.key("office").string(c->second.office);
        w.key("materials").strings(c->second.materials);
        w.key("cite").string(c->second.source.part);
    }
    w.endObject();
}

void writeScheme(JsonWriter& w, const SchemeResult& r, const Date& asOf, const PolicyData& data) {
    w.beginObject();
    w.key("scheme").string(schemeId(r.scheme));
    w.key("status").string(statusId(r.status));
    w.key("amount").raw(yuanText(r.amount));
    w.key("potentialAmount").raw(yuanText(r.potential));
    if (!r.category.empty()) w.key("category").string(r.category);
    if (r.deadline) {
        w.key("deadline").string(r.deadline->str());
        w.key("daysLeft").number(daysBetween(asOf, *r.deadline));
    }
    writeReasons(w, "reasons", r.reasons);
    if (r.apply) writeApply(w, *r.apply, data);
    w.endObject();
}

}  // namespace

void writeEditionFields(JsonWriter& w, const Edition& e) {
    w.key("id").string(e.edition);
    w.key("title").string(e.title);
    w.key("from").string(e.from.str());
    w.key("to").string(e.to.str());
    w.key("dataDate").string(e.dataDate);
}

std::string writeIndividualResponse(const IndividualRequest& request, const IndividualResult& result,
                                    const PolicyData& data) {
    JsonWriter w;
    w.beginObject();
    w.key("ok").boolean(true);
    w.key("kind").string("individual");
    w.key("asOf").string(request.asOf.str());
    writeEdition(w, data, request.asOf);
    w.key("results").beginArray();
    writeScheme(w, result.occupational, request.asOf, data);
    writeScheme(w, result.ui, request.asOf, data);
    w.endArray();
    w.key("best").beginArray();
    for (Scheme s : result.best) w.string(schemeId(s));
    w.endArray();
    w.key("difference").raw(yuanText(result.difference < 0 ? 0 : result.difference));
    w.endObject();
    return w.take();
}

std::string writeClassResponse(const ClassRequest& request, const ClassResult& result, const PolicyData& data) {
    JsonWriter w;
    w.beginObject();
    w.key("ok").boolean(true);
    w.key("kind").string("class");
    w.key("asOf").string(request.asOf.str());
    writeEdition(w, data, request.asOf);
    w.key("scheme").string(classSchemeId(request.scheme));
    w.key("status").string(statusId(result.status));
    w.key("total").raw(yuanText(result.total));
    w.key("perTrainee").beginArray();
    for (const auto& t : result.perTrainee) {
        w.beginObject();
        if (t.row) w.key("row").number(*t.row);
        w.key("amount").raw(yuanText(t.amount));
        writeReasons(w, "reasons", t.reasons);
        w.endObject();
    }
    w.endArray();
    writeReasons(w, "reasons", result.reasons);
    writeReasons(w, "warnings", result.warnings);
    if (result.district) {
        w.key("apply").beginObject();
        writeDistrict(w, result.district);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

std::string writeErrorResponse(const RequestErrors& errors) {
    JsonWriter w;
    w.beginObject();
    w.key("ok").boolean(false);
    w.key("errors").beginArray();
    for (const auto& e : errors) {
        w.beginObject();
        w.key("code").string(e.code);
        w.key("path").string(e.path);
        w.key("message").string(e.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

}  // namespace wz
