// A small ordered JSON writer: responses are written straight into one string,
// in the contract's field order, without building a DOM.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wz {

class JsonWriter {
public:
    JsonWriter() { out_.reserve(4096); }
    JsonWriter& beginObject() { sep(); out_ += '{'; first_ = true; return *this; }
    JsonWriter& endObject() { out_ += '}'; first_ = false; return *this; }
    JsonWriter& beginArray() { sep(); out_ += '['; first_ = true; return *this; }
    JsonWriter& endArray() { out_ += ']'; first_ = false; return *this; }
    JsonWriter& key(std::string_view k);
    JsonWriter& string(std::string_view s);
    JsonWriter& number(std::int64_t n);
    JsonWriter& raw(std::string_view numberText);  // an already formatted JSON number
    JsonWriter& strings(const std::vector<std::string>& list);  // an array of strings
    JsonWriter& boolean(bool b);
    JsonWriter& null();
    const std::string& str() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void sep() {
        if (!first_ && !afterKey_) out_ += ',';
        first_ = false;
        afterKey_ = false;
    }
    std::string out_;
    bool first_ = true;
    bool afterKey_ = false;
};

void appendJsonString(std::string& out, std::string_view s);

}  // namespace wz
