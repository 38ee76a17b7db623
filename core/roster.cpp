#include "roster.hpp"


#include "civil_date.hpp"
#include "field_reader.hpp"
#include "json_parse.hpp"

namespace wz {
namespace {

using json = Json;

enum class Kind { text, flag, number, date, certificate };

struct Column {
    const char* field;
    Kind kind;
    std::vector<std::string> headers;  // accepted column names, the first is the template's
    const char* example;
};

const std::vector<Column>& columns() {
    static const std::vector<Column> cols = {
        {"name", Kind::text, {"姓名", "name"}, "张三"},
        {"idNumber", Kind::text, {"身份证号", "身份证号码", "idNumber", "id"}, "330302199001011235"},
        {"occupation", Kind::text, {"职业", "职业（工种）", "工种", "occupation"}, "电工"},
        {"level", Kind::text, {"等级", "level"}, "中级"},
        {"type", Kind::text, {"证书类型", "type"}, "qualification"},
        {"passed", Kind::flag, {"合格", "考核合格", "passed"}, "是"},
        {"certificate", Kind::certificate, {"证书", "取得证书", "certificate"}, "both"},
        {"fee", Kind::number, {"培训费", "fee"}, "5000"},
        {"allowance", Kind::number, {"津贴", "实习津贴", "allowance"}, ""},
        {"contractAndInsurance", Kind::flag, {"合同和社保", "签订合同并参保", "contractAndInsurance"}, ""},
        {"hiredDate", Kind::date, {"录用日期", "劳动合同签订日期", "hiredDate"}, "2021-01-15"},
        {"shortage", Kind::flag, {"紧缺", "shortage"}, "否"},
    };
    return cols;
}

// "是"/"否", true/false, 1/0 … -> a boolean; anything else stays text (and is flagged by the reader)
json flagCell(const std::string& s) {
    static const char* yes[] = {"是", "true", "TRUE", "True", "1", "y", "Y", "yes", "Yes", "合格", "有", "√"};
    static const char* no[] = {"否", "false", "FALSE", "False", "0", "n", "N", "no", "No", "不合格", "无", "×"};
    for (const char* y : yes)
        if (s == y) return true;
    for (const char* n : no)
        if (s == n) return false;
    return s;
}

json numberCell(std::string s) {
    std::string clean;
    for (char c : s)
        if (c != ',' && c != ' ') clean += c;
    for (const char* unit : {"元", "¥", "￥"}) {
        const auto at = clean.find(unit);
        if (at != std::string::npos) clean.erase(at, std::string(unit).size());
    }
    // the JSON number grammar, read by the engine's own parser (no strtod in the wasm)
    auto parsed = parseJson(clean);
    if (parsed && parsed->is_number()) return *parsed;
    return s;
}

// YYYY-MM-DD, also YYYY/M/D and YYYY.M.D as spreadsheets write them
json dateCell(const std::string& s) {
    std::string parts[3];
    int part = 0;
    for (char c : s) {
        if (c == '-' || c == '/' || c == '.') {
            if (++part > 2) return s;
        } else if (c >= '0' && c <= '9') {
            parts[part] += c;
        } else {
            return s;
        }
    }
    if (part != 2 || parts[0].size() != 4 || parts[1].empty() || parts[1].size() > 2 || parts[2].empty() || parts[2].size() > 2)
        return s;
    const std::string iso = parts[0] + "-" + (parts[1].size() == 1 ? "0" : "") + parts[1] + "-" +
                            (parts[2].size() == 1 ? "0" : "") + parts[2];
    return parseDate(iso) ? json(iso) : json(s);
}

json certificateCell(const std::string& s) {
    if (s == "两证" || s == "培训合格证书和职业资格证书" || s == "职业资格证书") return "both";
    if (s == "仅培训合格证书" || s == "培训合格证书") return "training-only";
    if (s == "无") return "none";
    return s;
}

// the template's column names: 姓名,身份证号,…
std::string templateHeader() {
    std::string header;
    for (const auto& c : columns()) header += (header.empty() ? "" : ",") + c.headers[0];
    return header;
}

}  // namespace

RosterTrainees rosterToTrainees(const Table& table) {
    RosterTrainees out;
    for (size_t r = 0; r < table.size(); ++r)
        for (size_t c = 0; c < table[r].size(); ++c)
            if (!isUtf8(table[r][c])) {
                out.problem = "名单第 " + std::to_string(r + 1) + " 行第 " + std::to_string(c + 1) +
                              " 列不是 UTF-8 文本：请把名单保存为 UTF-8 或 GB18030 编码的 CSV。";
                return out;
            }
    if (table.empty()) {
        out.problem = "名单是空的：第一行是列名，从第二行起每行一名学员。";
        return out;
    }
    std::vector<const Column*> byIndex;
    bool knownColumn = false;
    for (const auto& raw : table[0]) {
        std::string h = trim(raw);
        if (h.rfind("\xEF\xBB\xBF", 0) == 0) h = h.substr(3);  // a spreadsheet's byte-order mark
        const Column* found = nullptr;
        for (const auto& c : columns())
            for (const auto& name : c.headers)
                if (h == name) found = &c;
        if (!found && !h.empty()) out.unknownColumns.push_back(h);
        knownColumn = knownColumn || found;
        byIndex.push_back(found);
    }
    if (!knownColumn) {
        out.problem = "名单第一行应为列名（" + templateHeader() + "），没有一列能识别。";
        return out;
    }
    for (size_t r = 1; r < table.size(); ++r) {
        const auto& row = table[r];
        json t = json::object();
        t["row"] = r;  // data row number in the roster (the header is row 0)
        bool any = false;
        for (size_t i = 0; i < row.size() && i < byIndex.size(); ++i) {
            const std::string cell = trim(row[i]);
            if (!byIndex[i] || cell.empty()) continue;
            any = true;
            switch (byIndex[i]->kind) {
                case Kind::text: t[byIndex[i]->field] = cell; break;
                case Kind::flag: t[byIndex[i]->field] = flagCell(cell); break;
                case Kind::number: t[byIndex[i]->field] = numberCell(cell); break;
                case Kind::date: t[byIndex[i]->field] = dateCell(cell); break;
                case Kind::certificate: t[byIndex[i]->field] = certificateCell(cell); break;
            }
        }
        if (any) out.trainees.push_back(std::move(t));  // blank lines are not trainees
    }
    if (out.trainees.size() == 0) out.problem = "名单里没有学员：第一行是列名，从第二行起每行一名学员。";
    return out;
}

std::string rosterTemplateCsv() {
    std::string example;
    for (const auto& c : columns()) example += (example.empty() ? "" : ",") + std::string(c.example);
    return templateHeader() + "\r\n" + example + "\r\n";
}

}  // namespace wz
