#include "class_rules.hpp"

#include <algorithm>
#include <unordered_map>

#include "id_number.hpp"

#include "catalogue_lookup.hpp"

namespace wz {
namespace {

class ClassEvaluator {
public:
    ClassEvaluator(const ClassRequest& req, const PolicyData& data) : req_(req), data_(data), on_(req.cls.startDate) {}

    ClassResult run() {
        r_.district = req_.organizer.district ? data_.district(*req_.organizer.district) : nullptr;
        checkFiling();
        checkScheme();
        checkWhereAndWhen();
        const bool ineligible = std::any_of(r_.reasons.begin(), r_.reasons.end(),
                                            [](const Reason& x) { return x.effect == Effect::fail; });
        r_.status = ineligible ? Status::ineligible : Status::eligible;
        r_.perTrainee.resize(req_.trainees.size());
        std::unordered_map<std::string, size_t> firstRowOfId;
        for (size_t i = 0; i < req_.trainees.size(); ++i) {
            TraineeResult& t = r_.perTrainee[i];
            t.row = req_.trainees[i].row;
            const bool identityOk = checkTraineeRow(req_.trainees[i], i, firstRowOfId, t);
            const MilliFen exact = identityOk ? traineeAmount(req_.trainees[i], t) : 0;
            // an ineligible class earns nothing (contract: total 0)
            t.amount = ineligible ? 0 : roundToFen(exact);
            r_.total += t.amount;
        }
        return std::move(r_);
    }

private:
    long long num(const char* id) const { return data_.number(id, on_); }
    void fail(std::string_view key, const Vars& vars = {}) { r_.reasons.push_back(makeReason(data_, key, Effect::fail, vars)); }
    void info(std::string_view key, const Vars& vars = {}) { r_.reasons.push_back(makeReason(data_, key, Effect::ok, vars)); }
    void warn(std::string_view key, const Vars& vars = {}) { r_.warnings.push_back(makeReason(data_, key, Effect::ok, vars)); }
    static std::string hoursText(long long centi) {
        std::string s = std::to_string(centi / 100);
        if (centi % 100) s += "." + std::to_string(centi % 100 / 10) + (centi % 10 ? std::to_string(centi % 10) : "");
        return s;
    }

    // 办法 三(一): 先备案、后开班, normally 5 days ahead; household-service pre-job classes may file flexibly
    void checkFiling() {
        const auto& c = req_.cls;
        if (!c.filedDate || *c.filedDate > c.startDate) {
            fail("class-not-filed");
            return;
        }
        const long long lead = daysBetween(*c.filedDate, c.startDate);
        const long long days = num("class.filingLeadDays");
        if (lead < days && req_.scheme != ClassScheme::preJobHousehold)
            warn("late-filing", {{"days", std::to_string(days)}, {"lead", std::to_string(lead)}});
    }

    void checkMinHours(const char* minId) {
        const long long minHours = num(minId);
        const long long centi = req_.cls.centiHours.value_or(0);
        if (centi < minHours * 100) fail("hours-too-few", {{"hours", hoursText(centi)}, {"min", std::to_string(minHours)}});
    }

    void checkClassSize(const char* maxId) {
        const long long max = num(maxId);
        if (static_cast<long long>(req_.trainees.size()) > max)
            warn("class-size", {{"max", std::to_string(max)}, {"count", std::to_string(req_.trainees.size())}});
    }

    void checkScheme() {
        const Organizer& o = req_.organizer;
        switch (req_.scheme) {
            case ClassScheme::project: {
                // 办法 一(二)2: 规模以上等企业, 受委托的机构, 高等院校
                const bool ok = o.type == OrganizerType::college ||
                                (o.type == OrganizerType::institution && o.commissioned) ||
                                (o.type == OrganizerType::enterprise && o.qualifiedEnterprise);
                if (!ok) fail("organizer-not-eligible/project");
                if (o.uplift30) info("uplift-applied", {{"percent", std::to_string(num("project.upliftPercent"))}});
                break;
            }
            case ClassScheme::preJobEnterprise: checkMinHours("preJobEnterprise.minHours"); break;
            case ClassScheme::preJobHousehold: checkMinHours("preJobHousehold.minHours"); break;
            case ClassScheme::masterApprentice: {
                // 办法 一(五): not studios hosted by schools or institutions; ≤ 4 periods a year, ≤ 10 apprentices
                if (o.studioHostedBySchool) fail("organizer-not-eligible/master-apprentice");
                const long long maxPeriods = num("master.maxPeriods");
                if (req_.cls.periodInYear > maxPeriods)
                    fail("period-limit", {{"max", std::to_string(maxPeriods)}, {"period", std::to_string(req_.cls.periodInYear)}});
                checkClassSize("master.maxTrainees");
                break;
            }
            case ClassScheme::entrepreneurship: {
                // 办法 一(六): 一般每班不超过50人; 附件1 gives each course's standard hours
                checkClassSize("entrepreneurship.maxTrainees");
                const std::string course = kCourseIds[*req_.cls.course];
                const long long standard = num(("entrepreneurship.hours." + course).c_str());
                if (req_.cls.centiHours && *req_.cls.centiHours < standard * 100)
                    warn("hours-below-standard", {{"course", course}, {"standard", std::to_string(standard)},
                                                  {"hours", hoursText(*req_.cls.centiHours)}});
                break;
            }
            default: break;
        }
    }

    // 办法 五(四): outside the urban area the rules apply by reference; 办法 五 last paragraph: the edition's period
    void checkWhereAndWhen() {
        if (r_.district && !r_.district->urban) warn("outside-urban-area/class", {{"district", r_.district->name}});
        const Edition& e = data_.edition;
        if (req_.cls.startDate < e.from || req_.cls.startDate > e.to)
            warn("outside-policy-period", {{"from", e.from.str()}, {"to", e.to.str()}, {"date", req_.cls.startDate.str()}});
    }

    void traineeReason(TraineeResult& t, std::string_view key, Effect effect, const Vars& vars = {}) {
        t.reasons.push_back(makeReason(data_, key, effect, vars));
    }

    // A roster row: its own read errors, the ID number, the same person twice, and the
    // working-age rule of 办法 五(一) on the class's start date. False when the row earns nothing.
    bool checkTraineeRow(const Trainee& tr, size_t row, std::unordered_map<std::string, size_t>& firstRowOfId,
                         TraineeResult& t) {
        bool ok = true;
        for (const auto& e : tr.errors) {
            traineeReason(t, "invalid-row", Effect::fail, {{"field", e.path}, {"problem", e.message}});
            ok = false;
        }
        if (!tr.idNumber) return ok;
        const IdNumberInfo id = checkIdNumber(*tr.idNumber);
        if (!id.valid) {
            traineeReason(t, "invalid-id-number", Effect::fail, {{"problem", id.problem}});
            return false;
        }
        std::string key = *tr.idNumber;
        if (key.back() == 'x') key.back() = 'X';
        auto [it, first] = firstRowOfId.emplace(key, row);
        if (!first) {
            traineeReason(t, "duplicate-id", Effect::fail, {{"row", std::to_string(it->second + 1)}});
            ok = false;
        }
        const long long minAge = num("age.min");
        const long long maxAge = id.gender == Gender::male ? num("age.maxMale")
                                 : req_.scheme == ClassScheme::preJobHousehold ? num("age.maxFemaleHousehold")
                                                                               : num("age.maxFemale");
        const int age = ageInYears(id.birthDate, on_);
        if (age < minAge || age > maxAge) {
            traineeReason(t, "age-out-of-range/class", Effect::fail, {{"age", std::to_string(std::max(age, 0))},
                                                                {"min", std::to_string(minAge)}, {"max", std::to_string(maxAge)}});
            ok = false;
        }
        return ok;
    }

    MilliFen traineeAmount(const Trainee& tr, TraineeResult& t) {
        if (!tr.passed) {
            traineeReason(t, "not-passed", Effect::fail);
            return 0;
        }
        switch (req_.scheme) {
            case ClassScheme::project: {
                // 办法 一(二)1: 25 元/课时, at most 2000; +30% for the specific enterprises
                const MilliFen byHours = toMilli(num("project.perHour")) * req_.cls.centiHours.value_or(0) / 100;
                const MilliFen capped = std::min(byHours, toMilli(num("project.cap")));
                return req_.organizer.uplift30 ? percentOf(capped, 100 + num("project.upliftPercent")) : capped;
            }
            case ClassScheme::specialOperation:
                // 办法 一(二)1: 特种作业 500, 复审 100
                return toMilli(num(req_.cls.renewal ? "specialOperation.renewal" : "specialOperation.new"));
            case ClassScheme::preJobEnterprise: {
                // 办法 一(三)1: new hires, trained within 12 months of the labour contract
                const long long months = num("preJobEnterprise.newHireMonths");
                const Date& start = req_.cls.startDate;
                if (!tr.hiredDate || *tr.hiredDate > start || start > addMonths(*tr.hiredDate, static_cast<int>(months))) {
                    traineeReason(t, "not-new-hire", Effect::fail, {{"months", std::to_string(months)}});
                    return 0;
                }
                return toMilli(num("preJobEnterprise.amount"));
            }
            case ClassScheme::preJobHousehold: return toMilli(num("preJobHousehold.amount"));
            case ClassScheme::apprenticeEmployee: return apprenticeEmployee(tr, t);
            case ClassScheme::apprenticeStudent:
                // 办法 一(四): the internship allowance, at most 3000, only with a contract and insurance
                if (!tr.contractAndInsurance) {
                    traineeReason(t, "no-contract", Effect::fail);
                    return 0;
                }
                return toMilli(std::min(*tr.allowance, static_cast<Fen>(num("apprenticeStudent.cap"))));
            case ClassScheme::masterApprentice: return masterApprentice(tr);
            case ClassScheme::entrepreneurship:
                return toMilli(num(("entrepreneurship.amount." + std::string(kCourseIds[*req_.cls.course])).c_str()));
        }
        return 0;
    }

    // 办法 一(四) 职工学徒: f when f ≤ 4000, else min(max(0.6 f, 4000), 6000); half with a training certificate only
    MilliFen apprenticeEmployee(const Trainee& tr, TraineeResult& t) {
        if (tr.certificate == TraineeCertificate::none) {
            traineeReason(t, "no-certificate", Effect::fail);
            return 0;
        }
        const MilliFen fee = toMilli(*tr.fee);
        MilliFen amount = fee;
        if (fee > toMilli(num("apprenticeEmployee.fullUpTo"))) {
            amount = std::max(percentOf(fee, num("apprenticeEmployee.ratePercent")), toMilli(num("apprenticeEmployee.floor")));
            amount = std::min(amount, toMilli(num("apprenticeEmployee.cap")));
        }
        if (tr.certificate == TraineeCertificate::trainingOnly) {
            const long long percent = num("apprenticeEmployee.trainingOnlyPercent");
            traineeReason(t, "training-only", Effect::ok, {{"percent", std::to_string(percent)}});
            amount = percentOf(amount, percent);
        }
        return amount;
    }

    // 办法 一(五): the catalogue amount of the apprentice's certificate, raised for 紧缺 occupations
    MilliFen masterApprentice(const Trainee& tr) {
        const Catalogue& cat = pickDated(data_.catalogue, on_).value;
        const SpecialAbilityLists& lists = pickDated(data_.specialAbility, on_).value;
        const std::string& occupation = *tr.occupation;
        CatalogueMatch q = lookupQualification(cat, occupation, *tr.level);
        CatalogueMatch s = lookupSpecialAbility(cat, lists, occupation, *tr.level);
        // Decision: without "type", a name found only on the special-ability list is read as one.
        const bool special = tr.specialAbility.value_or(!q.listed && s.listed);
        if (special) return toMilli(s.base.value_or(0));
        const Fen base = q.base.value_or(0);
        if (isShortageOccupation(data_, occupation, tr.shortage, on_)) return withUplift(base, cat.shortageUpliftPercent);
        return toMilli(base);
    }

    const ClassRequest& req_;
    const PolicyData& data_;
    const Date on_;
    ClassResult r_;
};

}  // namespace

ClassResult evaluateClass(const ClassRequest& request, const PolicyData& data) {
    return ClassEvaluator(request, data).run();
}

}  // namespace wz
