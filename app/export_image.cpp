#include "export_image.h"

#include "preferences.h"
#include "result_display.h"
#include "result_legend.h"
#include "viewport_widget.h"

#include "render/legend_painter.h"
#include "render/png_writer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>

#include <cmath>

namespace wb::app {

namespace {
constexpr int kMinSide = 16, kMaxSide = 16384;
}

QImage viewImage(ViewportWidget* viewport, const ResultDisplay* results, QSize size,
                 QString* error) {
    QImage image = viewport->renderImage(size, error);
    if (image.isNull()) return image;
    if (results && results->hasResult() && !results->legend()->isEmpty()) {
        const qreal ratio = viewport->devicePixelRatioF();
        const QSize viewportPixels(int(std::lround(viewport->width() * ratio)),
                                   int(std::lround(viewport->height() * ratio)));
        render::paintLegendOnImage(image, results->legend()->content(), viewportPixels);
    }
    return image;
}

ExportImageDialog::ExportImageDialog(QSize initial, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export Image"));
    auto* form = new QFormLayout(this);
    for (QSpinBox** box : {&m_width, &m_height}) {
        *box = new QSpinBox(this);
        (*box)->setRange(kMinSide, kMaxSide);
        (*box)->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("ExportImageWidth"));
    m_height->setObjectName(QStringLiteral("ExportImageHeight"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setImageSize(initial);
}

QSize ExportImageDialog::imageSize() const {
    return {m_width->value(), m_height->value()};
}

void ExportImageDialog::setImageSize(QSize size) {
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

QString exportImage(QWidget* parent, ViewportWidget* viewport, const ResultDisplay* results) {
    const qreal ratio = viewport->devicePixelRatioF();
    ExportImageDialog dialog(QSize(int(std::lround(viewport->width() * ratio)),
                                   int(std::lround(viewport->height() * ratio))),
                             parent);
    if (dialog.exec() != QDialog::Accepted) return {};
    const QStringList recent = Preferences::recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    QString file = QFileDialog::getSaveFileName(parent, ExportImageDialog::tr("Export Image"), dir,
                                                ExportImageDialog::tr("PNG images (*.png)"));
    if (file.isEmpty()) return {};
    if (QFileInfo(file).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
        file += QStringLiteral(".png");
    QString error;
    const QImage image = viewImage(viewport, results, dialog.imageSize(), &error);
    if (!image.isNull() && render::writePng(image, file, &error)) return file;
    QMessageBox::warning(parent, ExportImageDialog::tr("Export Image"),
                         ExportImageDialog::tr("The image could not be saved to %1: %2")
                             .arg(QDir::toNativeSeparators(file), error));
    return {};
}

} // namespace wb::app
