#pragma once
/// Misbehaviour on request, for the tests of the helpers' limits and containment
/// (tests/io/tst_isolated_import.cpp, tests/cli, tests/app). The environment variable
/// WERKBANK_IMPORT_TEST_HOOK makes a helper do one of these in place of importing its file:
///   hang          wait forever, using no CPU
///   allocate      allocate and touch memory until an allocation fails
///   crash         die of SIGSEGV
///   connect:PORT  try a TCP connection to 127.0.0.1:PORT and answer with the error
///                 "io.test_hook" (args: path, what happened: "connected" or "blocked: ...")
///   connect-filtered:PORT  the same, kept off the network by the filter even where
///                 namespaces are available
/// Unset (as always outside the tests) the helper imports as usual.

#include "core/io/isolated/helper_containment.h"
#include "core/model/assembly.h"
#include "core/model/result.h"

#include <filesystem>
#include <memory>

namespace wb::core::io {

struct TestHook {
    enum class Kind { None, Hang, Allocate, Crash, Connect };
    Kind kind = Kind::None;
    int port = 0;
    bool filtered = false; ///< connect-filtered
};

/// The hook WERKBANK_IMPORT_TEST_HOOK asks for; Kind::None when unset or not understood.
TestHook testHookFromEnvironment();

/// Runs `hook` (not Kind::None) in place of the import of `path`; `containment` is what
/// containHelper() did. Returns only for allocate and connect.
Result<std::shared_ptr<const Assembly>> runTestHook(const TestHook& hook,
                                                    const std::filesystem::path& path,
                                                    NetworkContainment containment);

} // namespace wb::core::io
