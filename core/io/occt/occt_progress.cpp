#include "occt_progress.h"

namespace wb::core::io {

OcctProgress::OcctProgress(const ImportOptions& options, std::string stage, double from, double to)
    : m_options(options), m_stage(std::move(stage)), m_from(from), m_to(to) {}

Standard_Boolean OcctProgress::UserBreak() {
    return m_options.cancelled();
}

void OcctProgress::Show(const Message_ProgressScope&, const Standard_Boolean force) {
    if (m_stage.empty()) return;
    const double position = GetPosition();
    if (!force && position - m_lastShown < 0.01) return;
    m_lastShown = position;
    m_options.report(m_stage, m_from + (m_to - m_from) * position);
}

} // namespace wb::core::io
