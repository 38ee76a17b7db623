# Every emcc flag of the browser build in one place (see ../shared/notes/toolchain.md).
# -fno-exceptions: the engine never throws (every problem is an answer), and dropping the
# unwinding tables and landing pads took the wasm from 68.5 to 57.3 KiB gzip with the
# same speed. With exceptions gone, -Oz is smaller than -Os (57.3 vs 60.9 KiB gzip) at
# the same 70 µs per evaluate under Node; -O2 would be ~2x faster but 97 KiB gzip.
set(WZ_WASM_COMPILE_FLAGS -Oz -flto -fno-exceptions)
set(WZ_WASM_LINK_FLAGS
  -Oz -flto -fno-exceptions
  --bind
  -sMODULARIZE=1 -sEXPORT_NAME=createWzEngine
  -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB -sMAXIMUM_MEMORY=1GB
  -sENVIRONMENT=web,worker,node
  -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,print,printErr])
