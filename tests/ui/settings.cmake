# The console shell (issue 5): dialogs, notifications, shortcuts, layout. Included from
# tests/ui/CMakeLists.txt.
polaris_add_test(tst_thresholdfields SOURCES dialogs/tst_thresholdfields.cpp LIBS polaris_ui)
polaris_add_test(tst_settingsdialog SOURCES dialogs/tst_settingsdialog.cpp LIBS polaris_ui)
polaris_add_test(tst_keysdialog SOURCES dialogs/tst_keysdialog.cpp LIBS polaris_ui)
polaris_add_test(tst_opportunitynotifier SOURCES tst_opportunitynotifier.cpp UiTestData.h
                 LIBS polaris_ui)
polaris_add_test(tst_trayannouncer SOURCES tst_trayannouncer.cpp UiTestData.h LIBS polaris_ui)
polaris_add_test(tst_windowlayout SOURCES tst_windowlayout.cpp UiTestData.h LIBS polaris_ui)
polaris_add_test(tst_consoleactions SOURCES tst_consoleactions.cpp LIBS polaris_ui)
polaris_add_test(tst_snapshotthrottle SOURCES tst_snapshotthrottle.cpp UiTestData.h LIBS polaris_ui)
polaris_add_test(tst_summarycoalescer SOURCES tst_summarycoalescer.cpp UiTestData.h LIBS polaris_ui)
polaris_add_test(tst_databasestatuslabel SOURCES tst_databasestatuslabel.cpp LIBS polaris_ui)
