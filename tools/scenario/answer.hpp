// SPDX-License-Identifier: MIT
#pragma once
/// @file Answers to scenario questions as tables, and their three renderings:
/// an aligned table for people, JSON and CSV for programs.

#include "geodata/provenance.hpp"

#include <string>
#include <variant>
#include <vector>

namespace rangemap::scenario {

/// One table cell: text, a measured number (with the column's unit), or a count.
using Cell = std::variant<std::string, double, long long>;

struct Column {
    std::string name;  ///< machine name, e.g. "distance_km"
    std::string title; ///< heading for people, e.g. "distance (km)"
    int decimals = 1;  ///< for numbers in the people's table
};

struct Answer {
    std::string id;       ///< "questions[0]" or the question's id
    std::string kind;     ///< within, distance, coverage, sweep
    std::string question; ///< the question in words
    std::string method;   ///< how it was computed, ellipsoid, error bound
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<std::string> notes;
    geodata::DataUse data; ///< what the distances were measured between
};

/// One line for people: the sources and how far the data's positions let the distances be off.
std::string describe_data(const geodata::DataUse& use);

std::string format_table(const std::vector<Answer>& answers);
std::string format_json(const std::vector<Answer>& answers);
/// One CSV table: a leading "question" column, then each answer's columns; answers with
/// different columns follow each other separated by an empty line with their own header.
std::string format_csv(const std::vector<Answer>& answers);

} // namespace rangemap::scenario
