# SPDX-License-Identifier: MIT
# What `cmake --install` puts under PREFIX, and the Debian package CPack makes of it
# (`cpack -G DEB` in the build folder). Included from the top CMakeLists.txt after
# add_subdirectory(tools), so the `rangemap` target exists.
include(GNUInstallDirs)

install(TARGETS rangemap RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The default data and the example scenarios. The binary looks for them in ../share/rangemap
# next to itself (geodata/default_data.cpp), so this folder must stay DATADIR/rangemap.
install(FILES
    ${PROJECT_SOURCE_DIR}/geodata/natural_earth_10m.gpkg
    ${PROJECT_SOURCE_DIR}/geodata/bases.csv
    ${PROJECT_SOURCE_DIR}/geodata/seas.csv
    ${PROJECT_SOURCE_DIR}/geodata/README.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/rangemap)
file(GLOB rangemap_example_scenarios CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/geodata/*.yaml)
install(FILES ${rangemap_example_scenarios} DESTINATION ${CMAKE_INSTALL_DATADIR}/rangemap)

install(FILES ${PROJECT_SOURCE_DIR}/tools/cli/rangemap.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The folder bash-completion loads on demand; the file is named after the command it completes.
install(FILES ${PROJECT_SOURCE_DIR}/tools/cli/rangemap.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME rangemap)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rangemap)
set(CPACK_PACKAGE_VENDOR "rangemap")
set(CPACK_PACKAGE_CONTACT "rangemap maintainers <rangemap@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Geodesic distances, range rings and range-ring maps on WGS84")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "rangemap checks the distances quoted about security in East Asia as true geodesic distances "
  "on the WGS84 ellipsoid: point and feature distances, range rings, buffers, places within "
  "range, scripted what-if scenarios, and annotated maps rendered to PNG, SVG and PDF. Ships "
  "Natural Earth 1:10m countries and land and a sourced list of bases, so it runs offline.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo objects carry debug info the package does not need
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/rangemap")
# The renderer asks Pango for Noto Sans, with Noto Sans CJK for CJK labels.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, man-db, bash-completion")
find_program(RANGEMAP_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(RANGEMAP_DPKG_SHLIBDEPS)
  # Depends computed from the shared libraries the binary links (GDAL, GEOS, PROJ, Cairo, ...).
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  message(STATUS "dpkg-shlibdeps not found: the .deb will list no Depends")
endif()
include(CPack)
