# SPDX-License-Identifier: MIT
# One place for the strictness every target shares.
add_library(kitchen_warnings INTERFACE)
target_compile_options(kitchen_warnings INTERFACE
    -Wall -Wextra -pedantic
    $<$<CONFIG:Debug>:-Werror>)
target_compile_definitions(kitchen_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_STRINGBUILDER)
