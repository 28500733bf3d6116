// The fields.wbf reader on arbitrary bytes: fields on the file's grid, or a clean error.
#include "fuzz_input.h"

#include "core/sim/result_folder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const wb::fuzz::InputFile file(data, size);
    auto result = wb::sim::readFieldFile(file.path());
    if (!result) return 0;
    const wb::sim::VoxelGrid& g = result->model->grid;
    if (result->model->voxelMaterial.size() != g.voxelCount())
        wb::fuzz::finding("voxel materials do not match the grid");
    for (const wb::sim::ResultField& f : result->fields)
        if (f.components < 1 || f.values.size() != g.nodeCount() * std::size_t(f.components))
            wb::fuzz::finding("field '" + f.name + "' does not match the grid");
    return 0;
}
