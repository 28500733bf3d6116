#include "study_glyphs.h"

#include "core/sim/analysis.h"
#include "core/sim/face_refs.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

namespace wb::render {
namespace {

using Direction = GlyphArrows::Direction;

std::uint32_t fnv1a(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (const char c : text)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    return h;
}

/// The hue (degrees) of a type's family; unknown types get one from their name.
int familyHue(const std::string& type) {
    static const struct {
        const char* type;
        int hue;
    } kHues[] = {{"fixed", 212},    {"frictionless", 176}, {"displacement", 258},
                 {"force", 2},      {"pressure", 300},     {"gravity", 40},
                 {"heat_flux", 24}, {"convection", 192},   {"heat_source", 330}};
    for (const auto& h : kHues)
        if (type == h.type) return h.hue;
    return int(fnv1a(type) % 360u);
}

/// A support whose one parameter is a temperature (a fixed temperature): coloured by it.
bool isTemperature(const sim::ConditionKind* kind) {
    return kind && kind->params.size() == 1 &&
           kind->params[0].shape == sim::ParamSpec::Shape::Scalar &&
           kind->params[0].quantity == sim::Quantity::Temperature;
}

/// The symbols of a type: what it does, drawn on its faces.
void addSymbols(ConditionGlyph& g, const sim::Condition& c, const sim::ConditionKind* kind) {
    const std::string& t = c.type;
    const auto arrows = [&](Direction d, QVector3D v = {}, bool head = true) {
        g.arrows.push_back({d, v, head});
    };
    const auto signedNormal = [&](double value) {
        arrows(value >= 0 ? Direction::IntoFaces : Direction::OutOfFaces);
    };
    if (t == "fixed") {
        g.hatch = true;
    } else if (t == "frictionless") {
        g.tint = 70;
        arrows(Direction::OutOfFaces, {}, false);
    } else if (t == "displacement") {
        // An arrow along each prescribed axis (its sign), a mark where it is held at zero.
        g.tint = 70;
        static const char* const kAxes[3] = {"x", "y", "z"};
        for (int a = 0; a < 3; ++a)
            if (const auto v = c.component("components", kAxes[a])) {
                QVector3D axis;
                axis[a] = *v < 0 ? -1.0f : 1.0f;
                arrows(Direction::Along, axis, *v != 0);
            }
    } else if (t == "force") {
        g.tint = 60;
        const sim::Point3 f = c.vector("vector");
        arrows(Direction::Along, QVector3D(float(f[0]), float(f[1]), float(f[2])));
    } else if (t == "pressure" || t == "heat_flux") {
        g.tint = 60;
        signedNormal(c.scalar("value")); // positive: into the body
    } else if (t == "convection") {
        g.tint = 90;
        arrows(Direction::OutOfFaces, {}, false);
    } else if (t == "heat_source") {
        g.tint = 90;
        arrows(Direction::OutOfFaces);
    } else if (isTemperature(kind)) {
        g.tint = 225;
    } else {
        // A type added later: tinted, with arrows along its vector if it has one.
        g.tint = 110;
        if (kind)
            for (const sim::ParamSpec& p : kind->params)
                if (p.shape == sim::ParamSpec::Shape::Vector) {
                    const sim::Point3 v = c.vector(p.key);
                    arrows(Direction::Along, QVector3D(float(v[0]), float(v[1]), float(v[2])));
                }
    }
    // Arrows along a zero vector show nothing.
    std::erase_if(g.arrows, [](const GlyphArrows& a) {
        return a.direction == Direction::Along && a.vector.isNull();
    });
}

} // namespace

QRgb conditionColor(const sim::Condition& c) {
    // Four shades per family, picked by the name.
    static const int kHueShift[4] = {0, 10, -8, 5};
    static const int kValue[4] = {235, 195, 255, 165};
    const int shade = int(fnv1a(c.name) % 4u);
    const int hue = (familyHue(c.type) + kHueShift[shade] + 360) % 360;
    return QColor::fromHsv(hue, 215, kValue[shade]).rgb();
}

QRgb temperatureColor(double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.5, 0.0, 1.0);
    return QColor::fromHsvF(float((1.0 - t) * 235.0 / 360.0), 0.85f, 0.95f).rgb();
}

std::vector<ConditionGlyph> studyGlyphs(const sim::Study& study, const core::Assembly& scene,
                                        int base, int emphasisedId) {
    std::vector<ConditionGlyph> glyphs;
    const sim::AnalysisKind* analysis = sim::findAnalysis(study.analysis);
    const auto kindOf = [&](const sim::Condition& c, bool load) -> const sim::ConditionKind* {
        return !analysis ? nullptr : (load ? analysis->load(c.type) : analysis->support(c.type));
    };
    // The span of the study's temperatures, for the colours of fixed temperatures.
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    for (const bool load : {false, true})
        for (const sim::Condition& c : load ? study.loads : study.supports) {
            const sim::ConditionKind* kind = kindOf(c, load);
            if (c.suppressed || !kind) continue;
            for (const sim::ParamSpec& p : kind->params)
                if (p.quantity == sim::Quantity::Temperature &&
                    p.shape == sim::ParamSpec::Shape::Scalar) {
                    lowest = std::min(lowest, c.scalar(p.key));
                    highest = std::max(highest, c.scalar(p.key));
                }
        }
    const double unitsPerMetre = scene.metresPerUnit() > 0 ? 1.0 / scene.metresPerUnit() : 1.0;
    for (const bool load : {false, true}) {
        const auto& list = load ? study.loads : study.supports;
        for (int i = 0; i < int(list.size()); ++i) {
            const sim::Condition& c = list[std::size_t(i)];
            if (c.suppressed || !c.select) continue;
            const sim::ConditionKind* kind = kindOf(c, load);
            ConditionGlyph g;
            g.id = load ? loadGlyphId(i) : supportGlyphId(i);
            g.emphasised = g.id == emphasisedId;
            g.color = conditionColor(c);
            if (const auto* refs = std::get_if<std::vector<sim::FaceRef>>(&c.select->value)) {
                if (base >= 0 && base < int(scene.nodes().size()))
                    g.faces = sim::resolveFaceRefs(scene, *refs, base);
            } else if (const auto* box = std::get_if<sim::BoxSelector>(&c.select->value)) {
                core::BBox b;
                b.add(core::Vec3{box->min[0], box->min[1], box->min[2]} * unitsPerMetre);
                b.add(core::Vec3{box->max[0], box->max[1], box->max[2]} * unitsPerMetre);
                g.boxes.push_back(b);
            }
            if (g.faces.empty() && g.boxes.empty()) continue;
            addSymbols(g, c, kind);
            if (isTemperature(kind)) {
                const double span = highest - lowest;
                const double value = c.scalar(kind->params[0].key);
                g.color = temperatureColor(span > 0 ? (value - lowest) / span : 0.5);
            }
            glyphs.push_back(std::move(g));
        }
    }
    return glyphs;
}

} // namespace wb::render
