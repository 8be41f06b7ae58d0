// SPDX-License-Identifier: MIT
// GIS writes that fail part-way (the disk "fills up": a file size limit) leave the previous
// file as it was and no temporary files behind.
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/ogr_writer.hpp"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rangemap;
using namespace rangemap::geodata;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        static int n = 0;
        path =
            fs::temp_directory_path() / ("rangemap_faults_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    [[nodiscard]] std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Many long lines: some megabytes in any format.
std::vector<Feature> big_layer() {
    std::vector<Feature> out;
    for (int i = 0; i < 400; ++i) {
        Feature f;
        f.name = "track " + std::to_string(i);
        f.attributes = {{"note", std::string(200, 'n')}};
        LineString l;
        for (int k = 0; k < 500; ++k) l.push_back({-170.0 + k * 0.5, -60.0 + i * 0.25 + k * 1e-4});
        f.geometry.lines.push_back(std::move(l));
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<Feature> small_layer() {
    Feature f;
    f.name = "Kadena";
    f.geometry.points.push_back({127.7675, 26.3556});
    return {f};
}

enum Outcome { k_io_error = 10, k_other_error = 11, k_no_error = 12 };

/// Writes `features` to `path` in a child process whose files may not exceed `limit_bytes`
/// (SIGXFSZ ignored, so a write past it fails with EFBIG as on a full disk).
int write_in_child_with_limit(const std::string& path, const std::vector<Feature>& features, rlim_t limit_bytes) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit lim{limit_bytes, limit_bytes};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        int code = k_no_error;
        try {
            write_layer(path, "", features);
        } catch (const io_error&) {
            code = k_io_error;
        } catch (...) {
            code = k_other_error;
        }
        ::_exit(code); // no Boost.Test teardown in the child
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void check_failed_write_keeps_old_file(const std::string& name) {
    Folder dir;
    const fs::path target = dir.path / name;
    write_layer(target.string(), "", small_layer());
    const auto before_names = dir.names();
    std::vector<std::string> before_bytes;
    for (const auto& n : before_names) before_bytes.push_back(slurp(dir.path / n));

    BOOST_TEST(write_in_child_with_limit(target.string(), big_layer(), 256 * 1024) == k_io_error);
    BOOST_TEST(dir.names() == before_names, "no temporary file or folder is left behind");
    for (std::size_t i = 0; i < before_names.size(); ++i) {
        BOOST_TEST(slurp(dir.path / before_names[i]) == before_bytes[i], before_names[i] << " is unchanged");
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(ogr_writer_faults)

BOOST_AUTO_TEST_CASE(a_geopackage_that_cannot_be_completed_leaves_the_old_one) {
    check_failed_write_keeps_old_file("out.gpkg");
}

BOOST_AUTO_TEST_CASE(a_geojson_that_cannot_be_completed_leaves_the_old_one) {
    check_failed_write_keeps_old_file("out.geojson");
}

BOOST_AUTO_TEST_CASE(a_shapefile_that_cannot_be_completed_leaves_all_old_parts) {
    check_failed_write_keeps_old_file("out.shp");
}

BOOST_AUTO_TEST_CASE(a_complete_write_leaves_only_the_output) {
    Folder dir;
    write_layer((dir.path / "ok.shp").string(), "", small_layer());
    for (const auto& n : dir.names()) BOOST_TEST(n.rfind("ok.", 0) == 0u, n);
    write_layer((dir.path / "ok.gpkg").string(), "", small_layer());
    BOOST_TEST(fs::exists(dir.path / "ok.gpkg"));
    for (const auto& n : dir.names()) BOOST_TEST(n.front() != '.', n);
}

BOOST_AUTO_TEST_SUITE_END()
