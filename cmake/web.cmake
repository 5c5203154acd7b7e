# The dashboard `kroniek serve` serves: web/ (our own HTML, JS and CSS) with the npm packages'
# built files in vendor/ (Leaflet, Cytoscape) and an offline base map of country outlines
# (basemap.json, simplified from world-countries by web/tools/basemap.mjs), assembled into
# ${CMAKE_BINARY_DIR}/web. Every file is copied again when its source changes.
# Needs KRONIEK_NPM_DATA (the node_modules folder scripts/setup fills).

get_filename_component(KRONIEK_WEB_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(KRONIEK_WEB_SOURCE ${KRONIEK_WEB_ROOT}/web)
set(KRONIEK_WEB_DIR ${CMAKE_BINARY_DIR}/web)
if(NOT KRONIEK_NPM_DATA)
  set(KRONIEK_NPM_DATA ${KRONIEK_WEB_ROOT}/.cache/npm/node_modules)
endif()

foreach(package leaflet cytoscape)
  if(NOT EXISTS ${KRONIEK_NPM_DATA}/${package}/package.json)
    message(FATAL_ERROR "The dashboard needs the npm package ${package} in ${KRONIEK_NPM_DATA}: "
                        "run scripts/setup (or `make setup`).")
  endif()
endforeach()

# source file -> file under ${KRONIEK_WEB_DIR}
set(kroniek_web_outputs)
function(kroniek_web_copy source destination)
  add_custom_command(OUTPUT ${KRONIEK_WEB_DIR}/${destination}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${source} ${KRONIEK_WEB_DIR}/${destination}
    DEPENDS ${source}
    COMMENT "Dashboard: ${destination}"
    VERBATIM)
  set(kroniek_web_outputs ${kroniek_web_outputs} ${KRONIEK_WEB_DIR}/${destination} PARENT_SCOPE)
endfunction()

# Our own files (web/tools/ holds build scripts, not served).
file(GLOB kroniek_web_files CONFIGURE_DEPENDS
  ${KRONIEK_WEB_SOURCE}/*.html ${KRONIEK_WEB_SOURCE}/*.js ${KRONIEK_WEB_SOURCE}/*.css
  ${KRONIEK_WEB_SOURCE}/*.svg ${KRONIEK_WEB_SOURCE}/*.png ${KRONIEK_WEB_SOURCE}/*.ico)
foreach(file ${kroniek_web_files})
  get_filename_component(name ${file} NAME)
  kroniek_web_copy(${file} ${name})
endforeach()

# The npm packages' built files.
set(kroniek_leaflet ${KRONIEK_NPM_DATA}/leaflet/dist)
kroniek_web_copy(${kroniek_leaflet}/leaflet.js vendor/leaflet.js)
kroniek_web_copy(${kroniek_leaflet}/leaflet.css vendor/leaflet.css)
file(GLOB kroniek_leaflet_images CONFIGURE_DEPENDS ${kroniek_leaflet}/images/*)
foreach(file ${kroniek_leaflet_images})
  get_filename_component(name ${file} NAME)
  kroniek_web_copy(${file} vendor/images/${name})
endforeach()
kroniek_web_copy(${KRONIEK_NPM_DATA}/cytoscape/dist/cytoscape.min.js vendor/cytoscape.min.js)
foreach(package leaflet cytoscape)
  if(EXISTS ${KRONIEK_NPM_DATA}/${package}/LICENSE)
    kroniek_web_copy(${KRONIEK_NPM_DATA}/${package}/LICENSE vendor/LICENSE.${package})
  endif()
endforeach()

# The base map: country outlines, simplified with node (which scripts/setup installs). Without
# node or the data the map still works, with a graticule only.
find_program(KRONIEK_NODE NAMES node nodejs)
set(kroniek_countries ${KRONIEK_NPM_DATA}/world-countries)
if(KRONIEK_NODE AND EXISTS ${kroniek_countries}/data)
  add_custom_command(OUTPUT ${KRONIEK_WEB_DIR}/basemap.json
    COMMAND ${KRONIEK_NODE} ${KRONIEK_WEB_SOURCE}/tools/basemap.mjs ${kroniek_countries}/data
            ${KRONIEK_WEB_DIR}/basemap.json
    DEPENDS ${KRONIEK_WEB_SOURCE}/tools/basemap.mjs ${kroniek_countries}/package.json
    COMMENT "Dashboard: basemap.json (country outlines)"
    VERBATIM)
  list(APPEND kroniek_web_outputs ${KRONIEK_WEB_DIR}/basemap.json)
else()
  message(STATUS "Dashboard: no node or world-countries data; the map will have no country outlines")
endif()

add_custom_target(kroniek_web ALL DEPENDS ${kroniek_web_outputs})

# The browser test: codes examples/*.txt into a store, serves it, and drives the dashboard in
# Chromium with playwright-core (npm) through every view.
if(KRONIEK_NODE)
  add_test(NAME web_dashboard
    COMMAND ${KRONIEK_NODE} ${KRONIEK_WEB_ROOT}/tests/web/dashboard.test.mjs
            --kroniek $<TARGET_FILE:kroniek> --source ${KRONIEK_WEB_ROOT}
            --web ${KRONIEK_WEB_DIR} --npm ${KRONIEK_NPM_DATA}
            --screenshots ${CMAKE_BINARY_DIR}/screenshots)
  set_tests_properties(web_dashboard PROPERTIES LABELS web TIMEOUT 900)
else()
  message(WARNING "Dashboard: node not found; the web_dashboard test is not registered")
endif()
