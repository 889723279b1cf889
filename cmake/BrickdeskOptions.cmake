# One INTERFACE target that every Brickdesk target links: language level,
# warnings and the strict Qt defines, so no target can quietly opt out.
add_library(brickdesk_options INTERFACE)
target_compile_features(brickdesk_options INTERFACE cxx_std_20)
target_include_directories(brickdesk_options INTERFACE
  ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/generated)
target_compile_definitions(brickdesk_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_MESSAGELOGCONTEXT)
target_compile_options(brickdesk_options INTERFACE
  # -Wshadow=local is gcc's spelling; clang (the sanitize preset) has no
  # "local" level. Kept in place so gcc's command line, and its ccache
  # entries, stay the same.
  -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
  -Woverloaded-virtual -Wimplicit-fallthrough -Wno-missing-field-initializers)
if(BRICKDESK_WERROR)
  target_compile_options(brickdesk_options INTERFACE -Werror)
endif()

# Sanitizers: every finding stops the program (no recovering past undefined
# behaviour), so a test that trips one fails. -O1 keeps the suite's run time
# within CI's budget; frame pointers keep the reports' stacks whole.
if(BRICKDESK_SANITIZE)
  set(brickdesk_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -O1)
  target_compile_options(brickdesk_options INTERFACE ${brickdesk_sanitizers})
  target_link_options(brickdesk_options INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer's coverage instrumentation for everything the fuzz targets link;
# only the targets themselves link the fuzzer's main.
if(BRICKDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BRICKDESK_FUZZ needs clang (libFuzzer): use the sanitize preset")
  endif()
  target_compile_options(brickdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# ccache, when installed, lets several build trees (git worktrees, CI
# re-runs) share compiled objects. Paths are made relative to the source tree
# and the build directory is left out of the hash (debug info would otherwise
# name it), so two checkouts of one commit hit the same cache entries.
find_program(BRICKDESK_CCACHE ccache)
if(BRICKDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${CMAKE_SOURCE_DIR} CCACHE_NOHASHDIR=1
      ${BRICKDESK_CCACHE})
endif()
