// The import helper's wire format (core/model/assembly_codec) on arbitrary bytes: a model or a
// clean error; a decoded model encodes back to the same bytes.
#include "fuzz_input.h"

#include "core/model/assembly_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto reply = wb::core::decodeImportReply(wb::fuzz::text(data, size), "fuzz");
    if (!reply) return 0;
    std::string encoded;
    wb::core::encodeAssembly(**reply, encoded);
    auto again = wb::core::decodeImportReply(encoded, "fuzz");
    if (!again) wb::fuzz::finding("an encoded model does not decode: " + again.error().toString());
    std::string twice;
    wb::core::encodeAssembly(**again, twice);
    if (twice != encoded) wb::fuzz::finding("a model changes when encoded and decoded again");
    return 0;
}
