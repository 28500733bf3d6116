#pragma once
/// Bridge from OCCT's progress indicator to ImportOptions (internal to core/io).

#include "core/io/importer.h"

#include <Message_ProgressIndicator.hxx>

#include <string>

namespace wb::core::io {

/// Maps OCCT's position in [0, 1] to [from, to] of the import stage and lets OCCT stop when
/// the cancel token is set. With an empty stage it only relays cancellation.
class OcctProgress : public Message_ProgressIndicator {
public:
    OcctProgress(const ImportOptions& options, std::string stage, double from, double to);

    Standard_Boolean UserBreak() override;
    void Show(const Message_ProgressScope& scope, const Standard_Boolean force) override;

private:
    const ImportOptions& m_options;
    std::string m_stage;
    double m_from;
    double m_to;
    double m_lastShown = -1.0;
};

} // namespace wb::core::io
