// What a class earns under each of the eight class schemes of 办法 一(二)–(六),
// with the filing rule 先备案、后开班 (办法 三(一)).
#pragma once
#include <vector>

#include "class_request.hpp"
#include "individual_rules.hpp"
#include "reasons.hpp"

namespace wz {

struct TraineeResult {
    std::optional<long long> row;
    Fen amount = 0;
    std::vector<Reason> reasons;
};

struct ClassResult {
    Status status = Status::eligible;
    Fen total = 0;
    std::vector<TraineeResult> perTrainee;
    std::vector<Reason> reasons;   // decide the status
    std::vector<Reason> warnings;  // do not change the amounts
    const District* district = nullptr;
};

ClassResult evaluateClass(const ClassRequest& request, const PolicyData& data);

}  // namespace wz
