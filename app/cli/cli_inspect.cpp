#include "cli_commands.h"

#include "core/io/isolated/isolated_import.h"
#include "core/model/exit_codes.h"
#include "core/model/units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace wb::app::cli {

namespace {

QJsonArray point(const core::Vec3& p, double scale) {
    return QJsonArray{p.x * scale, p.y * scale, p.z * scale};
}

QJsonObject treeJson(const core::Assembly& a, const core::Assembly::SubtreeTotals& stats,
                     const std::vector<std::string>& paths, int node) {
    const core::Node& n = a.node(node);
    QJsonArray children;
    for (int c : n.children)
        children.append(treeJson(a, stats, paths, c));
    QJsonObject o;
    o["name"] = QString::fromStdString(n.name);
    o["path"] = QString::fromStdString(paths[node]); // as study files name parts
    o["part"] = n.part >= 0 ? QJsonValue(QString::fromStdString(a.parts()[n.part].name))
                            : QJsonValue(QJsonValue::Null);
    o["faces"] = static_cast<qint64>(stats.faces[node]);
    o["triangles"] = static_cast<qint64>(stats.triangles[node]);
    o["children"] = children;
    return o;
}

void printTree(const core::Assembly& a, const core::Assembly::SubtreeTotals& stats, int node,
               int depth) {
    for (int c : a.node(node).children) {
        const core::Node& n = a.node(c);
        std::printf("%*s%s  (%zu triangles, %zu faces)\n", 2 * depth + 2, "", n.name.c_str(),
                    stats.triangles[c], stats.faces[c]);
        printTree(a, stats, c, depth + 1);
    }
}

} // namespace

int runInspect(const InspectArgs& args) {
    const core::io::ImportOptions& importOptions = args.import;
    const std::filesystem::path file = args.file;
    // werkbank-cli (the launcher) may have started the import already.
    const auto running = core::io::takeOverImport(file, importOptions);
    const auto result = running ? core::io::finishImport(*running, file, importOptions)
                                : core::io::importIsolated(file, importOptions);
    if (!result) {
        printError(QString::fromStdString(result.error().toString()));
        return core::exitCodeFor(result.error());
    }
    const core::Assembly& a = **result;
    const core::Assembly::SubtreeTotals stats = a.subtreeTotals();
    const double scale = a.metresPerUnit();
    const core::BBox box = a.bbox();
    const std::string unit = core::unitName(scale);
    if (args.json) {
        QJsonObject o;
        o["format"] = QString::fromStdString(a.format());
        o["parts"] = static_cast<qint64>(a.parts().size());
        o["instances"] = static_cast<qint64>(a.instanceCount());
        o["triangles"] = static_cast<qint64>(stats.triangles[0]);
        o["faces"] = static_cast<qint64>(stats.faces[0]);
        o["length_unit"] =
            unit.empty() ? QJsonValue(scale) : QJsonValue(QString::fromStdString(unit));
        o["bbox"] = QJsonObject{{"min", point(box.min, scale)}, {"max", point(box.max, scale)}};
        o["tree"] = treeJson(a, stats, a.paths(), 0);
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
        return core::kExitOk;
    }
    std::printf("format:      %s\n", a.format().c_str());
    std::printf("parts:       %zu\n", a.parts().size());
    std::printf("instances:   %zu\n", a.instanceCount());
    std::printf("triangles:   %zu\n", stats.triangles[0]);
    std::printf("faces:       %zu\n", stats.faces[0]);
    std::printf("length unit: %s\n", unit.empty() ? std::to_string(scale).c_str() : unit.c_str());
    std::printf("bbox [m]:    (%g, %g, %g) .. (%g, %g, %g)\n", box.min.x * scale, box.min.y * scale,
                box.min.z * scale, box.max.x * scale, box.max.y * scale, box.max.z * scale);
    std::printf("tree:\n");
    printTree(a, stats, 0, 0);
    return core::kExitOk;
}

} // namespace wb::app::cli
