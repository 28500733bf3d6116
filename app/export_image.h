#pragma once
/// File › Export Image…: the current view saved as a PNG at any resolution, with the result
/// legend drawn in when a result is shown.

#include <QDialog>
#include <QImage>
#include <QSize>
#include <QString>

class QSpinBox;

namespace wb::app {

class ResultDisplay;
class ViewportWidget;

/// The viewport's view at `size` device pixels, with the legend of `results` (may be null) in
/// the top right corner when it shows a result (scaled with the image when it is larger than
/// the viewport). Null image and *error on failure. GUI thread.
QImage viewImage(ViewportWidget* viewport, const ResultDisplay* results, QSize size,
                 QString* error = nullptr);

/// Asks for the image's width and height (default the viewport's size in device pixels).
class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportImageDialog(QSize initial, QWidget* parent = nullptr);
    QSize imageSize() const;
    void setImageSize(QSize size);

private:
    QSpinBox *m_width = nullptr, *m_height = nullptr;
};

/// Runs File › Export Image…: the size dialog, then the file dialog, then writes the PNG; a
/// failure is shown in a message box. Returns the file written, empty when cancelled or failed.
QString exportImage(QWidget* parent, ViewportWidget* viewport, const ResultDisplay* results);

} // namespace wb::app
