#include "catalogue_view.hpp"

#include "json_writer.hpp"
#include "responses.hpp"

namespace wz {
namespace {

void writeSource(JsonWriter& w, const Source& s) {
    w.key("source").beginObject();
    w.key("doc").string(s.doc);
    w.key("part").string(s.part);
    w.key("quote").string(s.quote);
    w.endObject();
}

void writeLevelAmounts(JsonWriter& w, const PolicyData& data, const std::map<LevelIndex, Fen>& amounts) {
    w.key("amounts").beginObject();
    for (const auto& [level, fen] : amounts) w.key(data.levels[level].name).raw(yuanText(fen));
    w.endObject();
}

}  // namespace

std::string catalogueView(const PolicyData& data, const Date& on) {
    JsonWriter w;
    w.beginObject();
    w.key("edition").beginObject();
    writeEditionFields(w, data.edition);
    w.key("bureauPage").string(data.edition.bureauPage);
    w.endObject();
    w.key("levels").beginArray();
    for (const auto& l : data.levels) {
        w.beginObject().key("name").string(l.name).key("aliases").strings(l.aliases).endObject();
    }
    w.endArray();
    w.key("areaCode").string(data.areaCode);
    w.key("districts").beginArray();
    for (const auto& d : data.districts) {
        w.beginObject().key("name").string(d.name).key("urban").boolean(d.urban).key("phones").strings(d.phones).endObject();
    }
    w.endArray();
    const auto& cat = pickDated(data.catalogue, on);
    w.key("catalogue").beginObject();
    w.key("from").string(cat.from.str());
    if (cat.to) w.key("to").string(cat.to->str());
    w.key("categories").beginArray();
    for (const auto& c : cat.value.categories) {
        w.beginObject().key("id").string(c.id).key("othersQualify").boolean(c.othersQualify);
        w.key("occupations").strings(c.occupationList);
        writeLevelAmounts(w, data, c.amounts);
        writeSource(w, c.source);
        w.endObject();
    }
    w.endArray();
    w.key("specialAbility").beginObject();
    writeLevelAmounts(w, data, cat.value.specialAbilityAmounts);
    const auto& lists = pickDated(data.specialAbility, on).value;
    w.key("lists").beginObject();
    for (const auto& [level, names] : lists.lists) {
        w.key(data.levels[level].name).strings(names);
    }
    w.endObject();
    writeSource(w, lists.source);
    w.endObject();
    w.key("shortageUpliftPercent").number(cat.value.shortageUpliftPercent);
    w.key("shortage").beginArray();
    if (!data.shortage.empty())
        for (const auto& o : pickDated(data.shortage, on).value) w.string(o);
    w.endArray();
    w.endObject();
    w.key("parameters").beginObject();
    std::map<std::string, const Parameter*> sorted;
    for (const auto& [id, p] : data.parameters) sorted[id] = &p;
    for (const auto& [id, p] : sorted) {
        const auto& v = pickDated(p->values, on);
        w.key(id).beginObject();
        w.key("unit").string(p->unit);
        if (p->unit == "date") w.key("value").string(v.value.date.str());
        else if (p->unit == "fen") w.key("value").raw(yuanText(v.value.number));
        else w.key("value").number(v.value.number);
        w.key("from").string(v.from.str());
        if (v.to) w.key("to").string(v.to->str());
        writeSource(w, v.source);
        w.endObject();
    }
    w.endObject();
    w.key("channels").beginObject();
    for (const auto& [id, c] : data.channels) {
        w.key(id).beginObject().key("who").string(c.who).key("office").string(c.office).key("materials").strings(c.materials);
        writeSource(w, c.source);
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

}  // namespace wz
