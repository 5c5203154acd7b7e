# KRONIEK_SANITIZE: build every target with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang++ 14 or g++). `make sanitize` runs the whole test suite in such a build through
# scripts/sanitize, which sets the runtime options and the leak suppressions.
#
# Included from the top CMakeLists.txt before any target is defined, so the directory-wide
# add_compile_options/add_link_options below reach every target, tests and fuzz targets too.
option(KRONIEK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(KRONIEK_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang|GNU")
    message(FATAL_ERROR "KRONIEK_SANITIZE needs clang++ or g++, not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(KRONIEK_SANITIZERS address,undefined)
  add_compile_options(
    -fsanitize=${KRONIEK_SANITIZERS}
    # Undefined behaviour is an error that ends the process, so the test fails.
    -fno-sanitize-recover=all
    # Frame pointers give whole stack traces at little cost.
    -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${KRONIEK_SANITIZERS})
  # Line tables are all a symbolized report needs; full debug info (-g) makes the objects
  # of this build several times larger and its compiling and linking slower.
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-gline-tables-only)
  else()
    add_compile_options(-g1)
  endif()
  message(STATUS "KRONIEK_SANITIZE: -fsanitize=${KRONIEK_SANITIZERS} on every target")
endif()
