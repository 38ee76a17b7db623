// libFuzzer target: the real data files are the base; the fuzz input replaces one of them.
// Input: first byte = selector, the rest = the new text of the file.
//   selector % N (N = dataFileNames().size()) chooses the file (the order of dataFileNames());
//   selector >= 0xF0 with no text removes the file instead.
// loadPolicyData must never crash, hang or leak, and must report a problem whenever it refuses
// the data. When it accepts the data, an engine built from it must answer a fixed set of valid
// requests (individual and class, plus the directory, hotline, suggest and catalogue views)
// with JSON, without crashing.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data_files.hpp"
#include "engine.hpp"

#ifndef WZ_DATA_DIR
#error "compile with -DWZ_DATA_DIR=\"/path/to/data\""
#endif

namespace {

const wz::DataFiles& baseFiles() {
    static const wz::DataFiles* files = new wz::DataFiles(wz::readDataDirectory(WZ_DATA_DIR));
    return *files;
}

const char* const kRequests[] = {
    // individual: institution route, category A, with history
    R"({"kind":"individual","asOf":"2021-03-15","person":{"gender":"male","birthDate":"1985-06-01",)"
    R"("uiInsured":true,"uiDistrict":"鹿城区","uiMonths":36,"hukouDistrict":"other","worksInUrbanArea":true},)"
    R"("certificate":{"type":"qualification","occupation":"钳工","level":"高级","issueDate":"2020-08-01",)"
    R"("issuer":"wenzhou-hrss","route":"institution","trainingDistrict":"鹿城区","shortage":true},)"
    R"("history":[{"date":"2021-01-10","scheme":"ui-skill-upgrade","occupation":"电工","level":"初级"}]})",
    // individual: self-study, special ability, county
    R"({"asOf":"2021-06-01","person":{"idNumber":"330302198506010014","uiInsured":true,"uiDistrict":"乐清市",)"
    R"("uiMonths":12,"hukouDistrict":"乐清市"},"certificate":{"type":"special-ability","occupation":"PLC编程",)"
    R"("level":"四级","issueDate":"2021-01-05","issuer":"registered-evaluator","route":"self-study"}})",
    // individual: graduate, competition, outside issuer
    R"({"asOf":"2021-09-30","person":{"gender":"female","birthDate":"1999-02-28","hukouDistrict":"other",)"
    R"("graduate":{"leftSchool":"2020-06-30","employed":false,"studiedInWenzhou":true}},)"
    R"("certificate":{"type":"qualification","occupation":"评茶员","level":"技师","issueDate":"2021-02-28",)"
    R"("issuer":"outside","route":"competition","trainingDistrict":"瓯海区"}})",
    // classes, one of each scheme
    R"({"kind":"class","asOf":"2021-05-01","scheme":"project","organizer":{"type":"enterprise","district":"龙湾区",)"
    R"("qualifiedEnterprise":true,"uplift30":true},"class":{"filedDate":"2021-03-01","startDate":"2021-03-10",)"
    R"("hours":100},"trainees":[{"passed":true},{"passed":false}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"special-operation","organizer":{"type":"institution",)"
    R"("district":"鹿城区"},"class":{"filedDate":"2021-03-08","startDate":"2021-03-10","renewal":true},)"
    R"("trainees":[{"passed":true}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"pre-job-enterprise","organizer":{"type":"enterprise",)"
    R"("district":"瓯海区"},"class":{"filedDate":"2021-03-01","startDate":"2021-03-10","hours":8},)"
    R"("trainees":[{"passed":true,"hiredDate":"2020-12-01"},{"passed":true,"hiredDate":"2019-01-01"}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"apprentice-employee","organizer":{"type":"enterprise",)"
    R"("district":"瑞安市"},"class":{"filedDate":"2021-03-01","startDate":"2021-03-10"},)"
    R"("trainees":[{"passed":true,"fee":8000,"certificate":"both"},{"passed":true,"fee":3000,"certificate":"training-only"}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"apprentice-student","organizer":{"type":"college",)"
    R"("district":"市本级"},"class":{"filedDate":"2021-03-01","startDate":"2021-03-10"},)"
    R"("trainees":[{"passed":true,"allowance":4000,"contractAndInsurance":true}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"master-apprentice","organizer":{"type":"master-studio",)"
    R"("district":"鹿城区"},"class":{"filedDate":"2021-03-01","startDate":"2021-03-10","periodInYear":2},)"
    R"("trainees":[{"passed":true,"occupation":"电工","level":"中级","shortage":true},)"
    R"({"passed":true,"occupation":"评茶员","level":"高级技师"}]})",
    R"({"kind":"class","asOf":"2021-05-01","scheme":"entrepreneurship","organizer":{"type":"institution",)"
    R"("district":"泰顺县"},"class":{"filedDate":"2021-03-01","startDate":"2021-03-04","course":"8+X"},)"
    R"("trainees":[{"passed":true}]})",
};

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_data invariant broken: %s\n%.2000s\n", what, detail.c_str());
    std::abort();
}

void mustBeJson(const char* what, const std::string& text) {
    if (!nlohmann::json::accept(text)) fail(what, text);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (baseFiles().size() != wz::dataFileNames().size()) {
        std::fprintf(stderr, "fuzz_data: %s does not hold every data file\n", WZ_DATA_DIR);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const auto& names = wz::dataFileNames();
    const std::string& name = names[data[0] % names.size()];
    wz::DataFiles files = baseFiles();
    if (data[0] >= 0xF0 && size == 1) files.erase(name);
    else files[name].assign(reinterpret_cast<const char*>(data + 1), size - 1);

    wz::LoadResult loaded = wz::loadPolicyData(files);
    if (!loaded.data) {
        if (loaded.problems.empty()) fail("data refused without a problem", name);
        return 0;
    }

    const wz::Engine engine(std::move(*loaded.data));
    const wz::Date today{2021, 3, 15};
    for (const char* request : kRequests) {
        const wz::EvaluateOutput out = engine.evaluate(request, today);
        if (!out.parsed) fail("a valid request reported as not JSON", request);
        mustBeJson("evaluate output is not JSON", out.json);
    }
    mustBeJson("institutions output is not JSON", engine.institutions(std::string("电工"), std::nullopt));
    mustBeJson("institutions output is not JSON", engine.institutions(std::nullopt, std::string("鹿城区")));
    mustBeJson("hotlines output is not JSON", engine.hotlines(std::nullopt));
    mustBeJson("suggest output is not JSON", engine.suggest("dg", 10, today));
    mustBeJson("suggest output is not JSON", engine.suggest("电", 10, today));
    mustBeJson("catalogue output is not JSON", engine.catalogue(today));
    return 0;
}
