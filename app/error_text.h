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
};

} // namespace wb::app
