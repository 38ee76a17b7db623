#include "catalogue_lookup.hpp"

namespace wz {

CatalogueMatch lookupQualification(const Catalogue& catalogue, const std::string& occupation, LevelIndex level) {
    const Category* others = nullptr;
    const Category* found = nullptr;
    for (const auto& c : catalogue.categories) {
        if (c.othersQualify) others = &c;
        if (c.occupations.count(occupation)) found = &c;
    }
    CatalogueMatch m;
    const Category* c = found ? found : others;  // the loader guarantees one othersQualify category
    m.category = c->id;
    m.listed = found != nullptr;
    if (auto it = c->amounts.find(level); it != c->amounts.end()) m.base = it->second;
    return m;
}

CatalogueMatch lookupSpecialAbility(const Catalogue& catalogue, const SpecialAbilityLists& lists,
                                    const std::string& occupation, LevelIndex level) {
    CatalogueMatch m;
    m.category = "special-ability";
    if (auto it = catalogue.specialAbilityAmounts.find(level); it != catalogue.specialAbilityAmounts.end())
        m.base = it->second;
    auto set = lists.sets.find(level);
    m.listed = set != lists.sets.end() && set->second.count(occupation) > 0;
    return m;
}

bool isShortageOccupation(const PolicyData& data, const std::string& occupation, bool requestSaysShortage,
                          const Date& on) {
    if (requestSaysShortage) return true;
    return !data.shortage.empty() && pickDated(data.shortage, on).value.count(occupation) > 0;
}

MilliFen withUplift(Fen base, long long percent) { return percentOf(toMilli(base), 100 + percent); }

}  // namespace wz
