#include "individual_rules.hpp"

#include <algorithm>

#include "catalogue_lookup.hpp"

namespace wz {

const char* statusId(Status s) {
    switch (s) {
        case Status::eligible: return "eligible";
        case Status::consult: return "consult";
        default: return "ineligible";
    }
}

namespace {

std::string yuan(Fen f) { return yuanText(f); }

class ResultBuilder {
public:
    ResultBuilder(const PolicyData& data, Scheme scheme) : data_(data) { r_.scheme = scheme; }

    void add(std::string_view key, Effect effect, const Vars& vars = {}) {
        r_.reasons.push_back(makeReason(data_, key, effect, vars));
    }
    void fail(std::string_view key, const Vars& vars = {}) { add(key, Effect::fail, vars); }
    void consult(std::string_view key, const Vars& vars = {}) { add(key, Effect::consult, vars); }
    void info(std::string_view key, const Vars& vars = {}) { add(key, Effect::ok, vars); }

    SchemeResult& result() { return r_; }

    // ineligible beats consult beats eligible (contract: "when reasons of both kinds apply, the status is ineligible")
    SchemeResult finish(MilliFen potential) {
        const bool anyFail = std::any_of(r_.reasons.begin(), r_.reasons.end(), [](const Reason& x) { return x.effect == Effect::fail; });
        const bool anyConsult = std::any_of(r_.reasons.begin(), r_.reasons.end(), [](const Reason& x) { return x.effect == Effect::consult; });
        r_.status = anyFail ? Status::ineligible : anyConsult ? Status::consult : Status::eligible;
        r_.potential = roundToFen(potential);
        r_.amount = r_.status == Status::ineligible ? 0 : r_.potential;
        return std::move(r_);
    }

private:
    const PolicyData& data_;
    SchemeResult r_;
};

bool isUrban(const PolicyData& data, const std::optional<std::string>& district) {
    if (!district) return false;
    const District* d = data.district(*district);
    return d && d->urban;
}

// 办法 四(二): at most N subsidies per calendar year (both schemes), never the same occupation and level twice.
void checkHistory(ResultBuilder& b, const IndividualRequest& req, const PolicyData& data) {
    const long long max = data.number("annual.maxSubsidies", req.asOf);
    const long long inYear = std::count_if(req.history.begin(), req.history.end(),
                                           [&](const HistoryEntry& h) { return h.date.year == req.asOf.year; });
    if (inYear >= max)
        b.fail("annual-limit-reached", {{"year", std::to_string(req.asOf.year)}, {"count", std::to_string(inYear)},
                                        {"max", std::to_string(max)}});
    const auto& c = req.certificate;
    for (const auto& h : req.history) {
        if (h.occupation == c.occupation && h.level == c.level) {
            b.fail("already-claimed", {{"occupation", c.occupation}, {"level", data.levels[c.level].name}});
            break;
        }
    }
}

// 办法 一(一)1 and 附件1/附件2: category and amount, with the 紧缺 uplift for qualifications only.
MilliFen otAmount(ResultBuilder& b, const IndividualRequest& req, const PolicyData& data) {
    const auto& c = req.certificate;
    const Date on = c.issueDate;
    const Catalogue& cat = pickDated(data.catalogue, on).value;
    const std::string& levelName = data.levels[c.level].name;
    const bool shortage = isShortageOccupation(data, c.occupation, c.shortage, on);
    SchemeResult& r = b.result();
    if (c.type == CertType::qualification) {
        CatalogueMatch m = lookupQualification(cat, c.occupation, c.level);
        r.category = m.category;
        const Fen base = m.base.value_or(0);
        b.info(m.listed ? "catalogue-category" : "catalogue-category/c-default",
               {{"occupation", c.occupation}, {"category", m.category}, {"level", levelName}, {"base", yuan(base)}});
        if (!shortage) return toMilli(base);
        b.info("shortage-uplift", {{"percent", std::to_string(cat.shortageUpliftPercent)}});
        return withUplift(base, cat.shortageUpliftPercent);
    }
    if (c.type == CertType::specialAbility) {
        CatalogueMatch m = lookupSpecialAbility(cat, pickDated(data.specialAbility, on).value, c.occupation, c.level);
        r.category = m.category;
        if (!m.base) {
            b.fail("level-not-covered/special-ability", {{"level", levelName}});
            return 0;
        }
        if (m.listed)
            b.info("catalogue-special-ability", {{"occupation", c.occupation}, {"level", levelName}, {"base", yuan(*m.base)}});
        else  // 附件2 is a reference list, adjusted over time: the office confirms
            b.consult("not-in-catalogue", {{"occupation", c.occupation}, {"level", levelName}});
        if (shortage) b.info("shortage-not-for-special-ability");
        return toMilli(*m.base);
    }
    return 0;
}

// 办法 一(一)2(1) ①–④; the urban test is 办法 五(四). Returns the county whose
// reference rules would apply when only a county district qualifies the person.
struct IdentityOutcome {
    bool met = false;
    std::string which;  // "①③"
    const District* referenceDistrict = nullptr;
    bool publicSectorExcluded = false;
};

IdentityOutcome checkIdentity(const IndividualRequest& req, const PolicyData& data) {
    const Person& p = req.person;
    IdentityOutcome out;
    // 办法 一(一)2(1)② and FAQ 2: public-sector staff qualify only through unemployment insurance.
    // Decision: the exclusion is read as applying to every condition, since FAQ 2 says such staff
    // "必须参加失业保险"; it matters only for ②④ (① needs insurance, ③ is the unemployed).
    out.publicSectorExcluded = p.publicSectorStaff && !p.uiInsured;
    const bool c1 = p.uiInsured && isUrban(data, p.uiDistrict);
    const bool c2 = !out.publicSectorExcluded &&
                    (isUrban(data, p.hukouDistrict) || p.residencePermit || p.unemploymentRegistered);
    bool c3 = false;
    if (p.graduate && !out.publicSectorExcluded) {
        const Graduate& g = *p.graduate;
        const Date until = addYears(g.leftSchool, static_cast<int>(data.number("identity.graduateYears", req.asOf)));
        c3 = !g.employed && (g.studiedInWenzhou || g.fromWenzhou) && g.leftSchool <= req.asOf && req.asOf <= until;
    }
    // ④ 在市区就业创业且在我市职业培训机构参加培训及鉴定: trained at an institution in Wenzhou
    const bool c4 = !out.publicSectorExcluded && p.worksInUrbanArea && req.certificate.route == Route::institution &&
                    req.certificate.trainingDistrict.has_value();
    const bool conditions[4] = {c1, c2, c3, c4};
    static const char* marks[4] = {"①", "②", "③", "④"};
    for (int i = 0; i < 4; ++i)
        if (conditions[i]) out.which += marks[i];
    out.met = !out.which.empty();
    if (!out.met && !out.publicSectorExcluded) {
        // the same conditions with a county or 洞头区 in place of the urban area: 参照执行
        if (p.uiInsured && p.uiDistrict) out.referenceDistrict = data.district(*p.uiDistrict);
        else if (p.hukouDistrict) out.referenceDistrict = data.district(*p.hukouDistrict);
    }
    return out;
}

void checkIdentityAndChannel(ResultBuilder& b, const IndividualRequest& req, const PolicyData& data) {
    const Person& p = req.person;
    const Certificate& c = req.certificate;
    SchemeResult& r = b.result();
    const District* consultDistrict = nullptr;

    // the application channel (办法 一(一)2(1) 申领程序)
    const District* channelDistrict = nullptr;
    switch (c.route) {
        case Route::institution:
        case Route::competition:
            channelDistrict = c.trainingDistrict ? data.district(*c.trainingDistrict) : nullptr;
            r.apply = Apply{c.route == Route::institution ? "institution" : "competition", channelDistrict};
            break;
        case Route::selfStudy:
            // 个人直接申领: only people insured in the urban area and still paying
            if (!p.uiInsured) {
                b.fail("no-application-channel/self-study");
            } else {
                channelDistrict = data.district(*p.uiDistrict);
                r.apply = Apply{"individual", channelDistrict};
            }
            break;
        default:
            break;  // route-excluded is decided elsewhere; the subsidy goes to the enterprise or studio
    }
    if (channelDistrict && !channelDistrict->urban) consultDistrict = channelDistrict;

    const IdentityOutcome id = checkIdentity(req, data);
    if (id.met) {
        b.info("identity-met", {{"which", id.which}});
    } else if (id.referenceDistrict && !id.referenceDistrict->urban) {
        if (!consultDistrict) consultDistrict = id.referenceDistrict;
    } else {
        if (id.publicSectorExcluded) b.fail("public-sector-without-ui");
        b.fail("no-qualifying-identity");
    }

    if (consultDistrict) {
        b.consult("outside-urban-area", {{"district", consultDistrict->name}});
        if (r.apply) r.apply->district = consultDistrict;
        else r.apply = Apply{"institution", consultDistrict};
    } else if (r.apply && r.apply->district) {
        const char* key = r.apply->channel == "institution" ? "channel/institution"
                          : r.apply->channel == "individual" ? "channel/individual" : "channel/competition";
        b.info(key, {{"district", r.apply->district->name}});
    }
}

SchemeResult evaluateOccupationalTraining(const IndividualRequest& req, const PolicyData& data) {
    ResultBuilder b(data, Scheme::occupationalTraining);
    const Certificate& c = req.certificate;
    const Person& p = req.person;
    const Date on = c.issueDate;
    SchemeResult& r = b.result();

    // FAQ 5: professional qualifications (教师, 法律, 会计 …) are not covered
    if (c.type == CertType::professional) b.fail("cert-type-excluded/professional");
    // 办法 五(二), FAQ 7, FAQ 8: only Wenzhou/Zhejiang HRSS and filed evaluators
    if (c.issuer == Issuer::industry) b.fail("issuer-excluded/industry");
    if (c.issuer == Issuer::outside) b.fail("issuer-excluded/outside");

    const MilliFen amount = otAmount(b, req, data);

    // 办法 一(一)2(1): issued 2020-05-01..2021-12-31, applied for within one year and by 2021-12-31
    const Date from = data.date("ot.issueFrom", on), to = data.date("ot.issueTo", on);
    if (c.issueDate < from || c.issueDate > to)
        b.fail("issue-date-outside-window/ot", {{"from", from.str()}, {"to", to.str()}, {"issueDate", c.issueDate.str()}});
    const Date last = data.date("ot.applyLast", on);
    const Date deadline = std::min(addYears(c.issueDate, static_cast<int>(data.number("ot.applyWithinYears", on))), last);
    r.deadline = deadline;
    if (req.asOf > deadline)
        b.fail("application-deadline-passed", {{"deadline", deadline.str()}, {"last", last.str()}, {"asOf", req.asOf.str()}});
    else
        b.info("deadline", {{"deadline", deadline.str()}, {"last", last.str()}});

    // 办法 一(一)2(1) 说明: certificates from these routes are paid to the enterprise or studio
    if (c.route == Route::enterpriseEvaluation || c.route == Route::enterprisePilot ||
        c.route == Route::apprenticeship || c.route == Route::masterApprentice) {
        b.fail(std::string("route-excluded/") + routeId(c.route));
    }

    // 办法 五(一), FAQ 9(1): age on the issue date; women in household service up to 55
    const int age = ageInYears(p.birthDate, c.issueDate);
    const long long minAge = data.number("age.min", on);
    const long long maxAge = p.gender == Gender::male ? data.number("age.maxMale", on)
                             : p.householdService     ? data.number("age.maxFemaleHousehold", on)
                                                      : data.number("age.maxFemale", on);
    if (age < minAge || age > maxAge)
        b.fail("age-out-of-range", {{"age", std::to_string(std::max(age, 0))}, {"min", std::to_string(minAge)},
                                    {"max", std::to_string(maxAge)}});

    const bool excludedRoute = c.route != Route::institution && c.route != Route::selfStudy && c.route != Route::competition;
    if (!excludedRoute) checkIdentityAndChannel(b, req, data);
    checkHistory(b, req, data);
    return b.finish(amount);
}

SchemeResult evaluateUiSkillUpgrade(const IndividualRequest& req, const PolicyData& data) {
    ResultBuilder b(data, Scheme::uiSkillUpgrade);
    const Certificate& c = req.certificate;
    const Person& p = req.person;
    const Date on = c.issueDate;
    SchemeResult& r = b.result();
    MilliFen amount = 0;

    // FAQ 9(2): 职业资格证书或职业技能等级证书, 初级/中级/高级, obtained on or after 2017-01-01
    if (c.type != CertType::qualification) {
        b.fail(std::string("cert-type-excluded/ui-") + certTypeId(c.type));
    }
    const std::string& levelName = data.levels[c.level].name;
    const std::string amountId = "ui.amount." + levelName;
    if (!data.parameters.count(amountId)) {
        b.fail("level-not-covered/ui", {{"level", levelName}});
    } else if (c.type == CertType::qualification) {
        const Fen base = data.number(amountId, on);
        b.info("ui-amount", {{"level", levelName}, {"base", yuan(base)},
                             {"min", std::to_string(data.number("ui.minMonths", on))}});
        amount = toMilli(base);
        if (isShortageOccupation(data, c.occupation, c.shortage, on)) {
            const long long percent = data.number("ui.shortageUpliftPercent", on);
            b.info("shortage-uplift", {{"percent", std::to_string(percent)}});
            amount = withUplift(base, percent);
        }
    }
    const Date from = data.date("ui.issueFrom", on);
    if (c.issueDate < from)
        b.fail("issue-date-outside-window/ui", {{"from", from.str()}, {"issueDate", c.issueDate.str()}});
    if (!p.uiInsured) b.fail("ui-not-insured");
    const long long minMonths = data.number("ui.minMonths", on);
    if (p.uiMonths < minMonths)
        b.fail("ui-months-short", {{"months", std::to_string(p.uiMonths)}, {"min", std::to_string(minMonths)},
                                   {"short", std::to_string(minMonths - p.uiMonths)}});
    // FAQ 8: industry-body certificates: ask the UI office whether they qualify
    if (c.issuer == Issuer::industry || c.issuer == Issuer::outside) b.consult("confirm-with-office");
    checkHistory(b, req, data);
    if (p.uiInsured && p.uiDistrict) r.apply = Apply{"ui-office", data.district(*p.uiDistrict)};
    return b.finish(amount);
}

}  // namespace

IndividualResult evaluateIndividual(const IndividualRequest& request, const PolicyData& data) {
    IndividualResult out;
    out.occupational = evaluateOccupationalTraining(request, data);
    out.ui = evaluateUiSkillUpgrade(request, data);
    // one certificate earns one subsidy: the eligible one(s) paying most
    const SchemeResult* results[2] = {&out.occupational, &out.ui};
    Fen top = -1;
    for (const auto* r : results)
        if (r->status == Status::eligible) top = std::max(top, r->amount);
    for (const auto* r : results)
        if (r->status == Status::eligible && r->amount == top) out.best.push_back(r->scheme);
    if (out.best.size() == 1) {
        const SchemeResult* other = out.best[0] == Scheme::occupationalTraining ? &out.ui : &out.occupational;
        out.difference = top - other->amount;
    }
    return out;
}

}  // namespace wz
