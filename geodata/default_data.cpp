// SPDX-License-Identifier: MIT
#include "default_data.hpp"

#include "open_dataset.hpp"

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <system_error>

namespace rangemap::geodata {

namespace {

// PREFIX/share/rangemap beside an installed PREFIX/bin/rangemap, found from the running
// executable so the installed tree works wherever it was moved; empty when this executable
// is not part of an installed tree (a build-tree binary, a test).
std::string installed_data_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) return {};
    const fs::path dir = (exe.parent_path() / ".." / "share" / "rangemap").lexically_normal();
    if (!fs::is_regular_file(dir / "natural_earth_10m.gpkg", ec)) return {};
    return dir.string();
}

} // namespace

std::string default_data_dir() {
    if (const char* env = std::getenv("RANGEMAP_DATA"); env && *env) return env;
    // The executable does not move while it runs: look once.
    static const std::string installed = installed_data_dir();
    if (!installed.empty()) return installed;
    return RANGEMAP_DATA_DIR;
}

std::string natural_earth_path() { return default_data_dir() + "/natural_earth_10m.gpkg"; }

LayerData read_natural_earth(const std::string& layer, const std::optional<BBox>& region) {
    return read_natural_earth(layer, ReadOptions{.region = region, .trusted = true});
}

LayerData read_natural_earth(const std::string& layer, ReadOptions options) {
    // Opened once per run: opening a GeoPackage reads its schema and CRS, a good part of the
    // cost of reading a region of it.
    static std::mutex mutex;
    static DatasetPtr dataset;
    static std::string opened;
    const std::lock_guard lock(mutex);
    const std::string path = natural_earth_path();
    if (!dataset || opened != path) {
        dataset = open_geopackage(path);
        opened = path;
    }
    options.trusted = true;
    return read_layer(*dataset, path, layer, options);
}

std::string bases_csv_path() { return default_data_dir() + "/bases.csv"; }

} // namespace rangemap::geodata
