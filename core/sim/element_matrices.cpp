#include "element_matrices.h"

#include <cmath>

namespace wb::sim {

double shapeValue(int a, const std::array<double, 3>& xi) {
    double v = 1;
    for (int d = 0; d < 3; ++d)
        v *= ((a >> d) & 1) ? xi[d] : 1 - xi[d];
    return v;
}

std::array<double, 3> shapeGradient(int a, const std::array<double, 3>& xi) {
    std::array<double, 3> g{};
    for (int d = 0; d < 3; ++d) {
        double v = ((a >> d) & 1) ? 1.0 : -1.0;
        for (int e = 0; e < 3; ++e)
            if (e != d) v *= ((a >> e) & 1) ? xi[e] : 1 - xi[e];
        g[d] = v;
    }
    return g;
}

namespace {
template <typename F> void gauss(F&& f) {
    const double q[2] = {0.5 - 0.5 / std::sqrt(3.0), 0.5 + 0.5 / std::sqrt(3.0)};
    for (int k = 0; k < 2; ++k)
        for (int j = 0; j < 2; ++j)
            for (int i = 0; i < 2; ++i)
                f(std::array<double, 3>{q[i], q[j], q[k]}, 0.125);
}

ElasticityElement buildElasticity() {
    ElasticityElement e;
    gauss([&](const std::array<double, 3>& xi, double w) {
        std::array<std::array<double, 3>, 8> g;
        for (int a = 0; a < 8; ++a)
            g[a] = shapeGradient(a, xi);
        for (int a = 0; a < 8; ++a)
            for (int i = 0; i < 3; ++i)
                for (int b = 0; b < 8; ++b)
                    for (int j = 0; j < 3; ++j) {
                        const int idx = (a * 3 + i) * 24 + b * 3 + j;
                        e.lambdaPart[idx] += w * g[a][i] * g[b][j];
                        double m = g[a][j] * g[b][i];
                        if (i == j) m += g[a][0] * g[b][0] + g[a][1] * g[b][1] + g[a][2] * g[b][2];
                        e.muPart[idx] += w * m;
                    }
    });
    return e;
}

std::array<double, 64> buildConduction() {
    std::array<double, 64> k{};
    gauss([&](const std::array<double, 3>& xi, double w) {
        for (int a = 0; a < 8; ++a)
            for (int b = 0; b < 8; ++b) {
                const auto ga = shapeGradient(a, xi), gb = shapeGradient(b, xi);
                k[a * 8 + b] += w * (ga[0] * gb[0] + ga[1] * gb[1] + ga[2] * gb[2]);
            }
    });
    return k;
}
} // namespace

const ElasticityElement& elasticityElement() {
    static const ElasticityElement e = buildElasticity();
    return e;
}

const std::array<double, 64>& conductionElement() {
    static const std::array<double, 64> k = buildConduction();
    return k;
}

} // namespace wb::sim
