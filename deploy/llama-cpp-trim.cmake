# Included by CMake at llama.cpp's project() call while llama-cpp-python builds (the Makefile passes it as
# CMAKE_PROJECT_llama.cpp_INCLUDE). The Python binding loads libllama and libggml only; llama-cpp-python forces
# llama.cpp's "common" helper library on, which is 51 of the build's 127 objects, so it is turned off here.
set(LLAMA_BUILD_COMMON OFF CACHE BOOL "llama.cpp common library: unused by the Python binding" FORCE)
