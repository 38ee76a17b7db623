// A class request (contract: "Request: a class"), read and checked.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "json_value.hpp"

#include "civil_date.hpp"
#include "money.hpp"
#include "policy_data.hpp"
#include "request_errors.hpp"

namespace wz {

enum class ClassScheme {
    project, specialOperation, preJobEnterprise, preJobHousehold, apprenticeEmployee, apprenticeStudent,
    masterApprentice, entrepreneurship
};
enum class OrganizerType { enterprise, institution, college, masterStudio };
enum class TraineeCertificate { both, trainingOnly, none };

const char* classSchemeId(ClassScheme s);
extern const char* const kCourseIds[5];  // SYB IYB internet-plus online 8+X

struct Organizer {
    OrganizerType type = OrganizerType::institution;
    std::optional<std::string> district;
    bool qualifiedEnterprise = false, uplift30 = false, commissioned = false, studioHostedBySchool = false;
};

struct ClassInfo {
    std::optional<Date> filedDate;
    Date startDate;
    std::optional<long long> centiHours;  // hours × 100
    std::optional<int> course;            // index into kCourseIds
    bool renewal = false;
    long long periodInYear = 1;
};

struct Trainee {
    bool passed = false;
    TraineeCertificate certificate = TraineeCertificate::both;
    std::optional<Fen> fee, allowance;
    bool contractAndInsurance = false;
    std::optional<Date> hiredDate;
    std::optional<std::string> occupation;
    std::optional<LevelIndex> level;
    std::optional<bool> specialAbility;  // master-apprentice: "type": "special-ability"
    bool shortage = false;
    // roster fields: who it is (checked against the roster and the age rule)
    std::optional<std::string> name, idNumber;
    std::optional<long long> row;  // the roster's row number, echoed in the answer
    // with "traineeErrors": "flag", a malformed trainee keeps its place with these instead of failing the request
    RequestErrors errors;
};

struct ClassRequest {
    Date asOf;
    ClassScheme scheme = ClassScheme::project;
    Organizer organizer;
    ClassInfo cls;
    std::vector<Trainee> trainees;
    bool flagTraineeErrors = false;  // request field "traineeErrors": "flag" (rosters)
};

constexpr size_t kMaxTrainees = 10000;

std::optional<ClassRequest> readClassRequest(const Json& request, const PolicyData& data, const Date& today,
                                             RequestErrors& errors);

}  // namespace wz
