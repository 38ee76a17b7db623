#include "roster_csv.hpp"

#include <csv.h>
#include <iconv.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "json_parse.hpp"

namespace wzcli {
namespace {

struct Builder {
    Table table;
    std::vector<std::string> row;
};

void onField(void* text, size_t len, void* data) {
    static_cast<Builder*>(data)->row.emplace_back(static_cast<const char*>(text), len);
}

void onRowEnd(int, void* data) {
    auto* b = static_cast<Builder*>(data);
    b->table.push_back(std::move(b->row));
    b->row.clear();
}

// A spreadsheet saved as "CSV" on a Chinese system is GB18030 (GBK), not UTF-8: such a file
// is decoded with iconv, as the page does with TextDecoder('gb18030'). Text that is neither
// is left as it is, and the engine names the first cell that is not UTF-8.
std::string asUtf8(std::string text) {
    if (wz::isUtf8(text)) return text;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return text;
    std::string out(text.size() * 2 + 16, '\0');  // a GB18030 character is 1, 2 or 4 bytes; UTF-8 at most 4
    char* in = text.data();
    size_t inLeft = text.size();
    char* to = out.data();
    size_t toLeft = out.size();
    const bool ok = iconv(cd, &in, &inLeft, &to, &toLeft) != static_cast<size_t>(-1) && inLeft == 0;
    iconv_close(cd);
    if (!ok) return text;
    out.resize(out.size() - toLeft);
    return out;
}

}  // namespace

void progressBar(const char* label, double fraction, bool done) {
    constexpr int width = 30;
    const int filled = static_cast<int>(fraction * width + 0.5);
    std::fprintf(stderr, "\r%s [", label);
    for (int i = 0; i < width; ++i) std::fputc(i < filled ? '#' : ' ', stderr);
    std::fprintf(stderr, "] %3d%%%s", static_cast<int>(fraction * 100 + 0.5), done ? "\n" : "");
    std::fflush(stderr);
}

CsvRead readCsvFile(const std::string& path, bool progress) {
    CsvRead out;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = "cannot read " + path;
        return out;
    }
    std::ostringstream raw;
    raw << in.rdbuf();
    const std::string text = asUtf8(raw.str());
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        out.error = "csv parser could not start";
        return out;
    }
    Builder builder;
    constexpr size_t chunk = 1 << 16;
    int lastPercent = -1;
    for (size_t at = 0; at < text.size(); at += chunk) {
        const size_t n = std::min(chunk, text.size() - at);
        if (csv_parse(&parser, text.data() + at, n, onField, onRowEnd, &builder) != n) {
            out.error = std::string("CSV: ") + csv_strerror(csv_error(&parser));
            csv_free(&parser);
            return out;
        }
        const int percent = static_cast<int>(100.0 * static_cast<double>(at + n) / static_cast<double>(text.size()));
        if (progress && percent != lastPercent && percent < 100) {
            progressBar("读取名单", static_cast<double>(at + n) / static_cast<double>(text.size()), false);
            lastPercent = percent;
        }
    }
    csv_fini(&parser, onField, onRowEnd, &builder);
    csv_free(&parser);
    if (progress) progressBar("读取名单", 1, true);
    out.ok = true;
    out.table = std::move(builder.table);
    return out;
}

std::string toCsv(const Table& table) {
    std::string out, field;
    for (const auto& row : table) {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out += ',';
            // libcsv quotes every field and doubles the quotes inside
            field.resize(csv_write(nullptr, 0, row[i].data(), row[i].size()));
            csv_write(field.data(), field.size(), row[i].data(), row[i].size());
            out += field;
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace wzcli
