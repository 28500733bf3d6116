// Study JSON: round trip and rejection of bad fields naming the field path.
#include "sim_check.h"

using namespace wb::sim;

namespace {

const std::string kStudy = R"({
  "format": "werkbank-study", "version": 1, "name": "Cantilever",
  "analysis": "static_structural",
  "geometry": { "file": "beam.step", "length_unit": "mm" },
  "mesh": { "voxel_size": 0.00125 },
  "materials": [ { "parts": "*", "material": "structural_steel" },
                 { "parts": "web*", "material": { "name": "x", "youngs_modulus": 1e9, "poisson_ratio": 0.25,
                   "density": 900, "yield_strength": 3e7, "thermal_conductivity": 0.2 } } ],
  "supports": [ { "name": "root", "type": "fixed",
      "select": { "box": { "min": [-0.0001, -0.001, -0.001], "max": [0.0001, 0.011, 0.011] } } } ],
  "loads": [ { "name": "tip", "type": "force", "vector": [0, 0, -1000],
      "select": { "box": { "min": [0.0999, -0.001, -0.001], "max": [0.1001, 0.011, 0.011] } } },
      { "name": "p", "type": "pressure", "value": 1e5, "select": { "faces": [ { "part": "beam", "face": 3 } ] } },
      { "name": "g", "type": "gravity", "vector": [0, 0, -9.81] } ],
  "probes": [ { "name": "tip", "point": [0.1, 0.005, 0.005] } ],
  "solver": { "tolerance": 1e-8, "max_iterations": 20000, "backend": "auto" }
})";

std::string replaced(const std::string& from, const std::string& to) {
    std::string s = kStudy;
    const auto pos = s.find(from);
    if (pos == std::string::npos) {
        std::cerr << "fixture lacks " << from << "\n";
        std::abort();
    }
    return s.replace(pos, from.size(), to);
}

void expectError(const std::string& text, const std::string& context) {
    auto s = parseStudy(text);
    SIM_CHECK(!s.has_value());
    if (!s) {
        if (s.error().context != context)
            std::cerr << "expected context " << context << ", got '" << s.error().context
                      << "': " << s.error().toString() << "\n";
        SIM_CHECK(s.error().context == context);
        SIM_CHECK(s.error().toString().find(context) != std::string::npos);
    }
}

} // namespace

int main() {
    auto study = parseStudy(kStudy);
    SIM_CHECK(study.has_value());
    if (!study) {
        std::cerr << study.error().toString() << "\n";
        return 1;
    }
    SIM_CHECK(study->loads.size() == 3 && study->materials.size() == 2);
    SIM_CHECK(study->materials[1].inlineMaterial &&
              study->materials[1].inlineMaterial->youngsModulus == 1e9);
    const std::string once = dumpJson(studyToJson(*study));
    auto again = parseStudy(once);
    SIM_CHECK(again.has_value());
    if (again) SIM_CHECK(dumpJson(studyToJson(*again)) == once);
    SIM_CHECK(once.find("\"voxel_size\": 0.00125") != std::string::npos);

    expectError(replaced("\"voxel_size\": 0.00125", "\"voxel_size\": -0.00125"), "mesh.voxel_size");
    // NaN is no JSON number: the reader refuses it at its place, before the fields are read
    expectError(replaced("\"voxel_size\": 0.00125", "\"voxel_size\": NaN"), "5:27");
    expectError(replaced("[0, 0, -1000]", "[0, NaN, -1000]"), "11:62");
    expectError(replaced("[0, 0, -1000]", "[0, 1e999, -1000]"), "11:62");
    expectError(replaced("\"structural_steel\"", "\"unobtainium\""), "materials[0].material");
    expectError(replaced("\"name\": \"root\",", "\"name\": \"root\", \"colour\": 1,"),
                "supports[0].colour");
    expectError(replaced("\"analysis\": \"static_structural\",", ""), "analysis");
    expectError(replaced("\"poisson_ratio\": 0.25", "\"poisson_ratio\": 0.5"),
                "materials[1].material.poisson_ratio");
    expectError(replaced("\"type\": \"fixed\"", "\"type\": \"fixed_temperature\""),
                "supports[0].type");
    expectError(replaced("\"backend\": \"auto\"", "\"backend\": \"tpu\""), "solver.backend");
    expectError(replaced("{ \"voxel_size\": 0.00125 }",
                         "{ \"voxel_size\": 0.00125, \"target_voxels\": 5 }"),
                "mesh");
    auto syntax = parseStudy("{\"format\": ");
    SIM_CHECK(!syntax && syntax.error().code == wb::core::ErrorCode::InvalidArgument &&
              syntax.error().id == "json.syntax" && syntax.error().context == "1:12");
    return simtest::finish("tst_study_json");
}
