#pragma once
/// Hex8 element matrices of a unit cube (2x2x2 Gauss), scaled by the voxel edge at use.

#include <array>

namespace wb::sim {

/// Gradient of shape function `a` (local order a + 2b + 4c) at unit coordinates `xi`.
std::array<double, 3> shapeGradient(int a, const std::array<double, 3>& xi);
/// Value of shape function `a` at unit coordinates `xi`.
double shapeValue(int a, const std::array<double, 3>& xi);

/// Elasticity stiffness of a unit cube split as K = lambda * lambdaPart + mu * muPart,
/// 24x24 row-major with DOF order (node * 3 + component). For edge h multiply by h.
struct ElasticityElement {
    std::array<double, 576> lambdaPart{};
    std::array<double, 576> muPart{};
};
const ElasticityElement& elasticityElement();

/// Conduction matrix of a unit cube (8x8); K = k * h * matrix.
const std::array<double, 64>& conductionElement();

} // namespace wb::sim
