#include "simd_dispatch.h"

namespace wb::sim {

#if WB_SIM_HAVE_KERNEL_CLONES
// Overloads on the clones' targets: the same resolver as for WB_SIM_KERNEL_CLONES picks one.
namespace {
__attribute__((target("default"))) const char* variant() {
    return "baseline";
}
__attribute__((target("arch=x86-64-v3"))) const char* variant() {
    return "x86-64-v3";
}
__attribute__((target("arch=x86-64-v4"))) const char* variant() {
    return "x86-64-v4";
}
} // namespace

const char* kernelVariant() {
    return variant();
}
#else
const char* kernelVariant() {
    return "baseline";
}
#endif

} // namespace wb::sim
