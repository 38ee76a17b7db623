// Validates a JSON document against the subset of JSON Schema (2020-12) that the
// data/schema files use: type, enum, const, properties, required,
// additionalProperties, items, minItems, maxItems, uniqueItems, minLength,
// maxLength, minimum, maximum, format "date", $ref to "#/$defs/...".
// Every problem is reported with its JSON Pointer; nothing throws.
#pragma once
#include <string>
#include <vector>

#include "json_value.hpp"

namespace wz {

struct SchemaProblem {
    std::string pointer;  // "/rows/3/phones/0"
    std::string message;
};

std::vector<SchemaProblem> validateAgainstSchema(const Json& document, const Json& schema);

}  // namespace wz
