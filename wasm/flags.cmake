# Every emcc flag of the browser build in one place (see ../shared/notes/toolchain.md).
# Measured (tests/browser/budgets.mjs, and 5000 evaluate calls under Node):
# - -fno-exceptions: the engine never throws (every problem is an answer); dropping the
#   unwinding tables and landing pads took the wasm from 68.5 to 57.3 KiB gzip.
# - -sINLINING_LIMIT=0 after -Oz: emcc 3.1.6 turns -Os/-Oz into -fno-inline-functions,
#   which left every libc++ string accessor a call; letting LLVM's size-aware inliner work
#   made the wasm smaller (53.1 KiB) and evaluate 1.5x faster (70 -> 47 us).
# - link at -O3 (LTO code generation and Binaryen at -O3) with -Oz compiled code:
#   53.6 KiB gzip and 32 us. Compiling at -O1/-O2 is as fast again (25 us) but 93 KiB.
# - text across the boundary (wasm/bindings.cpp): answers via TextDecoder on a view of the
#   bytes and arguments via TextEncoder.encodeInto, instead of Embind's per-byte JavaScript
#   loops: 32 -> 25 us.
set(WZ_WASM_COMPILE_FLAGS -Oz -sINLINING_LIMIT=0 -flto -fno-exceptions)
set(WZ_WASM_LINK_FLAGS
  -O3 -flto -fno-exceptions
  --bind
  -sMODULARIZE=1 -sEXPORT_NAME=createWzEngine
  -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB -sMAXIMUM_MEMORY=1GB
  -sENVIRONMENT=web,worker,node
  -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,print,printErr])
