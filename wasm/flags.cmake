# Every emcc flag of the browser build in one place (see ../shared/notes/toolchain.md).
# -Os rather than -Oz: measured both smaller and faster here (Oz leaves libc++ string calls un-inlined).
set(WZ_WASM_COMPILE_FLAGS -Os -flto -fwasm-exceptions)
set(WZ_WASM_LINK_FLAGS
  -Os -flto -fwasm-exceptions
  --bind
  -sMODULARIZE=1 -sEXPORT_NAME=createWzEngine
  -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0 -sMALLOC=emmalloc
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB -sMAXIMUM_MEMORY=1GB
  -sENVIRONMENT=web,worker,node
  -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,print,printErr])
