#include "png_writer.h"

#include <QSaveFile>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <thread>
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

constexpr unsigned kMaxBands = 4;
constexpr int kMinBandRows = 64;

/// Rows [from, to) of `image`, Sub-filtered and deflated as part of a larger stream.
struct Band {
    std::vector<unsigned char> deflated;
    uLong adler = 0;
    std::size_t rawBytes = 0;
    bool ok = false;
};

Band compressRows(const QImage& image, int from, int to, bool last) {
    Band band;
    const int width = image.width();
    const std::size_t rowBytes = std::size_t(width) * 3 + 1;
    band.rawBytes = rowBytes * std::size_t(to - from);
    band.adler = adler32(0L, Z_NULL, 0);
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, -15, 9, Z_RLE) != Z_OK) return band;
    band.deflated.resize(deflateBound(&zs, uLong(band.rawBytes)) + 16);
    zs.next_out = band.deflated.data();
    zs.avail_out = uInt(band.deflated.size());
    std::vector<unsigned char> row(rowBytes);
    bool ok = true;
    for (int y = from; y < to && ok; ++y) {
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
        band.adler = adler32(band.adler, row.data(), uInt(rowBytes));
        zs.next_in = row.data();
        zs.avail_in = uInt(rowBytes);
        const bool end = y + 1 == to;
        const int flush = !end ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
        // A flush that filled the buffer exactly may not be complete: treated as a failure
        // (the buffer has room to spare, so it does not happen).
        ok = deflate(&zs, flush) == (end && last ? Z_STREAM_END : Z_OK) && zs.avail_in == 0 &&
             zs.avail_out != 0;
    }
    band.deflated.resize(band.deflated.size() - zs.avail_out);
    deflateEnd(&zs);
    band.ok = ok;
    return band;
}

} // namespace

bool writePng(const QImage& source, const QString& path, QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (source.isNull()) return fail(QStringLiteral("the image is empty"));
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    const int width = image.width(), height = image.height();

    // Bands of rows compressed on their own threads into raw deflate streams that end on a
    // byte boundary (a sync flush; the last one finishes the stream) and so concatenate into
    // one stream; their Adler-32 sums combine into the zlib trailer.
    // The bands do not depend on the cores, so that the file is the same on every machine.
    const int bands = std::clamp(height / kMinBandRows, 1, int(kMaxBands));
    std::vector<Band> parts(static_cast<std::size_t>(bands));
    const auto compressBand = [&](int b) {
        parts[std::size_t(b)] =
            compressRows(image, height * b / bands, height * (b + 1) / bands, b + 1 == bands);
    };
    std::vector<std::thread> workers;
    for (int b = 1; b < bands; ++b)
        workers.emplace_back(compressBand, b);
    compressBand(0);
    for (std::thread& worker : workers)
        worker.join();
    std::vector<unsigned char> idat{0x78, 0x01}; // zlib header: deflate, 32 KiB window
    uLong adler = adler32(0L, Z_NULL, 0);
    for (const Band& part : parts) {
        if (!part.ok) return fail(QStringLiteral("compressing the image failed"));
        idat.insert(idat.end(), part.deflated.begin(), part.deflated.end());
        adler = adler32_combine(adler, part.adler, z_off_t(part.rawBytes));
    }
    putU32(idat, std::uint32_t(adler));
    const std::size_t compressed = idat.size();

    std::vector<unsigned char> file;
    file.reserve(compressed + 64);
    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P',  'N',  'G',
                                                             '\r', '\n', 0x1a, '\n'};
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
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    if (out.write(reinterpret_cast<const char*>(file.data()), qint64(file.size())) !=
            qint64(file.size()) ||
        !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

} // namespace wb::render
