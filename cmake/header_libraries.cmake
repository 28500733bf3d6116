# The two header-only libraries every build needs: nlohmann-json (JSON) and CLI11 (command
# lines). They come from Debian's nlohmann-json3-dev and libcli11-dev; on a machine without
# those packages (a bare GPU node), point WERKBANK_HEADERS_DIR at a folder holding a copy of the
# headers (nlohmann/json.hpp and CLI/CLI.hpp), as tests/gpu/run.sh does.
set(WERKBANK_HEADERS_DIR "" CACHE PATH
    "Folder with copies of nlohmann/json.hpp and CLI/CLI.hpp, used when the packages are absent")

function(wb_header_library target package header)
    if(TARGET ${target})
        return()
    endif()
    if(WERKBANK_HEADERS_DIR AND EXISTS "${WERKBANK_HEADERS_DIR}/${header}")
        add_library(${target} INTERFACE IMPORTED GLOBAL)
        set_target_properties(${target} PROPERTIES
            INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${WERKBANK_HEADERS_DIR}"
            INTERFACE_INCLUDE_DIRECTORIES "${WERKBANK_HEADERS_DIR}")
        message(STATUS "Werkbank: ${header} from ${WERKBANK_HEADERS_DIR}")
        return()
    endif()
    message(FATAL_ERROR "${package} not found: install it (make deps) or set "
                        "-DWERKBANK_HEADERS_DIR to a folder holding ${header}")
endfunction()

find_package(nlohmann_json 3.10 CONFIG QUIET)
find_package(CLI11 2.1 CONFIG QUIET)
wb_header_library(nlohmann_json::nlohmann_json nlohmann-json3-dev nlohmann/json.hpp)
wb_header_library(CLI11::CLI11 libcli11-dev CLI/CLI.hpp)
