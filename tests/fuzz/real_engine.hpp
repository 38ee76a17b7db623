// The engine on the repository's data/, loaded once for a whole fuzzing run (fuzz_evaluate,
// fuzz_roster). Data that does not load stops the run: the targets fuzz requests, not data.
#pragma once
#include <cstdio>
#include <cstdlib>

#include "data_files.hpp"
#include "engine.hpp"

#ifndef WZ_DATA_DIR
#error "compile with -DWZ_DATA_DIR=\"/path/to/data\""
#endif

inline const wz::Engine& realEngine() {
    static const wz::Engine* e = [] {
        wz::LoadResult loaded = wz::loadPolicyData(wz::readDataDirectory(WZ_DATA_DIR));
        if (!loaded.data) {
            std::fprintf(stderr, "fuzz: the data in %s is not valid:\n", WZ_DATA_DIR);
            for (const auto& p : loaded.problems) std::fprintf(stderr, "  %s\n", p.line().c_str());
            std::abort();
        }
        return new wz::Engine(std::move(*loaded.data));  // lives for the whole run (not a leak)
    }();
    return *e;
}
