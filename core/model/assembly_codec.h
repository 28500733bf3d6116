#pragma once
/// A compact binary form of an import's outcome (an Assembly or an Error), for handing a model
/// from one process to another: the isolated importer writes it, the caller reads it back.
/// Native byte order; both ends are the same build on the same machine.

#include "assembly.h"
#include "result.h"

#include <memory>
#include <string>
#include <string_view>

namespace wb::core {

/// Appends the encoded assembly to `out`.
void encodeAssembly(const Assembly& assembly, std::string& out);
/// Appends the encoded error to `out`.
void encodeError(const Error& error, std::string& out);

/// Decodes what encodeAssembly or encodeError wrote. A decoded error comes back as the error;
/// damaged or truncated bytes, or an inconsistent model (indices out of range, sizes that do
/// not match), give "io.bad_import_reply" (args: `source`, what is wrong).
Result<std::shared_ptr<const Assembly>> decodeImportReply(std::string_view bytes,
                                                          const std::string& source = {});

} // namespace wb::core
