#include "png_writer.h"

#include <QSaveFile>

#include <zlib.h>

#include <array>
#include <cstdint>
#include <vector>

namespace wb::render {
namespace {

void putU32(std::vector<unsigned char>& out, std::uint32_t v) {
    out.push_back(static_cast<unsigned char>(v >> 24));
    out.push_back(static_cast<unsigned char>(v >> 16));
    out.push_back(static_cast<unsigned char>(v >> 8));
    out.push_back(static_cast<unsigned char>(v));
}

/// Appends one chunk: length, type, data, CRC over type and data.
void putChunk(std::vector<unsigned char>& out, const char type[4], const unsigned char* data,
              std::size_t size) {
    putU32(out, static_cast<std::uint32_t>(size));
    const std::size_t typeAt = out.size();
    out.insert(out.end(), type, type + 4);
    if (size) out.insert(out.end(), data, data + size);
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), out.data() + typeAt, uInt(size + 4));
    putU32(out, static_cast<std::uint32_t>(crc));
}

} // namespace

bool writePng(const QImage& source, const QString& path, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (source.isNull()) return fail(QStringLiteral("the image is empty"));
    const QImage image = source.format() == QImage::Format_RGB32 ||
                                 source.format() == QImage::Format_ARGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int width = image.width(), height = image.height();
    const std::size_t rowBytes = std::size_t(width) * 3 + 1;

    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15, 9, Z_RLE) != Z_OK)
        return fail(QStringLiteral("cannot start the PNG compressor"));
    std::vector<unsigned char> idat(deflateBound(&zs, uLong(rowBytes * std::size_t(height))));
    zs.next_out = idat.data();
    zs.avail_out = uInt(idat.size());
    std::vector<unsigned char> row(rowBytes);
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        // Sub filter: each byte minus the same channel of the pixel to its left.
        const auto* px = reinterpret_cast<const std::uint32_t*>(image.constScanLine(y));
        row[0] = 1;
        unsigned char pr = 0, pg = 0, pb = 0;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t p = px[x];
            const auto r = static_cast<unsigned char>(p >> 16);
            const auto g = static_cast<unsigned char>(p >> 8);
            const auto b = static_cast<unsigned char>(p);
            unsigned char* o = row.data() + 1 + std::size_t(x) * 3;
            o[0] = static_cast<unsigned char>(r - pr);
            o[1] = static_cast<unsigned char>(g - pg);
            o[2] = static_cast<unsigned char>(b - pb);
            pr = r, pg = g, pb = b;
        }
        zs.next_in = row.data();
        zs.avail_in = uInt(rowBytes);
        ok = deflate(&zs, y + 1 == height ? Z_FINISH : Z_NO_FLUSH) ==
                 (y + 1 == height ? Z_STREAM_END : Z_OK) &&
             zs.avail_in == 0;
    }
    const std::size_t compressed = idat.size() - zs.avail_out;
    deflateEnd(&zs);
    if (!ok) return fail(QStringLiteral("compressing the image failed"));

    std::vector<unsigned char> file;
    file.reserve(compressed + 64);
    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                                                             '\n'};
    file.insert(file.end(), kSignature.begin(), kSignature.end());
    std::vector<unsigned char> header;
    putU32(header, std::uint32_t(width));
    putU32(header, std::uint32_t(height));
    header.insert(header.end(), {8, 2, 0, 0, 0}); // 8 bit, RGB, deflate, adaptive, no interlace
    putChunk(file, "IHDR", header.data(), header.size());
    putChunk(file, "IDAT", idat.data(), compressed);
    putChunk(file, "IEND", nullptr, 0);

    QSaveFile out(path);
    out.setDirectWriteFallback(true); // a writable file in a folder that is not
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(path, out.errorString()));
    if (out.write(reinterpret_cast<const char*>(file.data()), qint64(file.size())) !=
            qint64(file.size()) ||
        !out.commit())
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(path, out.errorString()));
    return true;
}

} // namespace wb::render
