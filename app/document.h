#pragma once
/// The open scene: the files loaded into the window and their merged assembly.

#include "core/model/assembly_merge.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace wb::app {

/// GUI thread only. The scene is rebuilt (cheaply: meshes are shared) on every change.
class Document {
public:
    bool isEmpty() const { return m_files.empty(); }
    QStringList filePaths() const;
    /// Replaces everything with one file.
    void replace(const QString& path, std::shared_ptr<const core::Assembly> assembly);
    /// Adds a file beside those already open.
    void add(const QString& path, std::shared_ptr<const core::Assembly> assembly);
    void clear();
    /// The merged scene; never null (an empty assembly when nothing is open).
    std::shared_ptr<const core::Assembly> scene() const { return m_scene; }

private:
    void rebuild();
    struct File {
        QString path;
        std::shared_ptr<const core::Assembly> assembly;
    };
    std::vector<File> m_files;
    std::shared_ptr<const core::Assembly> m_scene = std::make_shared<core::Assembly>();
};

} // namespace wb::app
