// ResultDisplay: reading the field file, sampling the views on the model, and feeding the
// viewport and legend.
#include "result_display.h"

#include "probe_tool.h"
#include "result_legend.h"
#include "viewport_widget.h"

#include "core/sim/result_folder.h"
#include "core/sim/result_summary.h"
#include "core/sim/surface_sampling.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace wb::app {

namespace {

struct ReadOutcome {
    std::shared_ptr<const sim::SolveResult> result;
    QString error;                               ///< translated
    std::map<std::string, std::string> singular; ///< result.json: field -> its maximum's kind
};

/// The `singular` kinds of result.json's maxima (docs/study-format.md), read by the summary
/// reader; none when it is missing or unreadable (the fields alone still show).
std::map<std::string, std::string> singularMaxima(const QString& dir) {
    std::map<std::string, std::string> out;
    if (const auto summary = sim::loadResultSummary(dir.toStdString()))
        for (const sim::FieldExtreme& e : summary->max)
            if (!e.singular.empty()) out[e.field] = e.singular;
    return out;
}

ReadOutcome readResult(const QString& dir) {
    const QString file = QDir(dir).filePath(QStringLiteral("fields.wbf"));
    if (!QFileInfo(file).isFile())
        return {nullptr,
                ResultDisplay::tr("The result folder %1 has no field file (fields.wbf).")
                    .arg(QDir::toNativeSeparators(dir)),
                {}};
    auto read = sim::readFieldFile(file.toStdString());
    if (!read || !read->model)
        return {nullptr,
                ResultDisplay::tr("The field file %1 cannot be read: it is damaged or not a "
                                  "Werkbank field file.")
                    .arg(QDir::toNativeSeparators(file)),
                {}};
    if (sim::scalarViews(*read).empty())
        return {nullptr,
                ResultDisplay::tr("The field file %1 holds no field that can be shown.")
                    .arg(QDir::toNativeSeparators(file)),
                {}};
    return {std::make_shared<const sim::SolveResult>(std::move(*read)), {}, singularMaxima(dir)};
}

} // namespace

ResultDisplay::ResultDisplay(ViewportWidget* viewport, QObject* parent)
    : QObject(parent), m_viewport(viewport) {
    m_legend = new ResultLegend(viewport);
    m_legend->hide();
    m_probes = new ProbeTool(viewport, this);
    connect(m_legend, &ResultLegend::extremeClicked, this, &ResultDisplay::showExtreme);
    viewport->installEventFilter(this);
    connect(viewport, &ViewportWidget::assemblyChanged, this, [this] {
        // Another scene (e.g. reloaded): its own size and vertices.
        m_displacements.clear();
        if (!m_result) return;
        if (const auto scene = m_viewport->assembly(); !scene || scene->instances().empty())
            return close(); // nothing left to show it on
        updateAutoScale();
        if (!m_customDeformation) applyDeformation();
        m_viewport->setColourScale(m_scale);
        m_viewport->setDeformationScale(m_deformationScale);
        syncControls();
        resample(true);
    });
    createToolBar();
}

ResultDisplay::~ResultDisplay() = default;

bool ResultDisplay::isBusy() const {
    return m_pendingReads > 0 || m_pendingSamples > 0;
}

void ResultDisplay::open(const QString& dir) {
    const int generation = ++m_readGeneration;
    ++m_pendingReads;
    auto* watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this, [=, this] {
        --m_pendingReads;
        const ReadOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_readGeneration) return;
        if (outcome.result) m_singular = outcome.singular;
        onRead(dir, outcome.result, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(readResult, dir));
}

void ResultDisplay::showLive(std::shared_ptr<const sim::SolveResult> result) {
    if (!result || sim::scalarViews(*result).empty()) return;
    ++m_readGeneration; // a folder being read would replace it
    m_singular.clear();
    onRead(QString(), std::move(result), {});
    m_live = true;
}

void ResultDisplay::onRead(const QString& dir, std::shared_ptr<const sim::SolveResult> result,
                           const QString& error) {
    if (!result) {
        m_error = error;
        emit failed(error);
        return;
    }
    m_error.clear();
    m_dir = dir;
    m_live = false;
    m_result = std::move(result);
    m_views = sim::scalarViews(*m_result);
    // Keep the field shown before when the new result has it.
    const auto same = std::find(m_views.begin(), m_views.end(), m_view);
    m_view = same != m_views.end() ? *same : m_views.front();
    m_fieldRange = sim::scalarRange(*m_result, m_view);
    updateAutoScale();
    m_displacements.clear();
    fillFields();
    m_probes->setResult(m_result, m_view);
    updateScale();
    applyDeformation();
    syncControls();
    m_toolBar->show();
    resample(true);
    emit loaded();
}

void ResultDisplay::close() {
    ++m_readGeneration;
    ++m_sampleGeneration;
    m_result.reset();
    m_live = false;
    m_views.clear();
    m_displacements.clear();
    m_dir.clear();
    m_legend->clear();
    m_legend->hide();
    m_probes->setResult(nullptr, {});
    if (m_viewport) {
        m_viewport->clearResult();
        m_viewport->setDeformationScale(0.0);
    }
    fillFields();
    syncControls();
    m_toolBar->hide();
}

void ResultDisplay::updateAutoScale() {
    const auto scene = m_viewport ? m_viewport->assembly() : nullptr;
    const double diagonal = scene ? scene->bbox().diagonal() * metresPerUnit() : 0.0;
    m_autoScale = m_result ? sim::autoDeformationScale(*m_result, diagonal) : 0.0;
}

double ResultDisplay::metresPerUnit() const {
    const auto scene = m_viewport ? m_viewport->assembly() : nullptr;
    return scene && scene->metresPerUnit() > 0 ? scene->metresPerUnit() : 1e-3;
}

ResultDisplay::Sampled ResultDisplay::sample(std::shared_ptr<const sim::SolveResult> result,
                                             std::shared_ptr<const core::Assembly> scene,
                                             sim::ScalarView view, bool withDisplacements) {
    if (!result || !scene) return {};
    auto sampled = sim::sampleOnAssembly(*result, *scene, view, withDisplacements);
    return {std::move(sampled.values), std::move(sampled.displacements)};
}

void ResultDisplay::resample(bool withDisplacements) {
    if (!m_result || !m_viewport) return;
    const int generation = ++m_sampleGeneration;
    ++m_pendingSamples;
    auto* watcher = new QFutureWatcher<Sampled>(this);
    connect(watcher, &QFutureWatcher<Sampled>::finished, this, [=, this] {
        --m_pendingSamples;
        Sampled sampled = watcher->result();
        watcher->deleteLater();
        if (generation != m_sampleGeneration || !m_result || !m_viewport) return;
        if (withDisplacements) m_displacements = std::move(sampled.displacements);
        m_viewport->setResult(std::move(sampled.values), m_displacements);
        emit displayUpdated();
    });
    watcher->setFuture(QtConcurrent::run(&ResultDisplay::sample, m_result, m_viewport->assembly(),
                                         m_view, withDisplacements));
}

void ResultDisplay::updateScale() {
    if (!m_result) return;
    double lo = m_fieldRange.valid ? m_fieldRange.min : 0.0;
    double hi = m_fieldRange.valid ? m_fieldRange.max : 0.0;
    if (m_rangeMode != RangeMode::Automatic) lo = m_rangeMin, hi = m_rangeMax;
    render::ColourScale scale =
        m_rangeMode == RangeMode::Automatic
            ? render::scaleForRange(lo, hi, m_view.signedValues, m_bands)
            : render::scaleForChosenRange(lo, hi, m_view.signedValues, m_bands);
    if (m_rainbow) scale.kind = render::ColourMapKind::Rainbow;
    m_scale = scale;
    m_rangeMin = scale.min;
    m_rangeMax = scale.max;
    if (m_viewport) m_viewport->setColourScale(m_scale);
    m_legend->setView(m_view, m_scale, m_fieldRange);
    // A stress peak that depends on the voxel size says so (scalar fields' own maximum).
    const auto singular = m_singular.find(m_view.field);
    m_legend->setNote(m_view.reduction == sim::Reduction::Value && singular != m_singular.end()
                          ? ResultLegend::singularNote(singular->second)
                          : QString());
    m_legend->show();
    m_legend->raise();
    placeLegend();
    syncControls();
}

bool ResultDisplay::setView(const QString& id) {
    if (!m_result) return false;
    const auto view = sim::findScalarView(*m_result, id.toStdString());
    if (!view) return false;
    if (*view == m_view) return true;
    m_view = *view;
    m_fieldRange = sim::scalarRange(*m_result, m_view);
    m_probes->setView(m_view);
    updateScale();
    resample(m_displacements.empty());
    return true;
}

void ResultDisplay::setBands(int bands) {
    m_bands = std::max(bands, 0);
    updateScale();
}

void ResultDisplay::setRainbow(bool rainbow) {
    m_rainbow = rainbow;
    updateScale();
}

void ResultDisplay::setRangeMode(RangeMode mode) {
    m_rangeMode = mode; // Locked keeps the range shown now (m_rangeMin, m_rangeMax)
    updateScale();
}

void ResultDisplay::setRange(double min, double max) {
    if (!std::isfinite(min) || !std::isfinite(max)) return;
    m_rangeMode = RangeMode::Custom;
    m_rangeMin = min;
    m_rangeMax = max;
    updateScale();
}

void ResultDisplay::setDeformation(Deformation preset) {
    m_deformation = preset;
    applyDeformation();
    syncControls();
}

void ResultDisplay::applyDeformation() {
    m_customDeformation = false;
    switch (m_deformation) {
    case Deformation::Undeformed:
        m_deformationScale = 0;
        break;
    case Deformation::Automatic:
        m_deformationScale = m_autoScale;
        break;
    case Deformation::Actual:
        m_deformationScale = 1;
        break;
    case Deformation::HalfAuto:
        m_deformationScale = 0.5 * m_autoScale;
        break;
    case Deformation::TwiceAuto:
        m_deformationScale = 2 * m_autoScale;
        break;
    case Deformation::FiveAuto:
        m_deformationScale = 5 * m_autoScale;
        break;
    }
    if (m_viewport && m_result) m_viewport->setDeformationScale(m_deformationScale);
}

void ResultDisplay::showExtreme(bool maximum) {
    if (!m_viewport || !m_fieldRange.valid) return;
    const sim::Point3& at = maximum ? m_fieldRange.maxAt : m_fieldRange.minAt;
    const double unit = metresPerUnit();
    m_viewport->centreOn(QVector3D(float(at[0] / unit), float(at[1] / unit), float(at[2] / unit)));
}

void ResultDisplay::placeLegend() {
    if (!m_viewport) return;
    const QSize size = m_legend->sizeHint();
    constexpr int kMargin = 8;
    m_legend->setGeometry(m_viewport->width() - size.width() - kMargin, kMargin, size.width(),
                          std::min(size.height(), m_viewport->height() - 2 * kMargin));
}

bool ResultDisplay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_viewport && event->type() == QEvent::Resize) placeLegend();
    if (watched == m_toolBar && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace wb::app
