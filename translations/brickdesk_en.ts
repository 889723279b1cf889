<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message numerus="yes">
        <source>`%1` must be at most %n character(s) long</source>
        <translation>
            <numerusform>`%1` must be at most %n character long</numerusform>
            <numerusform>`%1` must be at most %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` must be at least %n character(s) long</source>
        <translation>
            <numerusform>`%1` must be at least %n character long</numerusform>
            <numerusform>`%1` must be at least %n characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n item(s)</source>
        <translation>
            <numerusform>`%1` can have at most %n item</numerusform>
            <numerusform>`%1` can have at most %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n item(s)</source>
        <translation>
            <numerusform>`%1` needs at least %n item</numerusform>
            <numerusform>`%1` needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` can have at most %n key(s)</source>
        <translation>
            <numerusform>`%1` can have at most %n key</numerusform>
            <numerusform>`%1` can have at most %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>`%1` needs at least %n key(s)</source>
        <translation>
            <numerusform>`%1` needs at least %n key</numerusform>
            <numerusform>`%1` needs at least %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairPlan</name>
    <message numerus="yes">
        <source>Will rerun: %1 (%n tasks)</source>
        <translation>
            <numerusform>Will rerun: %1 (%n tasks)</numerusform>
            <numerusform>Will rerun: %1 (%n tasks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s) at %1</source>
        <translation>
            <numerusform>Every %n hour at %1</numerusform>
            <numerusform>Every %n hours at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiCall</name>
    <message numerus="yes">
        <source>No data was received for %n second(s).</source>
        <translation>
            <numerusform>No data was received for %n second.</numerusform>
            <numerusform>No data was received for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCatalog</name>
    <message numerus="yes">
        <source>%n cores, %1 GB</source>
        <translation>
            <numerusform>%n core, %1 GB</numerusform>
            <numerusform>%n cores, %1 GB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n GPUs</source>
        <translation>
            <numerusform>, %n GPU</numerusform>
            <numerusform>, %n GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n init script(s) succeeded</source>
        <translation>
            <numerusform>%n init script succeeded</numerusform>
            <numerusform>%n init scripts succeeded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterPane</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterWorkersChart</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ConflictDialog</name>
    <message numerus="yes">
        <source>Do the same for the %n other conflict(s) and any later ones</source>
        <translation>
            <numerusform>Do the same for the %n other conflict and any later ones</numerusform>
            <numerusform>Do the same for the %n other conflicts and any later ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsActions</name>
    <message numerus="yes">
        <source>Move %n items into “%1” in workspace “%2”?</source>
        <translation>
            <numerusform>Move %n item into “%1” in workspace “%2”?</numerusform>
            <numerusform>Move %n items into “%1” in workspace “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n items…</source>
        <translation>
            <numerusform>Moving %n item…</numerusform>
            <numerusform>Moving %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items</source>
        <translation>
            <numerusform>Deleted %n item</numerusform>
            <numerusform>Deleted %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paths</source>
        <translation>
            <numerusform>Copied %n path</numerusform>
            <numerusform>Copied %n paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDeleter</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from workspace “%1”?</source>
        <translation>
            <numerusform>Delete %n item from workspace “%1”?</numerusform>
            <numerusform>Delete %n items from workspace “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them from workspace “%1”?</source>
        <translation>
            <numerusform>Delete %n item and everything in it from workspace “%1”?</numerusform>
            <numerusform>Delete %n items and everything in them from workspace “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</source>
        <translation>
            <numerusform>Delete %n item and everything in it (%1 in folders) from workspace “%2”?</numerusform>
            <numerusform>Delete %n items and everything in them (%1 in folders) from workspace “%2”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsDownloadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Waiting for an answer about %n existing file…</numerusform>
            <numerusform>Waiting for an answer about %n existing files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::DbfsUploadPlanner</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for an answer about %n existing file(s)…</source>
        <translation>
            <numerusform>Waiting for an answer about %n existing file…</numerusform>
            <numerusform>Waiting for an answer about %n existing files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ExportDialog</name>
    <message numerus="yes">
        <source>Export %n Objects</source>
        <translation>
            <numerusform>Export %n Object</numerusform>
            <numerusform>Export %n Objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n object(s) into %1.</source>
        <translation>
            <numerusform>Writes %n object into %1.</numerusform>
            <numerusform>Writes %n objects into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::GrantPermissionsDialog</name>
    <message numerus="yes">
        <source>Grant a permission on %n objects</source>
        <translation>
            <numerusform>Grant a permission on %n object</numerusform>
            <numerusform>Grant a permission on %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</source>
        <translation>
            <numerusform>Give one principal the same permission on %n object in %1. Whoever already has that level or a stronger one keeps it.</numerusform>
            <numerusform>Give one principal the same permission on %n objects in %1. Whoever already has that level or a stronger one keeps it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on all %n objects.</source>
        <translation>
            <numerusform>Done on all %n object.</numerusform>
            <numerusform>Done on all %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done on %1 of %2 objects; %n failed, as each row says.</source>
        <translation>
            <numerusform>Done on %1 of %2 objects; %n failed, as each row says.</numerusform>
            <numerusform>Done on %1 of %2 objects; %n failed, as each row says.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ImportDialog</name>
    <message numerus="yes">
        <source>Looking at %n local item(s)…</source>
        <translation>
            <numerusform>Looking at %n local item…</numerusform>
            <numerusform>Looking at %n local items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n notebook</numerusform>
            <numerusform>%n notebooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DBC archive(s)</source>
        <translation>
            <numerusform>%n DBC archive</numerusform>
            <numerusform>%n DBC archives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot read %n item(s), they will be reported as failed: %1</source>
        <translation>
            <numerusform>Cannot read %n item, it will be reported as failed: %1</numerusform>
            <numerusform>Cannot read %n items, they will be reported as failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JobPane</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JsonPayloadEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::KeyDetailsPanel</name>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>Not updated for more than %n day: consider rotating it.</numerusform>
            <numerusform>Not updated for more than %n days: consider rotating it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message numerus="yes">
        <source>Close workspace “%1” and cancel its %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>Close workspace “%1” and cancel its %n unfinished transfer?</numerusform>
            <numerusform>Close workspace “%1” and cancel its %n unfinished transfers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n unfinished transfer(s)?</source>
        <translation>
            <numerusform>Quit and cancel %n unfinished transfer?</numerusform>
            <numerusform>Quit and cancel %n unfinished transfers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::NotebookPreview</name>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>%n object selected.</numerusform>
            <numerusform>%n objects selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n objects.</source>
        <translation>
            <numerusform>“%1” holds %n object.</numerusform>
            <numerusform>“%1” holds %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineEventsView</name>
    <message numerus="yes">
        <source>%1 of %n loaded event(s) match.</source>
        <translation>
            <numerusform>%1 of %n loaded event match.</numerusform>
            <numerusform>%1 of %n loaded events match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded; older ones are left to load.</source>
        <translation>
            <numerusform>%n event loaded; older ones are left to load.</numerusform>
            <numerusform>%n events loaded; older ones are left to load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n event(s).</source>
        <translation>
            <numerusform>All %n event.</numerusform>
            <numerusform>All %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelinePane</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::PipelineUpdatesModel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::RunPane</name>
    <message numerus="yes">
        <source>repaired %n time(s)</source>
        <translation>
            <numerusform>repaired %n time</numerusform>
            <numerusform>repaired %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretValueCopier</name>
    <message numerus="yes">
        <source>Any application can read the clipboard. Brickdesk clears it again after %n second(s) if the value is still there.</source>
        <translation>
            <numerusform>Any application can read the clipboard. Brickdesk clears it again after %n second if the value is still there.</numerusform>
            <numerusform>Any application can read the clipboard. Brickdesk clears it again after %n seconds if the value is still there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1” as base64; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the value of “%1” as base64; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the value of “%1” as base64; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of “%1”; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the value of “%1”; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the value of “%1”; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsActions</name>
    <message numerus="yes">
        <source>Delete scope “%1” and its %n secret(s) from workspace “%2”?</source>
        <translation>
            <numerusform>Delete scope “%1” and its %n secret from workspace “%2”?</numerusform>
            <numerusform>Delete scope “%1” and its %n secrets from workspace “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n thing(s), which will fail when they next start: %1. This cannot be undone.</source>
        <translation>
            <numerusform>It is used by %n thing, which will fail when they next start: %1. This cannot be undone.</numerusform>
            <numerusform>It is used by %n things, which will fail when they next start: %1. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not updated for more than %n day(s): consider rotating it.</source>
        <translation>
            <numerusform>Not updated for more than %n day: consider rotating it.</numerusform>
            <numerusform>Not updated for more than %n days: consider rotating it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret, not updated for more than %n day(s)</source>
        <translation>
            <numerusform>Secret, not updated for more than %n day</numerusform>
            <numerusform>Secret, not updated for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::StartUpdateDialog</name>
    <message numerus="yes">
        <source>%n table(s) in the latest update.</source>
        <translation>
            <numerusform>%n table in the latest update.</numerusform>
            <numerusform>%n tables in the latest update.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) will be emptied and recomputed from their sources.</source>
        <translation>
            <numerusform>%n table will be emptied and recomputed from their sources.</numerusform>
            <numerusform>%n tables will be emptied and recomputed from their sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::TransferPanel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimeline</name>
    <message numerus="yes">
        <source>%n flow(s),</source>
        <translation>
            <numerusform>%n flow,</numerusform>
            <numerusform>%n flows,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::UpdateTimelineView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::UserSignIn</name>
    <message numerus="yes">
        <source>Sign-in timed out: the browser did not come back within %n minute(s).</source>
        <translation>
            <numerusform>Sign-in timed out: the browser did not come back within %n minute.</numerusform>
            <numerusform>Sign-in timed out: the browser did not come back within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceDeleter</name>
    <message numerus="yes">
        <source>Counting what is in “%1”… %n found</source>
        <translation>
            <numerusform>Counting what is in “%1”… %n found</numerusform>
            <numerusform>Counting what is in “%1”… %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n objects in it from workspace “%2”?</source>
        <translation>
            <numerusform>Delete the folder “%1” and the %n object in it from workspace “%2”?</numerusform>
            <numerusform>Delete the folder “%1” and the %n objects in it from workspace “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected objects from workspace “%1”?</source>
        <translation>
            <numerusform>Delete the %n selected object from workspace “%1”?</numerusform>
            <numerusform>Delete the %n selected objects from workspace “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</source>
        <translation>
            <numerusform>Delete the %1 selected objects and the %n object in their folders from workspace “%2”?</numerusform>
            <numerusform>Delete the %1 selected objects and the %n objects in their folders from workspace “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n objects…</source>
        <translation>
            <numerusform>Deleting %n object…</numerusform>
            <numerusform>Deleting %n objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceFolderExport</name>
    <message numerus="yes">
        <source>Listing… %n object(s)</source>
        <translation>
            <numerusform>Listing… %n object</numerusform>
            <numerusform>Listing… %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n local folder(s)…</source>
        <translation>
            <numerusform>Creating %n local folder…</numerusform>
            <numerusform>Creating %n local folders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceImportBatch</name>
    <message numerus="yes">
        <source>Import of %n item(s)</source>
        <translation>
            <numerusform>Import of %n item</numerusform>
            <numerusform>Import of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n folder(s)…</source>
        <translation>
            <numerusform>Creating %n folder…</numerusform>
            <numerusform>Creating %n folders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not create %n folder(s): %1</source>
        <translation>
            <numerusform>Could not create %n folder: %1</numerusform>
            <numerusform>Could not create %n folders: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceTransfers</name>
    <message numerus="yes">
        <source>Importing %n item(s) into %1…</source>
        <translation>
            <numerusform>Importing %n item into %1…</numerusform>
            <numerusform>Importing %n items into %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n object(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n object to %1…</numerusform>
            <numerusform>Exporting %n objects to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1</source>
        <translation>
            <numerusform>Imported %n item into %1</numerusform>
            <numerusform>Imported %n items into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see Transfers)</source>
        <translation>
            <numerusform>%n failed (see Transfers)</numerusform>
            <numerusform>%n failed (see Transfers)</numerusform>
        </translation>
    </message>
</context>
</TS>
