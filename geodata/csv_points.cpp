// SPDX-License-Identifier: MIT
#include "csv_points.hpp"

#include "csv_columns.hpp"

#include "engine/error.hpp"
#include "engine/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <sstream>

namespace rangemap::geodata {

namespace {

struct Record {
    std::size_t line = 0; ///< 1-based line where the record starts
    std::vector<std::string> fields;
};

/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line ends).
std::vector<Record> split_records(std::string_view text, const std::string& path) {
    std::vector<Record> records;
    Record current;
    std::string field;
    std::size_t line = 1;
    current.line = 1;
    bool in_quotes = false;
    bool field_was_quoted = false;
    std::size_t quote_line = 0;
    const auto end_field = [&] {
        current.fields.push_back(field_was_quoted ? field : std::string(trim(field)));
        field.clear();
        field_was_quoted = false;
    };
    const auto end_record = [&] {
        end_field();
        const bool blank = current.fields.size() == 1 && current.fields[0].empty();
        if (!blank) records.push_back(std::move(current));
        current = Record{};
        current.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!trim(field).empty()) {
                throw data_error(fmt::format("'{}': line {}: column {}: quote inside an unquoted field", path, line,
                                             current.fields.size() + 1));
            }
            field.clear();
            in_quotes = true;
            field_was_quoted = true;
            quote_line = line;
        } else if (c == ',') {
            end_field();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            // CRLF: the '\n' ends the record
        } else if (c == '\n') {
            ++line;
            end_record();
        } else if (field_was_quoted) {
            if (c != ' ' && c != '\t' && c != '\r') {
                throw data_error(fmt::format("'{}': line {}: column {}: text after a closing quote", path, line,
                                             current.fields.size() + 1));
            }
        } else {
            field += c;
        }
    }
    if (in_quotes) throw data_error(fmt::format("'{}': line {}: quoted field is never closed", path, quote_line));
    end_record();
    return records;
}

} // namespace

LayerData parse_points_csv(const std::string& text_in, const std::string& path, const std::string& layer_name) {
    std::string_view text(text_in);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (trim(text).empty())
        throw data_error(fmt::format("'{}': empty file: expected a header with name, lat, lon", path));

    const auto records = split_records(text, path);
    if (records.empty()) throw data_error(fmt::format("'{}': empty file: expected a header with name, lat, lon", path));
    const CsvColumns cols = csv_columns(records.front().fields, path, records.front().line);
    const auto& header = cols.header;
    if (records.size() == 1) throw data_error(fmt::format("'{}': has a header but no rows", path));

    LayerData out;
    out.name = layer_name;
    out.source = path;
    std::map<std::string, std::size_t> seen; // folded name -> line
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        if (rec.fields.size() != header.size()) {
            throw data_error(fmt::format("'{}': line {}: {} fields where the header has {}", path, rec.line,
                                         rec.fields.size(), header.size()));
        }
        const std::string& name = rec.fields[cols.name];
        if (name.empty()) {
            throw data_error(fmt::format("'{}': line {}: column {} (name): empty name", path, rec.line, cols.name + 1));
        }
        const std::string key = fold_name(name);
        if (const auto it = seen.find(key); it != seen.end()) {
            throw data_error(fmt::format("'{}': line {}: column {} (name): duplicate name '{}' (first on line {})",
                                         path, rec.line, cols.name + 1, name, it->second));
        }
        seen.emplace(key, rec.line);
        const double lat = csv_coordinate(rec.fields[cols.lat], "lat", 90, path, rec.line, cols.lat + 1);
        const double lon = csv_coordinate(rec.fields[cols.lon], "lon", 180, path, rec.line, cols.lon + 1);
        Feature f;
        f.name = name;
        f.layer = layer_name;
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (i == cols.name || i == cols.lat || i == cols.lon) continue;
            f.attributes[std::string(trim(header[i]))] = rec.fields[i];
        }
        f.geometry.points.push_back({lon, lat});
        out.features.push_back(std::move(f));
    }
    return out;
}

LayerData read_points_csv(const std::string& path, const std::string& layer_name) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw data_error(fmt::format("data source '{}' does not exist or is not a file", path));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw data_error(fmt::format("cannot read '{}'", path));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw data_error(fmt::format("cannot read '{}'", path));
    return parse_points_csv(buf.str(), path, layer_name);
}

} // namespace rangemap::geodata
