// SPDX-License-Identifier: MIT
#pragma once
/// @file Answers a scenario's questions: within, distance, coverage and sweep.

#include "answer.hpp"
#include "scenario.hpp"
#include "session.hpp"

#include <functional>
#include <vector>

namespace rangemap::cli {

/// Called as work proceeds (done of total steps), e.g. to show a sweep's progress.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

/// Answers every question in order. @throws usage_error for unknown places or layers.
std::vector<Answer> answer_questions(const Scenario& scenario, Session& session, const Progress& progress = {});

} // namespace rangemap::cli
