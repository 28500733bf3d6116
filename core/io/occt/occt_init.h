#pragma once
/// One-time set-up shared by the OCCT importers (internal to core/io).

namespace wb::core::io {

/// Routes OCCT's default messenger to stderr, failures only (once per process, thread-safe):
/// the readers report statistics there, which would otherwise go to stdout.
void initOcctMessages();

} // namespace wb::core::io
