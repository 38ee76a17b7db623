// wzsubsidy: the native command line (contract: CLI), plus the roster mode of the class calculator.
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "data_files.hpp"
#include "engine.hpp"
#include "json_parse.hpp"
#include "money.hpp"
#include "roster_csv.hpp"

namespace {

const char* kUsage =
    "usage: wzsubsidy evaluate [--data DIR]            < request.json\n"
    "       wzsubsidy institutions [--occupation TEXT] [--district D] [--data DIR]\n"
    "       wzsubsidy hotlines [D] [--data DIR]\n"
    "       wzsubsidy validate-data DIR\n"
    "       wzsubsidy suggest TEXT [--data DIR]\n"
    "       wzsubsidy catalogue [--data DIR]\n"
    "       wzsubsidy class --roster FILE.csv [--request CLASS.json] [--scheme S] [--organizer-type T]\n"
    "                 [--district D] [--filed DATE] [--start DATE] [--hours N] [--course C] [--period N]\n"
    "                 [--as-of DATE] [--renewal] [--commissioned] [--qualified] [--uplift30]\n"
    "                 [--hosted-by-school] [--csv] [--progress] [--data DIR]\n"
    "       wzsubsidy class --template          (the roster CSV template)\n"
    "  a roster file is CSV in UTF-8 or GB18030 (as spreadsheets on Chinese systems save it)\n";

const std::set<std::string> kFlags = {"--renewal", "--commissioned", "--qualified", "--uplift30",
                                      "--hosted-by-school", "--csv", "--progress", "--template"};

wz::Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return wz::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool isDataDir(const std::string& p) { return access((p + "/catalogue.json").c_str(), R_OK) == 0; }

// --data DIR, else the repository's data/ (compiled in), else data/ beside the build tree
std::string defaultDataDir() {
    if (isDataDir(WZ_SOURCE_DATA_DIR)) return WZ_SOURCE_DATA_DIR;
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        std::string exe(self, static_cast<size_t>(n));
        const std::string dir = exe.substr(0, exe.rfind('/')) + "/../../data";
        if (isDataDir(dir)) return dir;
    }
    return "data";
}

struct Args {
    std::string command;
    std::map<std::string, std::string> options;  // "--data" -> DIR
    std::set<std::string> flags;
    std::vector<std::string> positional;
    bool bad = false;
    std::string notUtf8;  // an argument that would reach an answer but is not UTF-8 text
    std::optional<std::string> get(const std::string& k) const {
        auto it = options.find(k);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
};

Args parseArgs(int argc, char** argv) {
    Args a;
    if (argc < 2) {
        a.bad = true;
        return a;
    }
    a.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (kFlags.count(arg)) a.flags.insert(arg);
        else if (arg.rfind("--", 0) == 0) {
            if (i + 1 >= argc) a.bad = true;
            else a.options[arg] = argv[++i];
        } else {
            a.positional.push_back(arg);
        }
    }
    // values that end up in a request (and may be quoted back in an answer) must be UTF-8,
    // as everything the engine writes is; file and folder names may be any bytes
    const std::set<std::string> paths = {"--data", "--roster", "--request"};
    for (const auto& [name, value] : a.options)
        if (!paths.count(name) && !wz::isUtf8(value)) a.notUtf8 = name;
    if (a.command != "validate-data")
        for (const auto& value : a.positional)
            if (!wz::isUtf8(value)) a.notUtf8 = "an argument";
    return a;
}

std::optional<wz::Engine> loadEngine(const std::string& dir) {
    wz::LoadResult loaded = wz::loadPolicyData(wz::readDataDirectory(dir));
    if (!loaded.data) {
        std::cerr << "wzsubsidy: the data in " << dir << " is not valid:\n";
        for (const auto& p : loaded.problems) std::cerr << "  " << p.line() << "\n";
        return std::nullopt;
    }
    return wz::Engine(std::move(*loaded.data));
}

int validateData(const std::string& dir) {
    wz::LoadResult loaded = wz::loadPolicyData(wz::readDataDirectory(dir));
    for (const auto& p : loaded.problems) std::cout << p.line() << "\n";
    if (!loaded.data) return 1;
    std::cout << "ok: " << wz::dataFileNames().size() << " data files in " << dir << " are valid\n";
    return 0;
}

std::string readAll(std::istream& in) {
    std::string text;
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<size_t>(in.gcount()));
    return text;
}

// The class part of the request: --request FILE, then the flags on top of it.
std::optional<wz::Json> classRequest(const Args& a) {
    wz::Json req = wz::Json::object();
    if (auto file = a.get("--request")) {
        std::ifstream in(*file, std::ios::binary);
        auto parsed = in ? wz::parseJson(readAll(in)) : std::nullopt;
        if (!parsed || !parsed->is_object()) {
            std::cerr << "wzsubsidy: " << *file << " is not a JSON object\n";
            return std::nullopt;
        }
        req = *parsed;
    }
    req["kind"] = "class";
    auto set = [&](const char* opt, wz::Json& at, const char* key) {
        if (auto v = a.get(opt)) at[key] = *v;
    };
    auto setNumber = [&](const char* opt, wz::Json& at, const char* key) {
        if (auto v = a.get(opt)) {
            char* end = nullptr;
            const double x = std::strtod(v->c_str(), &end);
            at[key] = end && *end == '\0' ? wz::Json(x) : wz::Json(*v);
        }
    };
    set("--scheme", req, "scheme");
    set("--as-of", req, "asOf");
    wz::Json& org = req["organizer"];
    if (!org.is_object()) org = wz::Json::object();
    set("--organizer-type", org, "type");
    set("--district", org, "district");
    if (a.flags.count("--commissioned")) org["commissioned"] = true;
    if (a.flags.count("--qualified")) org["qualifiedEnterprise"] = true;
    if (a.flags.count("--uplift30")) org["uplift30"] = true;
    if (a.flags.count("--hosted-by-school")) org["studioHostedBySchool"] = true;
    wz::Json& cls = req["class"];
    if (!cls.is_object()) cls = wz::Json::object();
    set("--filed", cls, "filedDate");
    set("--start", cls, "startDate");
    setNumber("--hours", cls, "hours");
    set("--course", cls, "course");
    setNumber("--period", cls, "periodInYear");
    if (a.flags.count("--renewal")) cls["renewal"] = true;
    return req;
}

// a response amount (yuan) as the engine prints it: no exponent, at most two decimals
std::string yuan(const wz::Json& amount) {
    wz::Fen fen = 0;
    wz::yuanToFen(amount.is_number() ? amount.asDouble() : 0, fen);
    return wz::yuanText(fen);
}

// The roster with two more columns: the amount and why.
std::string resultCsv(const wzcli::Table& table, const wz::Json& response) {
    wzcli::Table out;
    std::vector<std::string> header = table.empty() ? std::vector<std::string>{} : table[0];
    header.push_back("补贴金额（元）");
    header.push_back("说明");
    out.push_back(header);
    std::map<long long, const wz::Json*> byRow;
    for (const auto& t : response["perTrainee"]) byRow[t["row"].is_number() ? t["row"].asInteger() : 0] = &t;
    for (size_t r = 1; r < table.size(); ++r) {
        std::vector<std::string> row = table[r];
        row.resize(table[0].size());
        auto it = byRow.find(static_cast<long long>(r));
        if (it == byRow.end()) continue;  // a blank line
        const wz::Json& t = *it->second;
        const std::string amount = yuan(t["amount"]);
        std::string why;
        for (const auto& reason : t["reasons"]) why += (why.empty() ? "" : "；") + reason["message"].asString();
        row.push_back(amount);
        row.push_back(why);
        out.push_back(row);
    }
    const std::string total = yuan(response["total"]);
    std::vector<std::string> last(header.size());
    last[0] = "合计";
    last[header.size() - 2] = total;
    for (const auto& w : response["warnings"]) last.back() += (last.back().empty() ? "" : "；") + w["message"].asString();
    for (const auto& w : response["reasons"]) last.back() += (last.back().empty() ? "" : "；") + w["message"].asString();
    out.push_back(last);
    return "\xEF\xBB\xBF" + wzcli::toCsv(out);  // the BOM lets spreadsheets read UTF-8
}

int classCommand(const Args& a, const std::string& dir) {
    if (a.flags.count("--template")) {
        std::cout << wz::Engine::rosterTemplate();
        return 0;
    }
    auto rosterPath = a.get("--roster");
    if (!rosterPath) {
        std::cerr << kUsage;
        return 2;
    }
    auto engine = loadEngine(dir);
    if (!engine) return 2;
    auto request = classRequest(a);
    if (!request) return 2;
    const bool progress = a.flags.count("--progress") || isatty(STDERR_FILENO);
    wzcli::CsvRead roster = wzcli::readCsvFile(*rosterPath, progress);
    if (!roster.ok) {
        std::cerr << "wzsubsidy: " << roster.error << "\n";
        return 2;
    }
    if (progress) wzcli::progressBar("计算补贴", 0, false);
    const std::string answer = engine->evaluateRosterRequest(std::move(*request), roster.table, today());
    if (progress) wzcli::progressBar("计算补贴", 1, true);
    auto parsed = wz::parseJson(answer);
    const bool ok = parsed && parsed->value("ok", false);
    if (a.flags.count("--csv") && ok) std::cout << resultCsv(roster.table, *parsed);
    else std::cout << answer << "\n";
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    Args args = parseArgs(argc, argv);
    if (args.bad) {
        std::cerr << kUsage;
        return 2;
    }
    if (!args.notUtf8.empty()) {
        std::cerr << "wzsubsidy: " << args.notUtf8 << " is not UTF-8 text\n";
        return 2;
    }
    if (args.command == "--help" || args.command == "help") {
        std::cout << kUsage;
        return 0;
    }
    const std::optional<std::string> first =
        args.positional.empty() ? std::nullopt : std::optional<std::string>(args.positional[0]);
    if (args.command == "validate-data") {
        auto dir = first ? first : args.get("--data");
        if (!dir) {
            std::cerr << kUsage;
            return 2;
        }
        return validateData(*dir);
    }
    const std::string dir = args.get("--data").value_or(defaultDataDir());
    if (args.command == "class") return classCommand(args, dir);
    auto engine = loadEngine(dir);
    if (!engine) return 2;
    if (args.command == "evaluate") {
        const wz::EvaluateOutput out = engine->evaluate(readAll(std::cin), today());
        std::cout << out.json << "\n";
        return out.parsed ? 0 : 1;
    }
    if (args.command == "institutions") {
        std::cout << engine->institutions(args.get("--occupation"), args.get("--district")) << "\n";
        return 0;
    }
    if (args.command == "hotlines") {
        std::cout << engine->hotlines(first ? first : args.get("--district")) << "\n";
        return 0;
    }
    if (args.command == "suggest" && first) {
        std::cout << engine->suggest(*first, 8, today()) << "\n";
        return 0;
    }
    if (args.command == "catalogue") {
        std::cout << engine->catalogue(today()) << "\n";
        return 0;
    }
    std::cerr << kUsage;
    return 2;
}
