#pragma once
/// Sizes of the symbols of supports and loads (internal to render). Lengths in logical
/// pixels; widths relative to a symbol's length.

#include <cstddef>

namespace wb::render::glyph_style {

inline constexpr float kArrowLength = 36.0f;
inline constexpr float kMarkLength = 14.0f; ///< an arrow without a head
inline constexpr float kHeadStart = 0.64f;  ///< where the head begins along the arrow
inline constexpr float kHeadHalfWidth = 0.17f;
inline constexpr float kShaftHalfWidth = 0.055f;
inline constexpr float kMarkHalfWidth = 0.1f;
/// How far symbols stand off their face, so that they do not sink into it.
inline constexpr float kLiftPixels = 2.0f;
/// An emphasised glyph: its symbols this much bigger, its tint this much stronger (of 255),
/// its stripes this much wider (fraction of the period).
inline constexpr float kEmphasisScale = 1.35f;
inline constexpr int kEmphasisTint = 70;
/// Hatching: the period of the diagonal stripes and the share of it that is drawn.
inline constexpr float kHatchPeriod = 12.0f;
inline constexpr float kHatchFraction = 0.4f, kEmphasisHatchFraction = 0.55f;
/// Arrows per face, and per glyph (glyphs on many faces get one arrow on some of them).
inline constexpr int kSamplesPerFace = 5;
inline constexpr std::size_t kMaxArrowsPerGlyph = 400;

} // namespace wb::render::glyph_style
