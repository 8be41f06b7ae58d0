// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "engine/error.hpp"
#include "geodata/atomic_file.hpp"
#include "geodata/temporary_guard.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
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

BOOST_AUTO_TEST_CASE(a_symlink_target_has_its_file_replaced_and_the_link_kept) {
    Folder dir;
    fs::create_directories(dir.path / "real");
    std::ofstream(dir.path / "real" / "out.csv") << "old";
    fs::create_symlink("real/out.csv", dir.path / "link.csv");
    write_file_atomically((dir.path / "link.csv").string(), "new");
    BOOST_TEST(fs::is_symlink(dir.path / "link.csv"));
    BOOST_TEST(read(dir.path / "real" / "out.csv") == "new");
    BOOST_TEST(static_cast<std::size_t>(
                   std::distance(fs::directory_iterator(dir.path / "real"), fs::directory_iterator())) == 1u);
}

BOOST_AUTO_TEST_CASE(a_device_or_fifo_target_is_written_through_not_replaced) {
    write_file_atomically("/dev/null", "into the void");
    struct stat st {};
    BOOST_TEST_REQUIRE(::stat("/dev/null", &st) == 0);
    BOOST_TEST(S_ISCHR(st.st_mode)); // still the device
    check_writable("/dev/null");

    Folder dir;
    const auto fifo = dir.path / "pipe";
    BOOST_TEST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] { got = read(fifo); });
    write_file_atomically(fifo.string(), "through the pipe");
    reader.join();
    BOOST_TEST(got == "through the pipe");
    BOOST_TEST_REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    BOOST_TEST(S_ISFIFO(st.st_mode));
    BOOST_TEST(dir.entries() == 1u);
}

BOOST_AUTO_TEST_CASE(names_near_the_system_limit_are_writable) {
    Folder dir;
    const std::string name(250, 'n'); // with ".csv": 254 bytes, within NAME_MAX (255)
    write_file_atomically((dir.path / (name + ".csv")).string(), "x");
    BOOST_TEST(read(dir.path / (name + ".csv")) == "x");
}

BOOST_AUTO_TEST_CASE(a_stopping_signal_removes_the_temporary_file_and_keeps_the_target) {
    remove_temporaries_on_signals(); // as the command line's main does
    for (const int sig : {SIGTERM, SIGINT}) {
        Folder dir;
        const auto target = dir.path / "out.csv";
        std::ofstream(target) << "old";
        const pid_t child = ::fork();
        BOOST_TEST_REQUIRE(child >= 0);
        if (child == 0) {
            AtomicFile f(target.string());
            f.write("half of it");
            ::raise(sig); // stopped mid-write
            ::_exit(0);
        }
        int status = 0;
        BOOST_TEST_REQUIRE(::waitpid(child, &status, 0) == child);
        BOOST_TEST(WIFSIGNALED(status)); // the signal still ends the process
        BOOST_TEST(WTERMSIG(status) == sig);
        BOOST_TEST(read(target) == "old");
        BOOST_TEST(dir.entries() == 1u, "a temporary file was left after signal " << sig);
    }
}

BOOST_AUTO_TEST_SUITE_END()
