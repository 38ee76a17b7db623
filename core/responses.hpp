// Writes the contract's response objects as JSON text.
#pragma once
#include <string>

#include "class_request.hpp"
#include "class_rules.hpp"
#include "individual_request.hpp"
#include "individual_rules.hpp"
#include "json_writer.hpp"
#include "request_errors.hpp"

namespace wz {

std::string writeIndividualResponse(const IndividualRequest& request, const IndividualResult& result,
                                    const PolicyData& data);
std::string writeClassResponse(const ClassRequest& request, const ClassResult& result, const PolicyData& data);
std::string writeErrorResponse(const RequestErrors& errors);
// id, title, from, to, dataDate of the data edition (inside an open object)
void writeEditionFields(JsonWriter& w, const Edition& edition);

}  // namespace wz
