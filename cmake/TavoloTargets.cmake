# Helpers shared by the layer CMakeLists files.

# tavolo_add_layer(NAME SOURCES ... LINKS ...)
# A static library for one layer; its link line is the proof of what it may use.
function(tavolo_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LINKS})
endfunction()
