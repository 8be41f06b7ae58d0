// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/atomic_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rangemap;
using namespace rangemap::geodata;

namespace {

struct Folder {
    fs::path path = fs::temp_directory_path() / ("rangemap_atomic_" + std::to_string(::getpid()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    [[nodiscard]] std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(a_committed_file_replaces_the_target_whole) {
    Folder dir;
    const auto target = dir.path / "out.csv";
    std::ofstream(target) << "old";
    AtomicFile f(target.string());
    f.write("new ");
    f.write("content");
    BOOST_TEST(read(target) == "old"); // nothing is visible before the commit
    f.commit();
    BOOST_TEST(read(target) == "new content");
    BOOST_TEST(dir.entries() == 1u);
}

BOOST_AUTO_TEST_CASE(an_abandoned_file_leaves_the_target_and_no_temporary_file) {
    Folder dir;
    const auto target = dir.path / "out.csv";
    std::ofstream(target) << "old";
    {
        AtomicFile f(target.string());
        f.write("half");
        BOOST_TEST(fs::exists(f.temporary_path()));
    }
    BOOST_TEST(read(target) == "old");
    BOOST_TEST(dir.entries() == 1u);
}

BOOST_AUTO_TEST_CASE(the_new_file_gets_the_permissions_of_the_umask) {
    Folder dir;
    const mode_t old = ::umask(022);
    write_file_atomically((dir.path / "a.txt").string(), "x");
    ::umask(old);
    struct stat st {};
    BOOST_TEST_REQUIRE(::stat((dir.path / "a.txt").c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0644u);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_or_a_folder_target_is_an_io_error) {
    Folder dir;
    BOOST_CHECK_THROW(write_file_atomically((dir.path / "no/such/out.csv").string(), "x"), io_error);
    BOOST_CHECK_THROW(write_file_atomically(dir.path.string(), "x"), io_error);
    BOOST_CHECK_THROW(check_writable((dir.path / "no/out.png").string()), io_error);
    BOOST_TEST(dir.entries() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
