#include "project_view.h"

#include <cmath>

namespace wb::app {

namespace {

sim::Json vector(const QVector3D& v) {
    return sim::Json::array({double(v.x()), double(v.y()), double(v.z())});
}

std::optional<QVector3D> readVector(const sim::Json& json, const char* key) {
    const auto it = json.find(key);
    if (it == json.end() || !it->is_array() || it->size() != 3) return std::nullopt;
    float c[3];
    for (int i = 0; i < 3; ++i) {
        const sim::Json& n = (*it)[std::size_t(i)];
        if (!n.is_number()) return std::nullopt;
        c[i] = float(n.get<double>());
        if (!std::isfinite(c[i])) return std::nullopt;
    }
    return QVector3D(c[0], c[1], c[2]);
}

std::optional<CameraView> readCamera(const sim::Json& json) {
    if (!json.is_object()) return std::nullopt;
    const auto projection = json.find("projection");
    if (projection == json.end() || !projection->is_string() || *projection != "perspective")
        return std::nullopt;
    const auto eye = readVector(json, "eye");
    const auto target = readVector(json, "target");
    const auto up = readVector(json, "up");
    const auto fov = json.find("field_of_view");
    if (!eye || !target || !up || fov == json.end() || !fov->is_number()) return std::nullopt;
    const double degrees = fov->get<double>();
    if (!(degrees > 0 && degrees < 180) || (*eye - *target).lengthSquared() <= 0 ||
        up->lengthSquared() <= 0)
        return std::nullopt;
    return CameraView{*eye, *target, *up, float(degrees)};
}

} // namespace

sim::Json projectViewToJson(const ProjectView& view) {
    sim::Json json = sim::Json::object();
    if (view.displayMode) json["display_mode"] = int(*view.displayMode);
    if (view.camera) {
        const CameraView& c = *view.camera;
        json["camera"] = {{"projection", "perspective"},
                          {"eye", vector(c.eye)},
                          {"target", vector(c.target)},
                          {"up", vector(c.up)},
                          {"field_of_view", double(c.fieldOfView)}};
    }
    return json;
}

ProjectView projectViewFromJson(const sim::Json& json) {
    ProjectView view;
    if (!json.is_object()) return view;
    if (const auto mode = json.find("display_mode");
        mode != json.end() && mode->is_number_integer()) {
        const int m = mode->get<int>();
        if (m >= 0 && m <= int(render::DisplayMode::Wireframe))
            view.displayMode = render::DisplayMode(m);
    }
    if (const auto camera = json.find("camera"); camera != json.end())
        view.camera = readCamera(*camera);
    return view;
}

} // namespace wb::app
