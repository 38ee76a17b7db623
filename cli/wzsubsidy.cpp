// wzsubsidy: the native command line (contract: CLI).
#include <unistd.h>

#include <ctime>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "data_files.hpp"
#include "engine.hpp"

namespace {

const char* kUsage =
    "usage: wzsubsidy evaluate [--data DIR]            < request.json\n"
    "       wzsubsidy institutions [--occupation TEXT] [--district D] [--data DIR]\n"
    "       wzsubsidy hotlines [D] [--data DIR]\n"
    "       wzsubsidy validate-data DIR\n"
    "       wzsubsidy suggest TEXT [--data DIR]\n"
    "       wzsubsidy catalogue [--data DIR]\n";

wz::Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return wz::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool isDir(const std::string& p) { return access((p + "/catalogue.json").c_str(), R_OK) == 0; }

// --data DIR, else the repository's data/ (compiled in), else data/ beside the binary's build tree
std::string defaultDataDir() {
    if (isDir(WZ_SOURCE_DATA_DIR)) return WZ_SOURCE_DATA_DIR;
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        std::string exe(self, static_cast<size_t>(n));
        const std::string dir = exe.substr(0, exe.rfind('/')) + "/../../data";
        if (isDir(dir)) return dir;
    }
    return "data";
}

struct Args {
    std::string command;
    std::optional<std::string> dataDir, occupation, district, positional;
    bool bad = false;
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
        auto value = [&](std::optional<std::string>& into) {
            if (i + 1 >= argc) a.bad = true;
            else into = argv[++i];
        };
        if (arg == "--data") value(a.dataDir);
        else if (arg == "--occupation") value(a.occupation);
        else if (arg == "--district") value(a.district);
        else if (arg.rfind("--", 0) == 0) a.bad = true;
        else if (!a.positional) a.positional = arg;
        else a.bad = true;
    }
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

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    Args args = parseArgs(argc, argv);
    if (args.bad) {
        std::cerr << kUsage;
        return 2;
    }
    if (args.command == "--help" || args.command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (args.command == "validate-data") {
        if (!args.positional && !args.dataDir) {
            std::cerr << kUsage;
            return 2;
        }
        return validateData(args.positional ? *args.positional : *args.dataDir);
    }
    const std::string dir = args.dataDir ? *args.dataDir : defaultDataDir();
    if (args.command == "evaluate") {
        auto engine = loadEngine(dir);
        if (!engine) return 2;
        std::string input;
        char chunk[1 << 16];
        while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0)
            input.append(chunk, static_cast<size_t>(std::cin.gcount()));
        const wz::EvaluateOutput out = engine->evaluate(input, today());
        std::cout << out.json << "\n";
        return out.parsed ? 0 : 1;
    }
    if (args.command == "institutions") {
        auto engine = loadEngine(dir);
        if (!engine) return 2;
        std::cout << engine->institutions(args.occupation, args.district) << "\n";
        return 0;
    }
    if (args.command == "hotlines") {
        auto engine = loadEngine(dir);
        if (!engine) return 2;
        std::cout << engine->hotlines(args.positional ? args.positional : args.district) << "\n";
        return 0;
    }
    if (args.command == "suggest" && args.positional) {
        auto engine = loadEngine(dir);
        if (!engine) return 2;
        std::cout << engine->suggest(*args.positional, 8, today()) << "\n";
        return 0;
    }
    if (args.command == "catalogue") {
        auto engine = loadEngine(dir);
        if (!engine) return 2;
        std::cout << engine->catalogue(today()) << "\n";
        return 0;
    }
    std::cerr << kUsage;
    return 2;
}
