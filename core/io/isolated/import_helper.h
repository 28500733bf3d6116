#pragma once
/// The import helper programs' main: one file, read with the importers of `registry`, its
/// progress and then the model or the error written to standard output as import_protocol.h
/// describes.
///   werkbank-import[-FAMILY] [--quality coarse|normal|fine] [--metres-per-unit X]
///       [--timeout-s S] [--memory-mb M] [--file-size-mb F] [--open-files N] [--] FILE
/// It runs under those limits (ImportLimits) and off the network (helper_containment.h); an
/// allocation that fails at the memory limit makes the reply "io.limit.memory".
/// Exit code 0: a model was written; after an import error was written, the error's code
/// (core/model/exit_codes.h); 2 without a reply: bad usage; 4: the caller went away. Does not
/// return after an import: the process leaves without unloading the CAD kernel's libraries.

namespace wb::core::io {

class ImporterRegistry;

int runImportHelper(int argc, char** argv, const ImporterRegistry& registry);

} // namespace wb::core::io
