#include "individual_request.hpp"

#include "field_reader.hpp"
#include "policy_fields.hpp"

namespace wz {

using json = Json;

namespace {

// history entries beyond this are not a person's record but a flood
constexpr size_t kMaxHistory = 1000;
constexpr long long kMaxUiMonths = 12 * 80;

void readPerson(const json* pj, const PolicyData& data, const Date& asOf, Person& p, RequestErrors& errors) {
    FieldReader r(pj, "person", errors);
    const size_t before = errors.size();
    auto id = r.text("idNumber", Need::optional, 40);
    auto gender = r.choice("gender", Need::optional, {"male", "female"});
    auto birth = r.date("birthDate", Need::optional);
    if (id) {
        IdNumberInfo info = checkIdNumber(*id);
        if (!info.valid) {
            r.error("invalid-id-number", "idNumber", info.problem);
        } else {
            if (gender && static_cast<Gender>(*gender) != info.gender)
                r.error("id-mismatch", "gender", "性别与身份证号码不一致");
            if (birth && *birth != info.birthDate)
                r.error("id-mismatch", "birthDate", "出生日期与身份证号码不一致（身份证为 " + info.birthDate.str() + "）");
            p.gender = info.gender;
            p.birthDate = info.birthDate;
        }
    } else {
        if (!r.present("gender")) r.missing("gender");
        if (!r.present("birthDate")) r.missing("birthDate");
        if (gender) p.gender = static_cast<Gender>(*gender);
        if (birth) p.birthDate = *birth;
    }
    if (errors.size() == before && p.birthDate > asOf)
        r.error("invalid-value", "birthDate", "出生日期晚于申请日期 asOf");

    p.uiInsured = r.flag("uiInsured");
    p.uiDistrict = readDistrict(r, "uiDistrict", p.uiInsured ? Need::required : Need::optional, data, false);
    p.uiMonths = r.integer("uiMonths", Need::optional, 0, kMaxUiMonths).value_or(0);
    p.hukouDistrict = readDistrict(r, "hukouDistrict", Need::optional, data, true);
    p.residencePermit = r.flag("residencePermit");
    p.unemploymentRegistered = r.flag("unemploymentRegistered");
    p.publicSectorStaff = r.flag("publicSectorStaff");
    p.worksInUrbanArea = r.flag("worksInUrbanArea");
    p.householdService = r.flag("householdService");
    if (const json* gj = r.object("graduate", Need::optional)) {
        FieldReader g(gj, "person.graduate", errors);
        Graduate grad;
        auto left = g.date("leftSchool", Need::required);
        grad.employed = g.flag("employed");
        grad.studiedInWenzhou = g.flag("studiedInWenzhou");
        grad.fromWenzhou = g.flag("fromWenzhou");
        if (left) {
            grad.leftSchool = *left;
            p.graduate = grad;
        }
    }
}

void readCertificate(const json* cj, const PolicyData& data, Certificate& c, RequestErrors& errors) {
    FieldReader r(cj, "certificate", errors);
    if (auto t = r.choice("type", Need::required, {"qualification", "special-ability", "professional"}))
        c.type = static_cast<CertType>(*t);
    if (auto o = r.text("occupation", Need::required)) c.occupation = *o;
    if (auto l = readLevel(r, "level", Need::required, data)) c.level = *l;
    if (auto d = r.date("issueDate", Need::required)) c.issueDate = *d;
    if (auto i = r.choice("issuer", Need::required,
                          {"wenzhou-hrss", "zhejiang-hrss", "registered-evaluator", "industry", "outside"}))
        c.issuer = static_cast<Issuer>(*i);
    auto route = r.choice("route", Need::required,
                          {"institution", "self-study", "competition", "enterprise-evaluation", "enterprise-pilot",
                           "apprenticeship", "master-apprentice"});
    if (route) c.route = static_cast<Route>(*route);
    const bool needsDistrict = route && (c.route == Route::institution || c.route == Route::competition);
    c.trainingDistrict = readDistrict(r, "trainingDistrict", needsDistrict ? Need::required : Need::optional, data, false);
    c.shortage = r.flag("shortage");
}

void readHistory(const json* hj, const PolicyData& data, std::vector<HistoryEntry>& history, RequestErrors& errors) {
    if (!hj) return;
    if (!hj->is_array()) {
        errors.push_back({"invalid-value", "history", "history 应为数组"});
        return;
    }
    if (hj->size() > kMaxHistory) {
        errors.push_back({"too-large", "history", "history 超过 " + std::to_string(kMaxHistory) + " 条"});
        return;
    }
    for (size_t i = 0; i < hj->size(); ++i) {
        const std::string path = "history[" + std::to_string(i) + "]";
        if (!(*hj)[i].is_object()) {
            errors.push_back({"invalid-value", path, path + " 应为对象"});
            continue;
        }
        FieldReader r(&(*hj)[i], path, errors);
        HistoryEntry h;
        auto date = r.date("date", Need::required);
        auto scheme = r.choice("scheme", Need::required, {"occupational-training", "ui-skill-upgrade"});
        auto occupation = r.text("occupation", Need::required);
        auto level = readLevel(r, "level", Need::required, data);
        if (date && scheme && occupation && level) {
            h.date = *date;
            h.scheme = static_cast<Scheme>(*scheme);
            h.occupation = *occupation;
            h.level = *level;
            history.push_back(std::move(h));
        }
    }
}

}  // namespace

const char* schemeId(Scheme s) {
    return s == Scheme::occupationalTraining ? "occupational-training" : "ui-skill-upgrade";
}

const char* certTypeId(CertType t) {
    static const char* names[] = {"qualification", "special-ability", "professional"};
    return names[static_cast<int>(t)];
}

const char* routeId(Route r) {
    static const char* names[] = {"institution", "self-study", "competition", "enterprise-evaluation",
                                  "enterprise-pilot", "apprenticeship", "master-apprentice"};
    return names[static_cast<int>(r)];
}

std::optional<IndividualRequest> readIndividualRequest(const json& request, const PolicyData& data, const Date& today,
                                                       RequestErrors& errors) {
    IndividualRequest req;
    FieldReader top(&request, "", errors);
    req.asOf = top.date("asOf", Need::optional).value_or(today);
    if (const json* person = top.object("person", Need::required)) readPerson(person, data, req.asOf, req.person, errors);
    if (const json* cert = top.object("certificate", Need::required)) readCertificate(cert, data, req.certificate, errors);
    const json* history = top.find("history");
    readHistory(history, data, req.history, errors);
    if (!errors.empty()) return std::nullopt;
    return req;
}

}  // namespace wz
