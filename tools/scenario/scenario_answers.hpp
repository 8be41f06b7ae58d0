// SPDX-License-Identifier: MIT
#pragma once
/// @file Answers a scenario's questions: within, distance, coverage and sweep.

#include "tools/scenario/answer.hpp"
#include "tools/scenario/scenario.hpp"
#include "tools/scenario/session.hpp"

#include "engine/coverage.hpp"

#include <vector>

namespace rangemap::scenario {

/// Called as work proceeds (done of total steps), e.g. to show a sweep's progress.
using Progress = SweepProgress;

/// Answers every question in order. @throws usage_error for unknown places or layers.
std::vector<Answer> answer_questions(const Scenario& scenario, Session& session, const Progress& progress = {});

} // namespace rangemap::scenario
