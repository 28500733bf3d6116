#pragma once
/// One-time set-up shared by the OCCT importers (internal to core/io).

#include <mutex>

namespace wb::core::io {

/// Routes OCCT's default messenger to stderr, failures only (once per process, thread-safe):
/// the readers report statistics there, which would otherwise go to stdout.
void initOcctMessages();

/// Held while a translator's controller is set up: OCCT's controllers share global parameter
/// tables, so the STEP and IGES set-up must not run at the same time.
std::mutex& controllerSetUpLock();

} // namespace wb::core::io
