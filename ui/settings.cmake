# The console shell (issue 5): settings and keys dialogs, notifications, menus and shortcuts,
# layout persistence. Included from ui/CMakeLists.txt.
target_sources(polaris_ui PRIVATE
    ConsoleActions.h ConsoleActions.cpp
    DatabaseStatusLabel.h DatabaseStatusLabel.cpp
    ConsoleDialogs.h ConsoleDialogs.cpp
    ConsoleSettings.h ConsoleSettings.cpp
    OpportunityNotifier.h OpportunityNotifier.cpp
    SnapshotThrottle.h SnapshotThrottle.cpp
    SummaryCoalescer.h SummaryCoalescer.cpp
    TrayAnnouncer.h TrayAnnouncer.cpp
    WindowLayout.h WindowLayout.cpp
    dialogs/FieldRow.h dialogs/FieldRow.cpp
    dialogs/KeysDialog.h dialogs/KeysDialog.cpp
    dialogs/SettingsDialog.h dialogs/SettingsDialog.cpp
    dialogs/ShortcutsDialog.h dialogs/ShortcutsDialog.cpp
    dialogs/ThresholdFields.h dialogs/ThresholdFields.cpp)
