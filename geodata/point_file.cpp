// SPDX-License-Identifier: MIT
#include "point_file.hpp"

#include "csv_points_scan.hpp"
#include "gdal_handles.hpp"

#include "engine/text.hpp"

#include <filesystem>

namespace rangemap::geodata {

std::optional<PointFile> point_file(const std::string& spec) {
    const auto [path, layer] = split_source_spec(spec);
    std::error_code ec;
    if (to_lower(std::filesystem::path(path).extension().string()) == ".csv") {
        const auto size = std::filesystem::file_size(path, ec);
        if (ec || size < k_point_file_min_csv_bytes) return std::nullopt;
        return PointFile{spec, path, layer.empty() ? std::filesystem::path(path).stem().string() : layer, "", true};
    }
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt; // connection strings load whole
    // The drivers registered (the default data may not have been read) and GDAL's own messages
    // quiet: whatever it says about a source it cannot open is said again when it is loaded.
    ensure_gdal_ready();
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds || ds->GetLayerCount() == 0) return std::nullopt;
    OGRLayer* l = layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layer.c_str());
    if (!l) return std::nullopt;
    const OGRwkbGeometryType type = wkbFlatten(l->GetGeomType());
    if (type != wkbPoint && type != wkbMultiPoint) return std::nullopt;
    if (!l->TestCapability(OLCFastSpatialFilter) || !l->TestCapability(OLCFastFeatureCount)) return std::nullopt;
    if (l->GetFeatureCount(FALSE) < k_point_file_min_features) return std::nullopt;
    return PointFile{spec, path, l->GetName(), layer, false};
}

PointFileRead read_point_file(const PointFile& file, const BBox& box, std::string_view word,
                              const std::function<void(double)>& progress) {
    if (file.csv) {
        CsvScan scan = scan_points_csv(file.path, file.layer, box, word, progress);
        return {std::move(scan.layer), scan.word_seen};
    }
    ReadOptions options;
    options.region = box;
    PointFileRead out{read_layer(file.path, file.ogr_layer, options), false};
    if (!word.empty()) {
        for (const Feature& f : out.layer.features) {
            if (fold_name(f.name).find(word) != std::string::npos ||
                fold_name(f.attribute("aliases")).find(word) != std::string::npos) {
                out.word_seen = true;
                break;
            }
        }
    }
    if (progress) progress(1.0);
    return out;
}

} // namespace rangemap::geodata
