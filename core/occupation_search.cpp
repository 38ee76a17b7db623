#include "occupation_search.hpp"

#include <algorithm>
#include <cctype>

#include "field_reader.hpp"
#include "json_writer.hpp"

namespace wz {
namespace {

struct Candidate {
    std::string name, kind;
    std::vector<std::string> levels;  // special-ability: the levels whose list names it
    size_t order = 0;
};

struct Match {
    const Candidate* candidate;
    int score;  // lower is better
    const char* matchedBy;
    std::string alias;
};

std::string lowerAscii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<Candidate> candidates(const PolicyData& data, const Date& on) {
    std::vector<Candidate> out;
    const Catalogue& cat = pickDated(data.catalogue, on).value;
    for (const auto& c : cat.categories)
        for (const auto& name : c.occupationList) out.push_back({name, c.id, {}, out.size()});
    const SpecialAbilityLists& lists = pickDated(data.specialAbility, on).value;
    for (const auto& [level, names] : lists.lists) {
        for (const auto& name : names) {
            auto it = std::find_if(out.begin(), out.end(), [&](const Candidate& c) {
                return c.kind == "special-ability" && c.name == name;
            });
            if (it == out.end()) {
                out.push_back({name, "special-ability", {}, out.size()});
                it = out.end() - 1;
            }
            it->levels.push_back(data.levels[level].name);
        }
    }
    return out;
}

}  // namespace

std::string suggestOccupations(const PolicyData& data, const std::string& text, size_t limit, const Date& on) {
    const std::string query = lowerAscii(trim(text));
    JsonWriter w;
    w.beginArray();
    if (query.empty()) return w.endArray().take();
    const std::vector<Candidate> all = candidates(data, on);
    std::vector<Match> matches;
    for (const auto& c : all) {
        const std::string name = lowerAscii(c.name);
        const size_t at = name.find(query);
        if (at == 0) matches.push_back({&c, name.size() == query.size() ? 0 : 1, "name", ""});
        else if (at != std::string::npos) matches.push_back({&c, 2, "name", ""});
        else {
            auto ini = data.search.initials.find(c.name);
            if (ini != data.search.initials.end() && ini->second.rfind(query, 0) == 0)
                matches.push_back({&c, ini->second.size() == query.size() ? 3 : 4, "initials", ""});
        }
    }
    // old names, by their text or by their pinyin initials ("wxdg" = 维修电工 -> 电工)
    for (const auto& [alias, target] : data.search.aliases) {
        int score = 2;
        if (lowerAscii(alias).find(query) == std::string::npos) {
            auto ini = data.search.initials.find(alias);
            if (ini == data.search.initials.end() || ini->second.rfind(query, 0) != 0) continue;
            score = ini->second.size() == query.size() ? 3 : 4;
        }
        for (const auto& c : all) {
            if (c.name != target) continue;
            const bool already = std::any_of(matches.begin(), matches.end(), [&](const Match& m) { return m.candidate == &c; });
            if (!already) matches.push_back({&c, score, "alias", alias});
        }
    }
    auto before = [](const Match& a, const Match& b) {
        return a.score != b.score ? a.score < b.score : a.candidate->order < b.candidate->order;
    };
    for (size_t i = 1; i < matches.size(); ++i)  // at most a few hundred names: insertion sort keeps the wasm small
        for (size_t j = i; j > 0 && before(matches[j], matches[j - 1]); --j) std::swap(matches[j], matches[j - 1]);
    if (matches.size() > limit) matches.resize(limit);
    for (const auto& m : matches) {
        w.beginObject();
        w.key("name").string(m.candidate->name);
        w.key("kind").string(m.candidate->kind);
        if (!m.candidate->levels.empty()) w.key("levels").strings(m.candidate->levels);
        w.key("matchedBy").string(m.matchedBy);
        if (!m.alias.empty()) w.key("alias").string(m.alias);
        w.endObject();
    }
    return w.endArray().take();
}

}  // namespace wz
