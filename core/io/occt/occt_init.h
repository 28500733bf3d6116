#pragma once
/// One-time set-up of OCCT's data-exchange translators (internal to core/io).

#include <mutex>

namespace wb::core::io {

/// Sets up a translator once per `once` (thread-safe): `initController`, OCCT's controller of
/// the format, under a lock all translators share (their controllers share global parameter
/// tables, so the STEP and IGES set-up must not run at the same time); then the parallel
/// healing container, which must follow the controller; and OCCT's default messenger routed
/// to stderr, failures only (the readers report statistics there, which would otherwise go to
/// stdout).
void initTranslator(std::once_flag& once, void (*initController)());

} // namespace wb::core::io
