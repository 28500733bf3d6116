#pragma once
/// Conversions between OCCT value types and core/model types (internal to core/io).

#include "core/model/assembly.h"
#include "core/model/transform.h"

#include <Quantity_ColorRGBA.hxx>
#include <TCollection_ExtendedString.hxx>
#include <gp_Trsf.hxx>

#include <string>

namespace wb::core::io {

/// Column-major Transform; the translation is multiplied by `scale`.
Transform toTransform(const gp_Trsf& trsf, double scale = 1.0);

/// sRGB colour with alpha.
Color toColor(const Quantity_ColorRGBA& rgba);

std::string toUtf8(const TCollection_ExtendedString& text);

/// Metres per unit for a STEP or IGES unit name ("MM", "MILLIMETRE", "INCH", ...), or 0.
double metresPerUnitName(std::string name);

} // namespace wb::core::io
