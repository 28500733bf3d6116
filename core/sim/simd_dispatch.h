#pragma once
/// Run-time dispatch of the solver's hot kernels. The library is built for a baseline
/// (x86-64-v2 on x86-64); a function marked WB_SIM_KERNEL_CLONES is also built for
/// x86-64-v3 (AVX2, FMA) and x86-64-v4 (AVX-512), and the loader picks the best one the CPU
/// runs (GCC function multiversioning). Elsewhere the mark is empty.

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#define WB_SIM_KERNEL_CLONES                                                                       \
    __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#define WB_SIM_HAVE_KERNEL_CLONES 1
#else
#define WB_SIM_KERNEL_CLONES
#define WB_SIM_HAVE_KERNEL_CLONES 0
#endif

namespace wb::sim {

/// The variant of the cloned kernels that runs on this CPU, as the dispatch picks it:
/// "x86-64-v4" (AVX-512), "x86-64-v3" (AVX2) or "baseline". Thread-safe.
const char* kernelVariant();

} // namespace wb::sim
