# SPDX-License-Identifier: MIT
# kitchen_add_test(NAME SOURCES... [LIBS ...]): one Qt Test executable, one ctest.
function(kitchen_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test kitchen_warnings ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=60000;QT_QPA_PLATFORM=offscreen"
        TIMEOUT 300)
endfunction()
