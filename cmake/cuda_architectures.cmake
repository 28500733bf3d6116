# The GPU generations the CUDA kernels are built for: real code for each of Turing (75),
# Ampere (80, 86), Ada (89), Hopper (90), Blackwell (100, 120) that this nvcc can build, plus
# PTX of the newest for the generations after it. WERKBANK_CUDA_ARCHITECTURES overrides the
# list (CMake's CUDA_ARCHITECTURES syntax, e.g. "90-real;120").
# Sets WB_CUDA_ARCHITECTURES and WB_CUDA_TARGETS_TEXT (for messages, e.g. "sm_75, ..., PTX 120").
set(WERKBANK_CUDA_ARCHITECTURES "" CACHE STRING
    "CUDA architectures of the kernels; empty: every supported one of 75 80 86 89 90 100 120")

set(_wb_cuda_wanted 75 80 86 89 90 100 120)
if(WERKBANK_CUDA_ARCHITECTURES)
    set(WB_CUDA_ARCHITECTURES ${WERKBANK_CUDA_ARCHITECTURES})
else()
    execute_process(COMMAND "${CMAKE_CUDA_COMPILER}" --list-gpu-code
                    OUTPUT_VARIABLE _wb_cuda_codes ERROR_QUIET RESULT_VARIABLE _wb_cuda_rc)
    set(_wb_cuda_accepted "")
    if(_wb_cuda_rc EQUAL 0)
        foreach(arch IN LISTS _wb_cuda_wanted)
            if(_wb_cuda_codes MATCHES "sm_${arch}([^0-9a-z]|$)")
                list(APPEND _wb_cuda_accepted ${arch})
            endif()
        endforeach()
    endif()
    if(NOT _wb_cuda_accepted)
        message(FATAL_ERROR "${CMAKE_CUDA_COMPILER} builds none of the GPU architectures "
                            "${_wb_cuda_wanted} (nvcc --list-gpu-code): set "
                            "WERKBANK_CUDA_ARCHITECTURES, or WERKBANK_CUDA=OFF")
    endif()
    list(POP_BACK _wb_cuda_accepted _wb_cuda_newest)
    set(WB_CUDA_ARCHITECTURES "")
    foreach(arch IN LISTS _wb_cuda_accepted)
        list(APPEND WB_CUDA_ARCHITECTURES ${arch}-real)
    endforeach()
    list(APPEND WB_CUDA_ARCHITECTURES ${_wb_cuda_newest}) # real code and PTX
endif()

set(WB_CUDA_TARGETS_TEXT "")
foreach(arch IN LISTS WB_CUDA_ARCHITECTURES)
    string(REGEX REPLACE "-(real|virtual)$" "" _wb_number "${arch}")
    if(arch MATCHES "-virtual$")
        list(APPEND WB_CUDA_TARGETS_TEXT "PTX ${_wb_number}")
    elseif(arch MATCHES "-real$")
        list(APPEND WB_CUDA_TARGETS_TEXT "sm_${_wb_number}")
    else()
        list(APPEND WB_CUDA_TARGETS_TEXT "sm_${_wb_number}" "PTX ${_wb_number}")
    endif()
endforeach()
string(REPLACE ";" ", " WB_CUDA_TARGETS_TEXT "${WB_CUDA_TARGETS_TEXT}")
message(STATUS "Werkbank: CUDA kernels for ${WB_CUDA_TARGETS_TEXT}")
