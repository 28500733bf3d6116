#include "document.h"

#include <QFileInfo>

namespace wb::app {

QStringList Document::filePaths() const {
    QStringList paths;
    for (const File& f : m_files)
        paths << f.path;
    return paths;
}

void Document::replace(const QString& path, std::shared_ptr<const core::Assembly> assembly) {
    m_files.clear();
    add(path, std::move(assembly));
}

void Document::add(const QString& path, std::shared_ptr<const core::Assembly> assembly) {
    m_files.push_back({path, std::move(assembly)});
    rebuild();
}

void Document::clear() {
    m_files.clear();
    rebuild();
}

void Document::rebuild() {
    std::vector<core::NamedAssembly> inputs;
    for (const File& f : m_files)
        inputs.push_back({QFileInfo(f.path).fileName().toStdString(), f.assembly});
    m_scene = core::mergeAssemblies(inputs);
}

} // namespace wb::app
