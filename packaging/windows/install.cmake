# The Windows installation: the two programs and every DLL, plug-in and translation they load,
# in the layout Qt expects (bin/ with qt.conf, plugins/, translations/). Qt 6.4 has no
# windeployqt for a cross-built prefix, so this list is the deployment; packaging/windows/
# msi.sh checks after staging that every DLL a staged file imports is staged or is Windows'.
set(qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
set(qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")

set(qt_dlls Core Gui Widgets Sql PrintSupport Charts Svg OpenGL OpenGLWidgets)
list(TRANSFORM qt_dlls PREPEND "${qt_bin}/Qt6")
list(TRANSFORM qt_dlls APPEND ".dll")
install(FILES ${qt_dlls} "${qt_bin}/qpdf29.dll" "${qt_bin}/libjpeg-62.dll"
    DESTINATION ${CMAKE_INSTALL_BINDIR})
# libpq and the OpenSSL it speaks TLS with, for Qt's PostgreSQL driver (the office server).
install(FILES "${qt_bin}/libpq.dll" "${qt_bin}/libssl-3-x64.dll" "${qt_bin}/libcrypto-3-x64.dll"
    DESTINATION ${CMAKE_INSTALL_BINDIR})

# The MinGW-w64 runtime and zlib, from Debian's MinGW packages.
foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll zlib1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
        OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT EXISTS "${runtime_path}")
        message(FATAL_ERROR "${runtime} not found by ${CMAKE_CXX_COMPILER}")
    endif()
    install(FILES "${runtime_path}" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# Plug-ins: the platforms (windows for the clerk, offscreen for tavolo-cli's documents), the
# SQLite and PostgreSQL drivers, SVG and icon image formats, SVG icons, the native Windows style.
foreach(plugin platforms/qwindows platforms/qoffscreen sqldrivers/qsqlite sqldrivers/qsqlpsql
        imageformats/qsvg imageformats/qico imageformats/qjpeg iconengines/qsvgicon
        styles/qwindowsvistastyle)
    get_filename_component(plugin_dir ${plugin} DIRECTORY)
    install(FILES "${qt_plugins}/${plugin}.dll" DESTINATION plugins/${plugin_dir})
endforeach()

# Qt's own Italian strings (standard buttons, dialogs), from Debian's qt6-translations-l10n:
# a .qm file is the same on every platform.
install(FILES /usr/share/qt6/translations/qtbase_it.qm DESTINATION translations)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION doc)
