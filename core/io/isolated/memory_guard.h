#pragma once
/// Notices the helper's memory limit being reached. Under RLIMIT_DATA an allocation fails
/// rather than the kernel killing the process, so the helper can say why it stopped: a failed
/// operator new is recorded, reported on the pipe at once (import_protocol.h's memory frame,
/// for a helper that then dies of it) and thrown as std::bad_alloc as usual, so that code that
/// falls back on a failed allocation still does.

namespace wb::core::io {

/// Installs the new-handler; `frames` is the pipe the memory frame goes to.
void guardMemory(int frames);

/// Whether an allocation has failed since guardMemory().
bool memoryExhausted();

} // namespace wb::core::io
