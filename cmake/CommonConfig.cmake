# Shared compiler settings for every CrossDrill target (docs/contributing.md: one INTERFACE target,
# never CMAKE_CXX_FLAGS).
add_library(crossdrill_common INTERFACE)
add_library(CrossDrill::Common ALIAS crossdrill_common)

target_compile_features(crossdrill_common INTERFACE cxx_std_20)
target_compile_definitions(crossdrill_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  CROSSDRILL_VERSION="${PROJECT_VERSION}")
target_compile_options(crossdrill_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wformat=2)
if(CROSSDRILL_WERROR)
  target_compile_options(crossdrill_common INTERFACE -Werror)
endif()
if(CROSSDRILL_FUZZ)
  # Coverage for libFuzzer in every target (the harnesses link the fuzzer's main themselves);
  # ASan + UBSan so that a bad read or an overflow is a finding, not luck.
  target_compile_options(crossdrill_common INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(crossdrill_common INTERFACE -fsanitize=address,undefined)
endif()
if(CROSSDRILL_SANITIZE)
  target_compile_options(crossdrill_common INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(crossdrill_common INTERFACE -fsanitize=address,undefined)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/BuildSpeed.cmake)
