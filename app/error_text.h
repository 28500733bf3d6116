#pragma once
/// Translated, user-facing text for core errors (core sends ids with arguments, never prose).

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>

namespace wb::app {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    /// The message for `error` in the current UI language; falls back to the English message.
    static QString message(const core::Error& error);
    /// The name of an import stage id ("reading" -> "Reading").
    static QString stageName(const QString& stage);

    // error_text_remote.cpp
    /// Errors of the simulation service, its connection and the solver ("auth.bad_token",
    /// "remote.unavailable", "job.interrupted", "sim.rigid_body", ...); empty for other ids.
    static QString remoteMessage(const core::Error& error);
    /// A line of a job's log: a message id with its arguments, as the service sends them in
    /// Log events ("job.started") or as the Jobs dock records them ("jobs.*").
    static QString logMessage(const QString& id, const QStringList& args);
    /// The name of a solve stage id ("voxelize" -> "Voxelizing").
    static QString solveStageName(const QString& stage);
};

} // namespace wb::app
