# Included by CMake at llama.cpp's project() call while llama-cpp-python builds (the Makefile passes it as
# CMAKE_PROJECT_llama.cpp_INCLUDE). The Python binding loads libllama and libggml only; llama-cpp-python forces
# llama.cpp's "common" helper library on, which is 51 of the build's 127 objects, so it is turned off here.
set(LLAMA_BUILD_COMMON OFF CACHE BOOL "llama.cpp common library: unused by the Python binding" FORCE)

# No AMX kernels. A machine may report AMX (amx_tile in /proc/cpuinfo) while its kernel or hypervisor refuses the
# tile state; llama.cpp's native build then compiles its AMX matrix kernels in, and the first matrix product dies of
# SIGILL (seen on a Xeon VM on 2026-12-05). Explicit -mno- flags win over -march=native whatever their order; the
# AVX-512/AVX2 kernels do the same work. Compilers that do not know the flags (other architectures) are left as they are.
include(CheckCCompilerFlag)
check_c_compiler_flag("-mno-amx-tile -mno-amx-int8 -mno-amx-bf16" MOCKINTERVIEW_NO_AMX)
if(MOCKINTERVIEW_NO_AMX)
  string(APPEND CMAKE_C_FLAGS " -mno-amx-tile -mno-amx-int8 -mno-amx-bf16")
  string(APPEND CMAKE_CXX_FLAGS " -mno-amx-tile -mno-amx-int8 -mno-amx-bf16")
endif()
