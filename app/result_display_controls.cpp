// ResultDisplay: the Results toolbar (field, colour map, bands, range, deformation scale).
#include "result_display.h"

#include "preferences.h"
#include "probe_tool.h"
#include "quantity_editor.h"
#include "result_legend.h"
#include "viewport_widget.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolBar>

#include <cmath>

namespace wb::app {

namespace {

constexpr int kBandChoices[] = {0, 5, 8, 10, 12, 16, 20};
/// Slider steps per automatic scale: the slider runs from 0 to 5 times the automatic scale.
constexpr int kSliderPerAuto = 20, kSliderMax = 5 * kSliderPerAuto;

} // namespace

void ResultDisplay::createToolBar() {
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("resultsToolBar"));
    m_toolBar->installEventFilter(this);
    m_fieldLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_fieldLabel);
    m_fieldBox = new QComboBox(m_toolBar);
    m_fieldBox->setObjectName(QStringLiteral("resultField"));
    m_fieldBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fieldBox->setMinimumContentsLength(22);
    m_toolBar->addWidget(m_fieldBox);
    m_mapBox = new QComboBox(m_toolBar);
    m_mapBox->setObjectName(QStringLiteral("resultColourMap"));
    m_toolBar->addWidget(m_mapBox);
    m_bandsBox = new QComboBox(m_toolBar);
    m_bandsBox->setObjectName(QStringLiteral("resultBands"));
    m_toolBar->addWidget(m_bandsBox);
    m_toolBar->addSeparator();
    m_rangeLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_rangeLabel);
    m_rangeBox = new QComboBox(m_toolBar);
    m_rangeBox->setObjectName(QStringLiteral("resultRange"));
    m_toolBar->addWidget(m_rangeBox);
    m_minEdit = new QuantityEditor(m_toolBar);
    m_maxEdit = new QuantityEditor(m_toolBar);
    for (QuantityEditor* e : {m_minEdit, m_maxEdit}) {
        e->setSignificantDigits(4);
        e->setMinimumWidth(90);
        e->setMaximumWidth(130);
        m_toolBar->addWidget(e);
        connect(e, &QuantityEditor::valueEdited, this, [this] {
            if (m_minEdit->value() && m_maxEdit->value())
                setRange(*m_minEdit->value(), *m_maxEdit->value());
        });
    }
    m_toolBar->addSeparator();
    m_deformLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_deformLabel);
    m_deformBox = new QComboBox(m_toolBar);
    m_deformBox->setObjectName(QStringLiteral("resultDeformation"));
    m_toolBar->addWidget(m_deformBox);
    m_deformSlider = new QSlider(Qt::Horizontal, m_toolBar);
    m_deformSlider->setObjectName(QStringLiteral("resultDeformationSlider"));
    m_deformSlider->setRange(0, kSliderMax);
    m_deformSlider->setMinimumWidth(100);
    m_deformSlider->setMaximumWidth(160);
    m_toolBar->addWidget(m_deformSlider);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_probes->probeModeAction());
    m_closeAction = m_toolBar->addAction(QString(), this, &ResultDisplay::close);
    for (QComboBox* box : {m_mapBox, m_bandsBox, m_rangeBox, m_deformBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    connect(m_fieldBox, &QComboBox::activated, this,
            [this](int index) { setView(m_fieldBox->itemData(index).toString()); });
    connect(m_mapBox, &QComboBox::activated, this, [this](int index) { setRainbow(index == 1); });
    connect(m_bandsBox, &QComboBox::activated, this,
            [this](int index) { setBands(m_bandsBox->itemData(index).toInt()); });
    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setRangeMode(RangeMode(index)); });
    connect(m_deformBox, &QComboBox::activated, this,
            [this](int index) { setDeformation(Deformation(index)); });
    connect(m_deformSlider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_result) return;
        // Without an automatic scale (nothing moved) the slider gives multiples of 1.
        const double unit = m_autoScale > 0 ? m_autoScale : 1.0;
        m_deformationScale = unit * value / kSliderPerAuto;
        m_customDeformation = true;
        const QSignalBlocker block(m_deformBox);
        m_deformBox->setCurrentIndex(-1); // a scale of its own
        m_viewport->setDeformationScale(m_deformationScale);
    });
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::unitSystemChanged, this,
            [this] { placeLegend(); });
    retranslate();
    m_toolBar->hide(); // shown with a result
}

void ResultDisplay::retranslate() {
    const QSignalBlocker blockToolBar(m_toolBar);
    m_toolBar->setWindowTitle(tr("Results"));
    m_fieldLabel->setText(tr("Result:"));
    m_rangeLabel->setText(tr("Range:"));
    m_deformLabel->setText(tr("Deformation:"));
    m_closeAction->setText(tr("Close Result"));
    m_closeAction->setToolTip(tr("Removes the result from the model"));
    m_minEdit->setToolTip(tr("Lowest value of the colour range"));
    m_maxEdit->setToolTip(tr("Highest value of the colour range"));
    m_deformSlider->setToolTip(tr("Deformation scale, from none to 5 times the automatic scale"));
    const QSignalBlocker blockMap(m_mapBox), blockBands(m_bandsBox), blockRange(m_rangeBox),
        blockDeform(m_deformBox);
    m_mapBox->clear();
    m_mapBox->addItems({tr("Automatic colours"), tr("Rainbow")});
    m_bandsBox->clear();
    for (int bands : kBandChoices)
        m_bandsBox->addItem(bands == 0 ? tr("Continuous") : tr("%n bands", nullptr, bands), bands);
    m_rangeBox->clear();
    m_rangeBox->addItems({tr("Automatic range"), tr("Locked range"), tr("Typed range")});
    m_deformBox->clear();
    m_deformBox->addItems({tr("Undeformed"), tr("Automatic (5% of size)"), tr("Actual size"),
                           tr("0.5 × automatic"), tr("2 × automatic"), tr("5 × automatic")});
    fillFields();
    syncControls();
}

void ResultDisplay::fillFields() {
    const QSignalBlocker block(m_fieldBox);
    m_fieldBox->clear();
    for (const sim::ScalarView& view : m_views)
        m_fieldBox->addItem(ResultLegend::viewName(view), QString::fromStdString(view.id()));
    m_fieldBox->setCurrentIndex(m_fieldBox->findData(QString::fromStdString(m_view.id())));
}

void ResultDisplay::syncControls() {
    const QSignalBlocker blockField(m_fieldBox), blockMap(m_mapBox), blockBands(m_bandsBox),
        blockRange(m_rangeBox), blockDeform(m_deformBox), blockSlider(m_deformSlider);
    m_fieldBox->setCurrentIndex(m_fieldBox->findData(QString::fromStdString(m_view.id())));
    m_mapBox->setCurrentIndex(m_rainbow ? 1 : 0);
    m_bandsBox->setCurrentIndex(m_bandsBox->findData(m_bands));
    m_rangeBox->setCurrentIndex(int(m_rangeMode));
    for (QuantityEditor* e : {m_minEdit, m_maxEdit}) {
        e->setQuantity(m_view.quantity);
        e->setReadOnly(m_rangeMode == RangeMode::Automatic);
    }
    if (m_result) {
        m_minEdit->setValue(m_scale.min);
        m_maxEdit->setValue(m_scale.max);
    } else {
        m_minEdit->clearValue();
        m_maxEdit->clearValue();
    }
    m_deformBox->setCurrentIndex(m_customDeformation ? -1 : int(m_deformation));
    const double unit = m_autoScale > 0 ? m_autoScale : 1.0;
    m_deformSlider->setValue(
        int(std::lround(std::min(m_deformationScale / unit * kSliderPerAuto, double(kSliderMax)))));
}

} // namespace wb::app
