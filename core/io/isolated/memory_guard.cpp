#include "memory_guard.h"

#include "core/io/isolated/import_protocol.h"

#include <atomic>
#include <new>

namespace wb::core::io {

namespace {

std::atomic<bool> g_exhausted{false};
std::atomic<int> g_frames{-1};

// Allocates nothing: the frame is a header alone, written once with one small (atomic) write.
void onAllocationFailure() {
    if (!g_exhausted.exchange(true)) protocol::writeFrame(g_frames, protocol::kMemoryExhausted, {});
    throw std::bad_alloc();
}

} // namespace

void guardMemory(int frames) {
    g_frames = frames;
    std::set_new_handler(onAllocationFailure);
}

bool memoryExhausted() {
    return g_exhausted;
}

} // namespace wb::core::io
