# Build time (issue 13): the libraries and every test call crossdrill_build_speed(TARGET KIND).
# A clean dev build spent most of its CPU parsing the same Qt headers in ~220 translation units
# and linking ~60 test executables; the measurements are in the commit that added this file.
#
# KIND selects a precompiled header:
#   engine   simcore: QtCore's strings, containers and JSON, the standard library
#   app      crossdrill_app: the engine's set plus QtWidgets (main.cpp alone gains nothing)
#   test     unit tests (simcore only): one PCH built once and reused by every unit test
#   guitest  tests under gui/ (simcore + crossdrill_app): one PCH reused by every GUI test
#   none     no PCH (benchmarks, built on demand)
# A header in a PCH must be one that most of the kind's files include anyway: the PCH is included
# first in every file, so it must never change what a file means (no macros of ours in it).
#
# CROSSDRILL_PCH (ON) switches precompiled headers off for a check that every file includes
# what it uses: `cmake --preset dev -DCROSSDRILL_PCH=OFF`.
option(CROSSDRILL_PCH "Precompiled headers for simcore, the app and the tests" ON)
# CROSSDRILL_UNITY (the dev preset: ON): simcore and crossdrill_app compile as unity batches of
# CROSSDRILL_UNITY_BATCH sources. Loading a ~150 MB precompiled header costs ~1.4 s of CPU per
# translation unit, and the engine's and the app's ~190 sources share most of their template
# instantiations; a batch pays both once. An edit recompiles its whole batch, so a long
# edit-compile session may prefer `-DCROSSDRILL_UNITY=OFF`.
option(CROSSDRILL_UNITY "Unity (jumbo) builds of simcore and crossdrill_app" OFF)
set(CROSSDRILL_UNITY_BATCH 8 CACHE STRING "Sources per unity batch (CROSSDRILL_UNITY)")
# CROSSDRILL_LINKER: the -fuse-ld= linker (the dev preset uses lld, which links the test
# executables several times faster than GNU ld; the release build keeps the default).
set(CROSSDRILL_LINKER "" CACHE STRING "Linker passed as -fuse-ld= (empty: the compiler's default)")
if(CROSSDRILL_LINKER)
  target_link_options(crossdrill_common INTERFACE -fuse-ld=${CROSSDRILL_LINKER})
endif()
# CROSSDRILL_DEBUG_LEVEL: -gN after the build type's -g (the dev preset: 1, line tables only:
# backtraces keep file:line, the compiler and linker skip the types and locals that made up most
# of the dev build's objects; the release and asan presets keep their build type's flags).
set(CROSSDRILL_DEBUG_LEVEL "" CACHE STRING "Debug information level appended as -gN (empty: the build type's)")
if(NOT CROSSDRILL_DEBUG_LEVEL STREQUAL "")
  target_compile_options(crossdrill_common INTERFACE -g${CROSSDRILL_DEBUG_LEVEL})
endif()
# CROSSDRILL_OPT_LEVEL: -ON after the build type's -O2 (the dev preset: 1, about a fifth less
# compile time for the tests' and the engine's templates; the test suite runs as fast; the
# release build keeps -O2 or -O3).
set(CROSSDRILL_OPT_LEVEL "" CACHE STRING "Optimization level appended as -ON (empty: the build type's)")
if(NOT CROSSDRILL_OPT_LEVEL STREQUAL "")
  target_compile_options(crossdrill_common INTERFACE -O${CROSSDRILL_OPT_LEVEL})
endif()

set(CROSSDRILL_PCH_ENGINE
  <algorithm> <cmath> <functional> <map> <memory> <optional> <vector> <string>
  <QByteArray> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList>
  <QObject> <QString> <QStringList>)
set(CROSSDRILL_PCH_WIDGETS
  <QAction> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMainWindow>
  <QPlainTextEdit> <QPushButton> <QTableView> <QTreeWidget> <QVBoxLayout> <QWidget>)

function(crossdrill_build_speed target kind)
  if(CROSSDRILL_UNITY AND (kind STREQUAL "engine" OR kind STREQUAL "app"))
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${CROSSDRILL_UNITY_BATCH})
  endif()
  if(NOT CROSSDRILL_PCH OR kind STREQUAL "none")
    return()
  endif()
  if(kind STREQUAL "engine")
    target_precompile_headers(${target} PRIVATE ${CROSSDRILL_PCH_ENGINE})
  elseif(kind STREQUAL "app")
    target_precompile_headers(${target} PRIVATE ${CROSSDRILL_PCH_ENGINE} ${CROSSDRILL_PCH_WIDGETS})
  elseif(kind STREQUAL "test" OR kind STREQUAL "guitest")
    # One PCH per kind of test, compiled once in a small OBJECT library with the same flags
    # as the tests (REUSE_FROM needs identical options; GUI tests see QT_WIDGETS_LIB, which
    # changes what <QTest> declares, so they cannot share the unit tests' PCH).
    # The flags come from crossdrill_test_flags() in tests/CMakeLists.txt.
    set(pch crossdrill_pch_${kind})
    if(NOT TARGET ${pch})
      file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${pch}.cpp
           CONTENT "// The translation unit that builds the ${kind} precompiled header.\n")
      add_library(${pch} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${pch}.cpp)
      set_target_properties(${pch} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
      if(kind STREQUAL "guitest")
        crossdrill_test_flags(${pch} gui)
      else()
        crossdrill_test_flags(${pch} unit)
      endif()
      target_precompile_headers(${pch} PRIVATE ${CROSSDRILL_PCH_ENGINE} <QTest> <QSignalSpy>
                                <QTemporaryDir> <QFile>)
      if(kind STREQUAL "guitest")
        target_precompile_headers(${pch} PRIVATE ${CROSSDRILL_PCH_WIDGETS} <QApplication>)
      endif()
    endif()
    target_precompile_headers(${target} REUSE_FROM ${pch})
    # A test's class is moc'ed through its `#include "tst_x.moc"`, so AUTOMOC's
    # mocs_compilation.cpp is empty; with the PCH it still cost ~1.4 s of CPU to compile, 81 times.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  else()
    message(FATAL_ERROR "crossdrill_build_speed: unknown kind '${kind}'")
  endif()
endfunction()
