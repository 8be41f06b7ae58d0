// SPDX-License-Identifier: MIT
#include "default_data.hpp"

#include <cstdlib>

namespace rangemap::geodata {

std::string default_data_dir() {
    if (const char* env = std::getenv("RANGEMAP_DATA"); env && *env) return env;
    return RANGEMAP_DATA_DIR;
}

std::string natural_earth_path() { return default_data_dir() + "/natural_earth_10m.gpkg"; }
std::string bases_csv_path() { return default_data_dir() + "/bases.csv"; }

} // namespace rangemap::geodata
