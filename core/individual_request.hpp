// The worker's request (contract: "Request: an individual"), read and checked.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "json_value.hpp"

#include "civil_date.hpp"
#include "id_number.hpp"
#include "policy_data.hpp"
#include "request_errors.hpp"

namespace wz {

enum class CertType { qualification, specialAbility, professional };
enum class Issuer { wenzhouHrss, zhejiangHrss, registeredEvaluator, industry, outside };
enum class Route { institution, selfStudy, competition, enterpriseEvaluation, enterprisePilot, apprenticeship, masterApprentice };
enum class Scheme { occupationalTraining, uiSkillUpgrade };

const char* schemeId(Scheme s);
const char* certTypeId(CertType t);
const char* routeId(Route r);

struct Graduate {
    Date leftSchool;
    bool employed = false, studiedInWenzhou = false, fromWenzhou = false;
};

struct Person {
    Gender gender = Gender::male;
    Date birthDate;
    bool uiInsured = false;
    std::optional<std::string> uiDistrict;
    long long uiMonths = 0;
    std::optional<std::string> hukouDistrict;  // absent or "other": not a Wenzhou district
    bool residencePermit = false, unemploymentRegistered = false, publicSectorStaff = false;
    std::optional<Graduate> graduate;
    bool worksInUrbanArea = false, householdService = false;
};

struct Certificate {
    CertType type = CertType::qualification;
    std::string occupation;
    LevelIndex level = 0;
    Date issueDate;
    Issuer issuer = Issuer::wenzhouHrss;
    Route route = Route::institution;
    std::optional<std::string> trainingDistrict;
    bool shortage = false;
};

struct HistoryEntry {
    Date date;
    Scheme scheme = Scheme::occupationalTraining;
    std::string occupation;
    LevelIndex level = 0;
};

struct IndividualRequest {
    Date asOf;
    Person person;
    Certificate certificate;
    std::vector<HistoryEntry> history;
};

// Reads `request` (a JSON object); on any problem returns nullopt and fills `errors`.
std::optional<IndividualRequest> readIndividualRequest(const Json& request, const PolicyData& data,
                                                       const Date& today, RequestErrors& errors);

}  // namespace wz
