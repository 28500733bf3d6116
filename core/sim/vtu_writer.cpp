#include "result_folder.h"

#include "core/model/atomic_file.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace wb::sim {

namespace {

/// Base64 encoder that streams into `out` three bytes at a time (no copy of the data).
class Base64Writer {
public:
    explicit Base64Writer(std::ostream& out) : m_out(out) {}
    ~Base64Writer() { finish(); }

    void write(const void* data, std::size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < bytes; ++i) {
            m_group[m_filled++] = p[i];
            if (m_filled == 3) flushGroup();
        }
    }
    void finish() {
        if (m_filled > 0) flushGroup();
        if (!m_line.empty()) m_out.write(m_line.data(), std::streamsize(m_line.size()));
        m_line.clear();
    }

private:
    void flushGroup() {
        static const char* kTable =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const unsigned v = unsigned(m_group[0]) << 16 |
                           (m_filled > 1 ? unsigned(m_group[1]) << 8 : 0) |
                           (m_filled > 2 ? unsigned(m_group[2]) : 0);
        m_line += kTable[(v >> 18) & 63];
        m_line += kTable[(v >> 12) & 63];
        m_line += m_filled > 1 ? kTable[(v >> 6) & 63] : '=';
        m_line += m_filled > 2 ? kTable[v & 63] : '=';
        m_filled = 0;
        if (m_line.size() >= 1 << 16) {
            m_out.write(m_line.data(), std::streamsize(m_line.size()));
            m_line.clear();
        }
    }

    std::ostream& m_out;
    unsigned char m_group[3] = {};
    int m_filled = 0;
    std::string m_line;
};

/// One inline binary block: a UInt64 byte count header followed by the raw array, base64.
template <typename T> void encode(std::ostream& out, const std::vector<T>& values) {
    const std::uint64_t bytes = std::uint64_t(values.size()) * sizeof(T);
    Base64Writer b64(out);
    b64.write(&bytes, sizeof bytes);
    b64.write(values.data(), values.size() * sizeof(T));
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
    forEachSolidVoxel(m, [&](std::size_t v, int, int, int, const std::size_t* nd) {
        for (int c : kVtkOrder)
            connectivity.push_back(newIndex[nd[c]]);
        offsets.push_back(std::int64_t(connectivity.size()));
        types.push_back(12);
        material.push_back(m.voxelMaterial[v]);
    });
    return core::writeFileAtomically(file, [&](std::ostream& out) {
        out << "<?xml version=\"1.0\"?>\n<VTKFile type=\"UnstructuredGrid\" version=\"1.0\" "
               "byte_order=\"LittleEndian\" header_type=\"UInt64\">\n"
            << "<UnstructuredGrid>\n<Piece NumberOfPoints=\"" << count << "\" NumberOfCells=\""
            << types.size() << "\">\n";
        out << "<PointData>\n";
        std::vector<float> vals;
        for (const ResultField& f : r.fields) {
            vals.clear();
            vals.reserve(std::size_t(count) * std::size_t(f.components));
            for (std::size_t n = 0; n < g.nodeCount(); ++n)
                if (active[n])
                    for (int c = 0; c < f.components; ++c)
                        vals.push_back(float(f.values[n * f.components + c]));
            out << "<DataArray type=\"Float32\" Name=\"" << f.name << "\" NumberOfComponents=\""
                << f.components << "\" format=\"binary\">";
            encode(out, vals);
            out << "</DataArray>\n";
        }
        out << "</PointData>\n<CellData>\n<DataArray type=\"Int32\" Name=\"material\" "
               "format=\"binary\">";
        encode(out, material);
        out << "</DataArray>\n</CellData>\n";
        out << "<Points>\n<DataArray type=\"Float32\" NumberOfComponents=\"3\" "
               "format=\"binary\">";
        encode(out, points);
        out << "</DataArray>\n</Points>\n<Cells>\n";
        out << "<DataArray type=\"Int64\" Name=\"connectivity\" format=\"binary\">";
        encode(out, connectivity);
        out << "</DataArray>\n<DataArray type=\"Int64\" Name=\"offsets\" format=\"binary\">";
        encode(out, offsets);
        out << "</DataArray>\n<DataArray type=\"UInt8\" Name=\"types\" format=\"binary\">";
        encode(out, types);
        out << "</DataArray>\n</Cells>\n</Piece>\n</UnstructuredGrid>\n</VTKFile>\n";
        return static_cast<bool>(out);
    });
}

} // namespace wb::sim
