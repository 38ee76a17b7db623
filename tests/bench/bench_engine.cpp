// bench_engine: how fast the engine answers, through its whole string surface
// (Engine::evaluate: split, JSON parse, rules, JSON print), on one thread.
//
//   bench_engine [--quick] [--data DIR]
//
// (a) individual evaluations per second: ten realistic single-request texts in turn,
//     ~1 s per run, 7 runs: median (min..max) evaluations/s and µs per evaluation;
// (b) one 10,000-trainee class request for each of project, apprentice-employee and
//     master-apprentice: median of 7 whole evaluate calls, ms;
// (c) one array of 100,000 individual requests through one evaluate call (as the CLI would), s.
// Target: >= 200,000 individual evaluations per second on one core; the ratio is printed, by
// wall time and by the thread's CPU time (the fairer one-core figure on a shared machine).
// A figure, not a pass/fail test. --quick makes one short run of each (for ctest) and, like
// every mode, checks first that every benchmark request is answered with "ok": true.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data_files.hpp"
#include "engine.hpp"

#ifndef WZ_DATA_DIR
#define WZ_DATA_DIR "data"
#endif

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr double kTargetEvalsPerSecond = 200000;
const wz::Date kToday{2021, 3, 15};

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of this thread: on a shared machine, the time the engine really had a core
double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ---- requests

json person(const char* gender, const char* birth, const char* uiDistrict, int uiMonths, const char* hukou) {
    return {{"gender", gender},         {"birthDate", birth}, {"uiInsured", true},
            {"uiDistrict", uiDistrict}, {"uiMonths", uiMonths}, {"hukouDistrict", hukou},
            {"worksInUrbanArea", true}};
}

json certificate(const char* type, const char* occupation, const char* level, const char* issued,
                 const char* route, const char* trainingDistrict) {
    json c = {{"type", type},     {"occupation", occupation}, {"level", level}, {"issueDate", issued},
              {"issuer", "wenzhou-hrss"}, {"route", route}, {"shortage", false}};
    if (trainingDistrict) c["trainingDistrict"] = trainingDistrict;
    return c;
}

json individual(const char* asOf, json p, json c, json history = json::array()) {
    return {{"kind", "individual"}, {"asOf", asOf}, {"person", std::move(p)}, {"certificate", std::move(c)},
            {"history", std::move(history)}};
}

// Ten self-checks as the page sends them: the contract's examples and variations of occupation,
// category, level, route, district, identity and history.
std::vector<std::string> individualRequests() {
    std::vector<json> r;
    // contract examples: A high fitter, B mid pastry, C junior tea, special senior
    r.push_back(individual("2020-09-01", person("male", "1985-06-01", "鹿城区", 36, "other"),
                           certificate("qualification", "钳工", "高级", "2020-08-01", "institution", "鹿城区")));
    r.push_back(individual("2020-09-01", person("male", "1985-06-01", "鹿城区", 36, "other"),
                           certificate("qualification", "西式面点师", "中级", "2020-08-01", "institution", "鹿城区")));
    r.push_back(individual("2020-09-01", person("male", "1985-06-01", "鹿城区", 36, "other"),
                           certificate("qualification", "评茶员", "初级", "2020-08-01", "institution", "鹿城区")));
    r.push_back(individual("2020-09-01", person("male", "1985-06-01", "鹿城区", 36, "other"),
                           certificate("special-ability", "PLC编程", "高级", "2020-08-01", "institution", "鹿城区")));
    // a woman, 育婴员 三级 (alias), self-study, insured in 瓯海区, two subsidies already this year
    r.push_back(individual(
        "2021-06-20", person("female", "1990-11-30", "瓯海区", 40, "瓯海区"),
        certificate("qualification", "育婴员", "三级", "2021-05-10", "self-study", nullptr),
        json::array({{{"date", "2021-02-01"}, {"scheme", "ui-skill-upgrade"}, {"occupation", "保育员"}, {"level", "初级"}},
                     {{"date", "2021-04-01"}, {"scheme", "occupational-training"}, {"occupation", "保育员"},
                      {"level", "中级"}}})));
    // 电工 技师 by competition, sent by 龙湾区; identity by ID number
    {
        json p = {{"idNumber", "330302198506010014"}, {"uiInsured", true}, {"uiDistrict", "龙湾区"},
                  {"uiMonths", 120}, {"hukouDistrict", "龙湾区"}, {"worksInUrbanArea", true}};
        r.push_back(individual("2021-01-15", p, certificate("qualification", "电工", "技师", "2020-12-01",
                                                           "competition", "龙湾区")));
    }
    // a county (乐清市): consult, outside the urban area
    r.push_back(individual("2021-03-01", person("male", "1978-02-14", "乐清市", 60, "乐清市"),
                           certificate("qualification", "焊工", "中级", "2020-10-20", "institution", "乐清市")));
    // a recent graduate, not insured, 美发师 初级 at an institution in 经开区
    {
        json p = {{"gender", "female"}, {"birthDate", "2000-04-29"}, {"hukouDistrict", "other"},
                  {"graduate", {{"leftSchool", "2020-06-30"}, {"employed", false}, {"studiedInWenzhou", true}}}};
        r.push_back(individual("2020-11-11", p, certificate("qualification", "美发师", "初级", "2020-10-30",
                                                           "institution", "经开区")));
    }
    // already claimed: the same occupation and level subsidised last year (UI too few months)
    r.push_back(individual(
        "2021-02-01", person("male", "1969-07-07", "市本级", 8, "市本级"),
        certificate("qualification", "汽车维修工", "高级", "2020-12-15", "institution", "市本级"),
        json::array({{{"date", "2020-12-30"}, {"scheme", "ui-skill-upgrade"}, {"occupation", "汽车维修工"},
                      {"level", "高级"}}})));
    // enterprise evaluation (route excluded), outside issuer, past the window
    {
        json c = certificate("qualification", "企业人力资源管理师", "二级", "2022-01-05", "enterprise-evaluation",
                             nullptr);
        c["issuer"] = "outside";
        r.push_back(individual("2022-02-01", person("female", "1975-09-09", "瑞安市", 24, "瑞安市"), c));
    }
    std::vector<std::string> texts;
    for (const auto& j : r) texts.push_back(j.dump());
    return texts;
}

const char* const kOccupations[] = {"电工", "钳工", "焊工", "车工", "西式面点师", "美容师", "中式烹调师", "评茶员",
                                    "育婴员", "保安员", "茶艺师", "砌筑工"};
const char* const kLevels[] = {"初级", "中级", "高级", "技师", "高级技师"};

std::string classRequest(const std::string& scheme, size_t trainees) {
    json organizer = {{"district", "瓯海区"}};
    json cls = {{"filedDate", "2021-03-01"}, {"startDate", "2021-03-10"}, {"hours", 64}};
    if (scheme == "project") {
        organizer["type"] = "institution";
        organizer["commissioned"] = true;
        organizer["uplift30"] = true;
    } else if (scheme == "apprentice-employee") {
        organizer["type"] = "enterprise";
        organizer["qualifiedEnterprise"] = true;
    } else {
        organizer["type"] = "master-studio";
        cls["periodInYear"] = 2;
    }
    json list = json::array();
    for (size_t i = 0; i < trainees; ++i) {
        json t = {{"passed", i % 7 != 0}};
        if (scheme == "apprentice-employee") {
            t["fee"] = 2500 + static_cast<double>(i % 50) * 150.5;
            t["certificate"] = i % 5 == 0 ? "training-only" : (i % 11 == 0 ? "none" : "both");
        } else if (scheme == "master-apprentice") {
            t["occupation"] = kOccupations[i % (sizeof kOccupations / sizeof *kOccupations)];
            t["level"] = kLevels[i % 5];
            t["shortage"] = i % 3 == 0;
        }
        list.push_back(std::move(t));
    }
    json req = {{"kind", "class"}, {"asOf", "2021-05-01"}, {"scheme", scheme}, {"organizer", organizer},
                {"class", cls},    {"trainees", std::move(list)}};
    return req.dump();
}

std::string arrayOf(const std::vector<std::string>& requests, size_t n) {
    std::string all = "[";
    for (size_t i = 0; i < n; ++i) {
        if (i) all += ",\n";
        all += requests[i % requests.size()];
    }
    return all + "]";
}

// ---- checks (outside any timing): every benchmark request must be a valid one

bool answeredOk(const wz::Engine& engine, const std::string& text, const char* what) {
    const wz::EvaluateOutput out = engine.evaluate(text, kToday);
    bool good = out.parsed && json::accept(out.json);
    if (good) {
        const json r = json::parse(out.json);
        auto okOne = [](const json& x) { return x.is_object() && x.value("ok", false); };
        if (r.is_array())
            for (const auto& x : r) good = good && okOne(x);
        else good = okOne(r);
    }
    if (!good)
        std::fprintf(stderr, "bench_engine: %s was not answered with \"ok\": true:\n%.600s\n", what, out.json.c_str());
    return good;
}

volatile size_t gSink = 0;  // keeps the outputs alive in the optimiser's eyes

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    std::string dataDir = WZ_DATA_DIR;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--quick")) quick = true;
        else if (!std::strcmp(argv[i], "--data") && i + 1 < argc) dataDir = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_engine [--quick] [--data DIR]\n");
            return 2;
        }
    }
    wz::LoadResult loaded = wz::loadPolicyData(wz::readDataDirectory(dataDir));
    if (!loaded.data) {
        std::fprintf(stderr, "bench_engine: the data in %s is not valid\n", dataDir.c_str());
        for (const auto& p : loaded.problems) std::fprintf(stderr, "  %s\n", p.line().c_str());
        return 2;
    }
    const wz::Engine engine(std::move(*loaded.data));

    const int runs = quick ? 1 : 7;
    const double secondsPerRun = quick ? 0.05 : 1.0;
    const size_t classSize = quick ? 1000 : 10000;
    const size_t arraySize = quick ? 2000 : 100000;

    const std::vector<std::string> singles = individualRequests();
    const char* const schemes[] = {"project", "apprentice-employee", "master-apprentice"};
    std::vector<std::string> classes;
    for (const char* s : schemes) classes.push_back(classRequest(s, classSize));
    const std::string bigArray = arrayOf(singles, arraySize);

    bool valid = true;
    for (size_t i = 0; i < singles.size(); ++i)
        valid = answeredOk(engine, singles[i], ("individual request " + std::to_string(i + 1)).c_str()) && valid;
    for (size_t i = 0; i < classes.size(); ++i)
        valid = answeredOk(engine, classes[i], (std::string(schemes[i]) + " class").c_str()) && valid;
    if (!valid) return 1;

    std::printf("bench_engine%s: data %s, %zu individual requests, one thread\n", quick ? " --quick" : "",
                dataDir.c_str(), singles.size());

    // (a) individual evaluations per second
    std::vector<double> rates, cpuRates;
    for (int run = 0; run < runs; ++run) {
        size_t n = 0, bytes = 0;
        const auto start = Clock::now();
        const double cpuStart = threadCpuSeconds();
        double elapsed = 0;
        do {
            for (int k = 0; k < 256; ++k, ++n) bytes += engine.evaluate(singles[n % singles.size()], kToday).json.size();
            elapsed = secondsSince(start);
        } while (elapsed < secondsPerRun);
        const double cpu = threadCpuSeconds() - cpuStart;
        gSink = gSink + bytes;
        rates.push_back(static_cast<double>(n) / elapsed);
        cpuRates.push_back(static_cast<double>(n) / (cpu > 0 ? cpu : elapsed));
    }
    const double med = median(rates);
    const double lo = *std::min_element(rates.begin(), rates.end());
    const double hi = *std::max_element(rates.begin(), rates.end());
    const double cpuMed = median(cpuRates);
    const double cpuLo = *std::min_element(cpuRates.begin(), cpuRates.end());
    const double cpuHi = *std::max_element(cpuRates.begin(), cpuRates.end());

    // (b) 10,000-trainee classes
    std::vector<double> classMs;
    for (const auto& text : classes) {
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run) {
            const auto start = Clock::now();
            gSink = gSink + engine.evaluate(text, kToday).json.size();
            ms.push_back(secondsSince(start) * 1000);
        }
        classMs.push_back(median(ms));
    }

    // (c) one array of individual requests, as the CLI would evaluate it
    const auto start = Clock::now();
    const wz::EvaluateOutput all = engine.evaluate(bigArray, kToday);
    const double arraySeconds = secondsSince(start);
    gSink = gSink + all.json.size();
    if (!all.parsed) {
        std::fprintf(stderr, "bench_engine: the request array was not parsed\n");
        return 1;
    }

    std::printf("\n%-44s %14s %s\n", "measure", "median", "spread / note");
    std::printf("%-44s %14.0f min %.0f  max %.0f  (%d run%s of %.2f s)\n", "(a) individual evaluations/s", med, lo, hi,
                runs, runs == 1 ? "" : "s", secondsPerRun);
    std::printf("%-44s %14.0f min %.0f  max %.0f  (per second of this thread's CPU time)\n",
                "(a) individual evaluations per CPU-second", cpuMed, cpuLo, cpuHi);
    std::printf("%-44s %14.2f wall; %.2f per CPU time\n", "(a) µs per evaluation", 1e6 / med, 1e6 / cpuMed);
    std::printf("%-44s %13.2fx wall; %.2fx per CPU-second (target %.0f/s on one core)\n", "(a) ratio to target",
                med / kTargetEvalsPerSecond, cpuMed / kTargetEvalsPerSecond, kTargetEvalsPerSecond);
    for (size_t i = 0; i < classes.size(); ++i) {
        const std::string label =
            "(b) class of " + std::to_string(classSize) + ", " + schemes[i] + " (ms)";
        std::printf("%-44s %14.2f %zu KiB request, %d run%s\n", label.c_str(), classMs[i], classes[i].size() / 1024,
                    runs, runs == 1 ? "" : "s");
    }
    const std::string label = "(c) array of " + std::to_string(arraySize) + " requests (s)";
    std::printf("%-44s %14.3f %.0f evaluations/s, %.1f MiB in, %.1f MiB out\n", label.c_str(), arraySeconds,
                static_cast<double>(arraySize) / arraySeconds, bigArray.size() / 1048576.0,
                all.json.size() / 1048576.0);
    return 0;
}
