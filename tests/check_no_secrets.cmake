# Runs after every other test (a CTest cleanup fixture): no file a test left
# in its private home may hold anything shaped like a credential. The only
# exception is ~/.databrickscfg, the user's own file that Brickdesk reads but
# never writes. Usage: cmake -DROOT=<tests binary dir> -P check_no_secrets.cmake
set(patterns
  "dapi[A-Za-z0-9_-][A-Za-z0-9_-][A-Za-z0-9_-]"   # personal access tokens
  "eyJhbGci"                                      # JWT access tokens
  "doau[A-Za-z0-9_-][A-Za-z0-9_-][A-Za-z0-9_-]"   # Databricks OAuth refresh tokens
  "sp-secret"                                     # the tests' client secrets
  "cs-1")

file(GLOB homes LIST_DIRECTORIES true "${ROOT}/*/home-*")
set(checked 0)
set(leaks "")
foreach(home IN LISTS homes)
  file(GLOB_RECURSE files LIST_DIRECTORIES false "${home}/*")
  foreach(path IN LISTS files)
    get_filename_component(name "${path}" NAME)
    if(name STREQUAL ".databrickscfg")
      continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${path}" lines)
    foreach(pattern IN LISTS patterns)
      foreach(line IN LISTS lines)
        if(line MATCHES "${pattern}")
          list(APPEND leaks "${path} matches ${pattern}")
          break()
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(leaks)
  list(JOIN leaks "\n  " report)
  message(FATAL_ERROR "Credentials found on disk after the tests:\n  ${report}")
endif()
message(STATUS "No credentials in ${checked} files under the tests' home folders.")
