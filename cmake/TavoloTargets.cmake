# Helpers shared by the layer CMakeLists files.

# tavolo_add_layer(NAME SOURCES ... LINKS ... [PRIVATE_LINKS ...])
# A static library for one layer; its link line is the proof of what it may use. LINKS are
# passed on to the layers above (their headers may name those types); PRIVATE_LINKS are this
# layer's own: a layer above that includes one of their headers does not build. Qt Sql is such
# a link of core/storage (core/storage/CMakeLists.txt): no SQL outside the stores.
function(tavolo_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LINKS})
    if(ARG_PRIVATE_LINKS)
        target_link_libraries(${name} PRIVATE ${ARG_PRIVATE_LINKS})
    endif()
endfunction()
