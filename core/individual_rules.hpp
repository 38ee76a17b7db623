// The worker's two subsidies for one certificate:
//   occupational-training (职业资格培训补贴, 办法 一(一)) and
//   ui-skill-upgrade (失业保险技能提升补贴, FAQ 9(2)).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "individual_request.hpp"
#include "policy_data.hpp"
#include "reasons.hpp"

namespace wz {

enum class Status { eligible, consult, ineligible };
const char* statusId(Status s);

struct Apply {
    std::string channel;  // institution | individual | competition | ui-office
    const District* district = nullptr;
};

struct SchemeResult {
    Scheme scheme = Scheme::occupationalTraining;
    Status status = Status::eligible;
    Fen amount = 0;     // paid when eligible or consult; 0 when ineligible
    Fen potential = 0;  // what the certificate is worth if what fails were mended
    std::string category;
    std::optional<Date> deadline;
    std::vector<Reason> reasons;
    std::optional<Apply> apply;
};

struct IndividualResult {
    SchemeResult occupational, ui;
    std::vector<Scheme> best;
    Fen difference = 0;  // best amount minus the other scheme's amount
};

IndividualResult evaluateIndividual(const IndividualRequest& request, const PolicyData& data);

}  // namespace wz
