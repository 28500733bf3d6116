#pragma once
/// The supports and loads of a study as glyphs (condition_glyphs.h): their faces, their
/// colours and their symbols, chosen by type through the analysis registry.

#include "condition_glyphs.h"

#include "core/model/assembly.h"
#include "core/sim/study.h"

#include <vector>

namespace wb::render {

/// Glyph ids of studyGlyphs(): supports[i] and loads[i].
constexpr int supportGlyphId(int index) {
    return 2 * index;
}
constexpr int loadGlyphId(int index) {
    return 2 * index + 1;
}
/// The item a glyph id of studyGlyphs() names.
struct StudyGlyphItem {
    bool load = false;
    int index = -1;
};
constexpr StudyGlyphItem studyGlyphItem(int id) {
    return id < 0 ? StudyGlyphItem{} : StudyGlyphItem{id % 2 == 1, id / 2};
}

/// The colour of a support or load: the hue of its type's family (structural supports blue to
/// violet, forces red, pressures magenta, thermal loads orange to cyan), in a shade chosen by
/// its name, so that it keeps its colour while other items come and go.
QRgb conditionColor(const sim::Condition& c);
/// Blue (0) through cyan, green and yellow to red (1); `t` is clamped.
QRgb temperatureColor(double t);

/// A glyph for every support and load of `study` that is not suppressed and selects faces or
/// a box: faces resolved below `base` (the node of the study's geometry file in `scene`, see
/// sim::resolveFaceRefs), boxes converted from metres to scene units. Supports whose one
/// parameter is a temperature are tinted by temperatureColor() over the span of the study's
/// temperatures. The glyph with id `emphasisedId` is emphasised.
std::vector<ConditionGlyph> studyGlyphs(const sim::Study& study, const core::Assembly& scene,
                                        int base, int emphasisedId = -1);

} // namespace wb::render
