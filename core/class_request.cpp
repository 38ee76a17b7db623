#include "class_request.hpp"

#include <cmath>

#include "field_reader.hpp"
#include "policy_fields.hpp"

namespace wz {

using json = Json;

const char* const kCourseIds[5] = {"SYB", "IYB", "internet-plus", "online", "8+X"};

const char* classSchemeId(ClassScheme s) {
    static const char* ids[] = {"project", "special-operation", "pre-job-enterprise", "pre-job-household",
                                "apprentice-employee", "apprentice-student", "master-apprentice", "entrepreneurship"};
    return ids[static_cast<int>(s)];
}

namespace {

constexpr double kMaxMoneyYuan = 10'000'000;  // a fee or allowance beyond this is not a real one
constexpr double kMaxHours = 10'000;

std::optional<Fen> readMoney(FieldReader& r, std::string_view key, Need need) {
    auto x = r.number(key, need, 0, kMaxMoneyYuan);
    if (!x) return std::nullopt;
    Fen f = 0;
    yuanToFen(*x, f);
    return f;
}

void readOrganizer(const json* oj, const PolicyData& data, Organizer& o, RequestErrors& errors) {
    FieldReader r(oj, "organizer", errors);
    if (auto t = r.choice("type", Need::required, {"enterprise", "institution", "college", "master-studio"}))
        o.type = static_cast<OrganizerType>(*t);
    o.district = readDistrict(r, "district", Need::optional, data);
    o.qualifiedEnterprise = r.flag("qualifiedEnterprise");
    o.uplift30 = r.flag("uplift30");
    o.commissioned = r.flag("commissioned");
    o.studioHostedBySchool = r.flag("studioHostedBySchool");
}

void readClass(const json* cj, ClassScheme scheme, ClassInfo& c, RequestErrors& errors) {
    FieldReader r(cj, "class", errors);
    c.filedDate = r.date("filedDate", Need::optional);
    if (auto d = r.date("startDate", Need::required)) c.startDate = *d;
    const bool hoursMatter = scheme == ClassScheme::project || scheme == ClassScheme::preJobEnterprise ||
                             scheme == ClassScheme::preJobHousehold;
    if (auto h = r.number("hours", hoursMatter ? Need::required : Need::optional, 0, kMaxHours))
        c.centiHours = std::llround(*h * 100);
    const Need courseNeed = scheme == ClassScheme::entrepreneurship ? Need::required : Need::optional;
    c.course = r.choice("course", courseNeed, {kCourseIds[0], kCourseIds[1], kCourseIds[2], kCourseIds[3], kCourseIds[4]});
    c.renewal = r.flag("renewal");
    c.periodInYear = r.integer("periodInYear", Need::optional, 1, 366).value_or(1);
}

void readTrainee(const json& tj, size_t index, ClassScheme scheme, const PolicyData& data, Trainee& t,
                 RequestErrors& errors, bool flagged) {
    // a flagged row's errors name the field alone: the row is already known
    const std::string path = flagged ? "" : "trainees[" + std::to_string(index) + "]";
    if (!tj.is_object()) {
        errors.push_back({"invalid-value", path, "trainees[" + std::to_string(index) + "] 应为对象"});
        return;
    }
    FieldReader r(&tj, path, errors);
    t.passed = r.flag("passed");
    if (auto c = r.choice("certificate", Need::optional, {"both", "training-only", "none"}))
        t.certificate = static_cast<TraineeCertificate>(*c);
    t.fee = readMoney(r, "fee", scheme == ClassScheme::apprenticeEmployee ? Need::required : Need::optional);
    t.allowance = readMoney(r, "allowance", scheme == ClassScheme::apprenticeStudent ? Need::required : Need::optional);
    t.contractAndInsurance = r.flag("contractAndInsurance");
    t.hiredDate = r.date("hiredDate", Need::optional);
    const Need catalogueNeed = scheme == ClassScheme::masterApprentice ? Need::required : Need::optional;
    t.occupation = r.text("occupation", catalogueNeed);
    t.level = readLevel(r, "level", catalogueNeed, data);
    if (auto type = r.choice("type", Need::optional, {"qualification", "special-ability"})) t.specialAbility = *type == 1;
    t.shortage = r.flag("shortage");
    t.name = r.text("name", Need::optional, 100);
    t.idNumber = r.text("idNumber", Need::optional, 40);
    t.row = r.integer("row", Need::optional, 0, 10'000'000);
}

}  // namespace

std::optional<ClassRequest> readClassRequest(const json& request, const PolicyData& data, const Date& today,
                                             RequestErrors& errors) {
    ClassRequest req;
    FieldReader top(&request, "", errors);
    req.asOf = top.date("asOf", Need::optional).value_or(today);
    auto scheme = top.choice("scheme", Need::required,
                             {"project", "special-operation", "pre-job-enterprise", "pre-job-household",
                              "apprentice-employee", "apprentice-student", "master-apprentice", "entrepreneurship"});
    if (!scheme) return std::nullopt;  // nothing below can be read without it
    req.scheme = static_cast<ClassScheme>(*scheme);
    if (const json* o = top.object("organizer", Need::required)) readOrganizer(o, data, req.organizer, errors);
    if (const json* c = top.object("class", Need::required)) readClass(c, req.scheme, req.cls, errors);
    req.flagTraineeErrors = top.choice("traineeErrors", Need::optional, {"fail", "flag"}).value_or(0) == 1;
    const json* trainees = top.find("trainees");
    if (!trainees) {
        top.missing("trainees");
    } else if (!trainees->is_array()) {
        top.error("invalid-value", "trainees", "trainees 应为数组");
    } else if (trainees->size() > kMaxTrainees) {
        top.error("too-large", "trainees", "学员超过 " + std::to_string(kMaxTrainees) + " 人");
    } else {
        req.trainees.resize(trainees->size());
        for (size_t i = 0; i < trainees->size(); ++i) {
            Trainee& t = req.trainees[i];
            readTrainee((*trainees)[i], i, req.scheme, data, t, req.flagTraineeErrors ? t.errors : errors,
                        req.flagTraineeErrors);
        }
    }
    if (!errors.empty()) return std::nullopt;
    return req;
}

}  // namespace wz
