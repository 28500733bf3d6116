// The study reader on arbitrary text: it returns a study or an error naming the place, and a
// study it accepts writes back to a text it reads again to the same study.
#include "fuzz_input.h"

#include "core/sim/study_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto study = wb::sim::parseStudy(wb::fuzz::text(data, size));
    if (!study) {
        if (study.error().message.empty()) wb::fuzz::finding("an error without a message");
        return 0;
    }
    const std::string written = wb::sim::studyToJson(*study).dump();
    auto again = wb::sim::parseStudy(written);
    if (!again) wb::fuzz::finding("a written study does not read back: " + again.error().toString());
    if (wb::sim::studyToJson(*again).dump() != written)
        wb::fuzz::finding("a study changes when written and read again");
    return 0;
}
