// Errors in a request: a code from the contract, the field's path, a Chinese message.
#pragma once
#include <string>
#include <vector>

namespace wz {

struct RequestError {
    std::string code;  // missing-field, invalid-value, invalid-date, invalid-id-number, id-mismatch, too-large, invalid-json
    std::string path;  // "certificate.level", "trainees[3].fee"
    std::string message;
};

using RequestErrors = std::vector<RequestError>;

}  // namespace wz
