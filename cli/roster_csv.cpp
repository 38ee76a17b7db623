#include "roster_csv.hpp"

#include <csv.h>

#include <cstdio>
#include <fstream>
#include <iostream>

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
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        out.error = "cannot read " + path;
        return out;
    }
    const auto size = static_cast<double>(in.tellg());
    in.seekg(0);
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        out.error = "csv parser could not start";
        return out;
    }
    Builder builder;
    char chunk[1 << 16];
    double done = 0;
    int lastPercent = -1;
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        const auto n = static_cast<size_t>(in.gcount());
        if (csv_parse(&parser, chunk, n, onField, onRowEnd, &builder) != n) {
            out.error = std::string("CSV: ") + csv_strerror(csv_error(&parser));
            csv_free(&parser);
            return out;
        }
        done += static_cast<double>(n);
        const int percent = size > 0 ? static_cast<int>(100 * done / size) : 100;
        if (progress && percent != lastPercent && percent < 100) {
            progressBar("读取名单", size > 0 ? done / size : 1, false);
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
