#include "probe_markers.h"

#include "probe_table.h"
#include "viewport_widget.h"

#include <QPainter>
#include <QPainterPath>

namespace wb::app {

ProbeMarkers::ProbeMarkers(ProbeTable* table, ViewportWidget* viewport)
    : QWidget(viewport), m_table(table), m_viewport(viewport) {
    setObjectName(QStringLiteral("probeMarkers"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    // A frame drawn (camera or deformation changed) moves the markers.
    connect(viewport, &QOpenGLWidget::frameSwapped, this, &ProbeMarkers::reposition);
    connect(table, &QAbstractItemModel::modelReset, this, &ProbeMarkers::reposition);
    connect(table, &QAbstractItemModel::rowsInserted, this, &ProbeMarkers::reposition);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &ProbeMarkers::reposition);
    connect(table, &QAbstractItemModel::dataChanged, this, [this] { update(); }); // renamed
}

void ProbeMarkers::reposition() {
    std::vector<QPointF> positions;
    if (m_viewport && isVisible()) {
        const auto scene = m_viewport->assembly();
        const double unit = scene && scene->metresPerUnit() > 0 ? scene->metresPerUnit() : 1e-3;
        const double scale = m_viewport->deformationScale();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const sim::Point3& p = m_table->probes()[std::size_t(row)].point;
            const sim::Point3 u = m_table->displacement(row);
            positions.push_back(m_viewport->project(
                QVector3D(float((p[0] + scale * u[0]) / unit), float((p[1] + scale * u[1]) / unit),
                          float((p[2] + scale * u[2]) / unit))));
        }
    }
    if (positions == m_positions) return;
    m_positions = std::move(positions);
    update();
}

void ProbeMarkers::paintEvent(QPaintEvent*) {
    if (m_positions.size() != std::size_t(m_table->rowCount())) return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    constexpr double kRadius = 5.0;
    for (std::size_t i = 0; i < m_positions.size(); ++i) {
        const QPointF at = m_positions[i];
        if (!rect().contains(at.toPoint())) continue;
        painter.setPen(QPen(Qt::white, 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, kRadius, kRadius);
        painter.setPen(QPen(QColor(20, 20, 20), 1.5));
        painter.setBrush(QColor(255, 200, 0));
        painter.drawEllipse(at, kRadius - 1, kRadius - 1);
        // The name with a light halo, readable on every colour of the map.
        const QString name = QString::fromStdString(m_table->probes()[i].name);
        QPainterPath text;
        text.addText(at + QPointF(kRadius + 4, -kRadius - 2), font(), name);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0));
        painter.drawPath(text);
        painter.fillPath(text, QColor(20, 20, 20));
    }
}

} // namespace wb::app
