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
  -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
  -Wimplicit-fallthrough -Wno-missing-field-initializers)
if(BRICKDESK_WERROR)
  target_compile_options(brickdesk_options INTERFACE -Werror)
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
