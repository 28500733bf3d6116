#include "result_folder.h"

#include <cstring>
#include <fstream>

namespace wb::sim {

namespace {

std::string base64(const std::vector<unsigned char>& data) {
    static const char* kTable = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out((data.size() + 2) / 3 * 4, '=');
    std::size_t o = 0;
    for (std::size_t i = 0; i < data.size(); i += 3, o += 4) {
        const unsigned v = unsigned(data[i]) << 16 |
                           (i + 1 < data.size() ? unsigned(data[i + 1]) << 8 : 0) |
                           (i + 2 < data.size() ? unsigned(data[i + 2]) : 0);
        out[o] = kTable[(v >> 18) & 63];
        out[o + 1] = kTable[(v >> 12) & 63];
        if (i + 1 < data.size()) out[o + 2] = kTable[(v >> 6) & 63];
        if (i + 2 < data.size()) out[o + 3] = kTable[v & 63];
    }
    return out;
}

/// One base64 block: UInt32 byte count header followed by the raw array.
template <typename T> std::string encode(const std::vector<T>& values) {
    const std::uint32_t bytes = std::uint32_t(values.size() * sizeof(T));
    std::vector<unsigned char> raw(4 + bytes);
    std::memcpy(raw.data(), &bytes, 4);
    std::memcpy(raw.data() + 4, values.data(), bytes);
    return base64(raw);
}

} // namespace

core::Result<bool> writeVtu(const SolveResult& r, const std::filesystem::path& file) {
    const VoxelModel& m = *r.model;
    const VoxelGrid& g = m.grid;
    const std::vector<std::uint8_t> active = m.activeNodes();
    std::vector<std::int64_t> newIndex(g.nodeCount(), -1);
    std::vector<float> points;
    std::int64_t count = 0;
    for (std::size_t n = 0; n < g.nodeCount(); ++n)
        if (active[n]) {
            newIndex[n] = count++;
            const Point3 p = g.nodePosition(n);
            points.insert(points.end(), {float(p[0]), float(p[1]), float(p[2])});
        }
    std::vector<std::int64_t> connectivity, offsets;
    std::vector<std::uint8_t> types;
    std::vector<std::int32_t> material;
    static const int kVtkOrder[8] = {0, 1, 3, 2, 4, 5, 7, 6};
    for (int k = 0; k < g.nz; ++k)
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const std::size_t v = g.voxel(i, j, k);
                if (!m.solid(v)) continue;
                std::size_t nd[8];
                voxelNodes(g, i, j, k, nd);
                for (int c : kVtkOrder)
                    connectivity.push_back(newIndex[nd[c]]);
                offsets.push_back(std::int64_t(connectivity.size()));
                types.push_back(12);
                material.push_back(m.voxelMaterial[v]);
            }
    std::ofstream out(file, std::ios::binary);
    if (!out)
        return core::fail(core::ErrorCode::InvalidArgument, "io.write_error", "cannot write file",
                          file.string());
    out << "<?xml version=\"1.0\"?>\n<VTKFile type=\"UnstructuredGrid\" version=\"1.0\" "
           "byte_order=\"LittleEndian\" header_type=\"UInt32\">\n"
        << "<UnstructuredGrid>\n<Piece NumberOfPoints=\"" << count << "\" NumberOfCells=\""
        << types.size() << "\">\n";
    out << "<PointData>\n";
    for (const ResultField& f : r.fields) {
        std::vector<float> vals;
        vals.reserve(std::size_t(count) * f.components);
        for (std::size_t n = 0; n < g.nodeCount(); ++n)
            if (active[n])
                for (int c = 0; c < f.components; ++c)
                    vals.push_back(float(f.values[n * f.components + c]));
        out << "<DataArray type=\"Float32\" Name=\"" << f.name << "\" NumberOfComponents=\""
            << f.components << "\" format=\"binary\">" << encode(vals) << "</DataArray>\n";
    }
    out << "</PointData>\n<CellData>\n<DataArray type=\"Int32\" Name=\"material\" "
           "format=\"binary\">"
        << encode(material) << "</DataArray>\n</CellData>\n";
    out << "<Points>\n<DataArray type=\"Float32\" NumberOfComponents=\"3\" format=\"binary\">"
        << encode(points) << "</DataArray>\n</Points>\n<Cells>\n";
    out << "<DataArray type=\"Int64\" Name=\"connectivity\" format=\"binary\">"
        << encode(connectivity) << "</DataArray>\n";
    out << "<DataArray type=\"Int64\" Name=\"offsets\" format=\"binary\">" << encode(offsets)
        << "</DataArray>\n";
    out << "<DataArray type=\"UInt8\" Name=\"types\" format=\"binary\">" << encode(types)
        << "</DataArray>\n";
    out << "</Cells>\n</Piece>\n</UnstructuredGrid>\n</VTKFile>\n";
    if (!out)
        return core::fail(core::ErrorCode::InvalidArgument, "io.write_error", "cannot write file",
                          file.string());
    return true;
}

} // namespace wb::sim
