// SPDX-License-Identifier: MIT
#include "tools/scenario/answer.hpp"
#include "tools/scenario/answer_json.hpp"

#include "engine/length.hpp"
#include "engine/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rangemap::scenario {

namespace {

std::string cell_text(const Cell& c, int decimals) {
    if (const auto* s = std::get_if<std::string>(&c)) return *s;
    if (const auto* d = std::get_if<double>(&c)) return format_number(*d, decimals, true);
    return format_number(static_cast<double>(std::get<long long>(c)), 0);
}

/// Display width in terminal columns: UTF-8 continuation bytes take none.
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string describe_data(const geodata::DataUse& use) {
    std::vector<std::string> names, unknown;
    for (const auto& s : geodata::sources_of(use)) {
        names.push_back(s.source);
        if (!s.uncertainty_m) unknown.push_back(s.source);
    }
    if (!unknown.empty()) {
        return fmt::format("{}; the positional accuracy of {} is not known", fmt::join(names, ", "),
                           fmt::join(unknown, ", "));
    }
    const auto u = geodata::distance_uncertainty(use);
    if (!u || *u == 0) return fmt::format("{}", fmt::join(names, ", "));
    return fmt::format("{}; the data's positions leave distances uncertain by up to ±{}", fmt::join(names, ", "),
                       format_length(Length::metres(*u), LengthUnit::km, 1));
}

std::string format_table(const std::vector<Answer>& answers) {
    std::string out;
    for (const auto& a : answers) {
        if (!out.empty()) out += "\n";
        out += fmt::format("{}: {}\n", a.id, a.question);
        std::vector<std::string> head;
        for (const auto& c : a.columns) head.push_back(c.title);
        std::vector<std::vector<std::string>> cells;
        for (const auto& row : a.rows) {
            std::vector<std::string> r;
            for (std::size_t i = 0; i < row.size() && i < a.columns.size(); ++i)
                r.push_back(cell_text(row[i], a.columns[i].decimals));
            cells.push_back(std::move(r));
        }
        std::vector<std::size_t> w(head.size());
        for (std::size_t i = 0; i < head.size(); ++i) {
            w[i] = width(head[i]);
            for (const auto& r : cells) {
                if (i < r.size()) w[i] = std::max(w[i], width(r[i]));
            }
        }
        const auto line = [&](const std::vector<std::string>& r, bool header) {
            std::string s = " ";
            for (std::size_t i = 0; i < r.size(); ++i) {
                const bool numeric = !header && !a.rows.empty() && i < a.rows.front().size() &&
                                     !std::holds_alternative<std::string>(a.rows.front()[i]);
                const std::string pad(w[i] - width(r[i]), ' ');
                s += " " + (numeric ? pad + r[i] : r[i] + pad) + " ";
            }
            while (!s.empty() && s.back() == ' ') s.pop_back();
            return s + "\n";
        };
        out += line(head, true);
        std::string rule = " ";
        for (std::size_t x : w) rule += " " + std::string(x, '-') + " ";
        while (!rule.empty() && rule.back() == ' ') rule.pop_back();
        out += rule + "\n";
        for (const auto& r : cells) out += line(r, false);
        if (cells.empty()) out += "  (none)\n";
        out += fmt::format("  method: {}\n", a.method);
        if (!a.data.from.empty() || !a.data.to.empty()) out += fmt::format("  data: {}\n", describe_data(a.data));
        for (const auto& n : a.notes) out += fmt::format("  note: {}\n", n);
    }
    return out;
}

std::string format_json(const std::vector<Answer>& answers) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& a : answers) {
        nlohmann::ordered_json j;
        j["id"] = a.id;
        j["kind"] = a.kind;
        j["question"] = a.question;
        j["method"] = a.method;
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : a.rows) {
            nlohmann::ordered_json r;
            for (std::size_t i = 0; i < row.size() && i < a.columns.size(); ++i) {
                std::visit([&](const auto& v) { r[a.columns[i].name] = v; }, row[i]);
            }
            rows.push_back(std::move(r));
        }
        j["rows"] = std::move(rows);
        j["notes"] = a.notes;
        j["data"] = data_json(a.data);
        all.push_back(std::move(j));
    }
    return all.dump(2) + "\n";
}

std::string format_csv(const std::vector<Answer>& answers) {
    std::string out;
    std::vector<std::string> last_header;
    for (const auto& a : answers) {
        std::vector<std::string> header{"question"};
        for (const auto& c : a.columns) header.push_back(c.name);
        if (header != last_header) {
            if (!out.empty()) out += "\n";
            for (std::size_t i = 0; i < header.size(); ++i) out += (i ? "," : "") + csv_field(header[i]);
            out += "\n";
            last_header = header;
        }
        for (const auto& row : a.rows) {
            out += csv_field(a.id);
            for (std::size_t i = 0; i < row.size(); ++i) {
                out += ",";
                if (const auto* d = std::get_if<double>(&row[i]))
                    out += fmt::format("{:.6f}", *d);
                else if (const auto* n = std::get_if<long long>(&row[i]))
                    out += std::to_string(*n);
                else
                    out += csv_field(std::get<std::string>(row[i]));
            }
            out += "\n";
        }
    }
    return out;
}

} // namespace rangemap::scenario
