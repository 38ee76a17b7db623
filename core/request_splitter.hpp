// Finds the requests in the text given to `evaluate`: one JSON value, or a top-level
// array of them. Each element's extent is found by a flat scan (no recursion), so
// that a huge array is handled one request at a time (its syntax is left to the parser).
#pragma once
#include <string_view>
#include <vector>

namespace wz {

struct RequestSlice {
    std::string_view text;
};

struct SplitResult {
    bool valid = false;    // false: not JSON (unbalanced, trailing text, empty)
    bool isArray = false;  // the top level was an array of requests
    std::vector<RequestSlice> requests;
};

SplitResult splitRequests(std::string_view text);

}  // namespace wz
