# Writes ${OUT}: a C++ source defining wz::embeddedSchemas() from data/schema/*.schema.json,
# so that native and wasm builds validate data against the same schemas.
file(GLOB schema_files "${SCHEMA_DIR}/*.schema.json")
set(body "")
foreach(f ${schema_files})
  get_filename_component(name "${f}" NAME)
  string(REPLACE ".schema.json" ".json" data_name "${name}")
  file(READ "${f}" text)
  # the schemas hold no multi-line strings: dropping line breaks and indentation keeps them valid
  string(REGEX REPLACE "\n *" "" text "${text}")
  string(APPEND body "        {\"${data_name}\", R\"WZSCHEMA(${text})WZSCHEMA\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// generated from data/schema by cmake/EmbedSchemas.cmake; do not edit\n#include \"embedded_schemas.hpp\"\n\nnamespace wz {\nconst std::map<std::string, std::string>& embeddedSchemas() {\n    static const std::map<std::string, std::string> schemas = {\n${body}    };\n    return schemas;\n}\n}  // namespace wz\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
