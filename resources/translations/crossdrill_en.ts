<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cd::gui::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>No scenario open.</source>
        <translation>No scenario open.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the scenario cannot be used until they are fixed.</source>
        <translation>
            <numerusform>%n error: the scenario cannot be used until it is fixed.</numerusform>
            <numerusform>%n errors: the scenario cannot be used until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a scenario file (.cxs.json)</source>
        <translation>Open a scenario file (.cxs.json)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;MSEL</source>
        <translation>&amp;MSEL</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>&amp;Sectors</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CrossDrill</source>
        <translation>&amp;About CrossDrill</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n inject</numerusform>
            <numerusform>%n injects</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectors</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded: see the diagnostics</source>
        <translation>Not loaded: see the diagnostics</translation>
    </message>
    <message>
        <source>Open a scenario with File &gt; Open or drop it here</source>
        <translation>Open a scenario with File &gt; Open or drop it here</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json);;JSON files (*.json);;All files (*)</source>
        <translation>Scenarios (*.cxs.json);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>About CrossDrill</source>
        <translation>About CrossDrill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;Cross-sector critical-infrastructure exercises: scripted injects, player rooms that share information by mail, phone and web, and an interdependency model that turns a hidden root cause into a cascade across sectors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;Cross-sector critical-infrastructure exercises: scripted injects, player rooms that share information by mail, phone and web, and an interdependency model that turns a hidden root cause into a cascade across sectors.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this is an exercise database; this window opens scenarios (.cxs.json)</source>
        <translation>this is an exercise database; this window opens scenarios (.cxs.json)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>cd::gui::MselModel</name>
    <message>
        <source>%1 q ≥ %2</source>
        <translation>%1 q ≥ %2</translation>
    </message>
    <message>
        <source>%1 level breached</source>
        <translation>%1 level breached</translation>
    </message>
    <message>
        <source>%1 fired</source>
        <translation>%1 fired</translation>
    </message>
    <message>
        <source>%2 after %1</source>
        <translation>%2 after %1</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 met</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 missed</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 applied</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>not (%1)</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>when %1</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, then %2</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source> [contingency]</source>
        <translation> [contingency]</translation>
    </message>
    <message>
        <source>Control team</source>
        <translation>Control team</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>cc: %1</source>
        <translation>cc: %1</translation>
    </message>
    <message>
        <source>Contingency inject: fired only by hand or by its condition.</source>
        <translation>Contingency inject: fired only by hand or by its condition.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>cd::gui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>cd::gui::RoomModel</name>
    <message>
        <source>NISC</source>
        <translation>NISC</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>CEPTOAR</source>
        <translation>CEPTOAR</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Related agency</source>
        <translation>Related agency</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Phone lines</translation>
    </message>
</context>
<context>
    <name>cd::gui::ScenarioHeader</name>
    <message>
        <source>No scenario is open. Open one with File &gt; Open, from Open Recent, or by dropping a .cxs.json file here.</source>
        <translation>No scenario is open. Open one with File &gt; Open, from Open Recent, or by dropping a .cxs.json file here.</translation>
    </message>
    <message>
        <source>Functional exercise</source>
        <translation>Functional exercise</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Tabletop exercise</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be loaded. Its problems are listed under Diagnostics, each with its line and column.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; could not be loaded. Its problems are listed under Diagnostics, each with its line and column.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>cd::gui::ScenarioPages</name>
    <message>
        <source>MSEL (injects)</source>
        <translation>MSEL (injects)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Filter rows (Ctrl+F)</source>
        <translation>Filter rows (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>cd::gui::SectorModel</name>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>flights</source>
        <translation>flights</translation>
    </message>
    <message>
        <source>trains</source>
        <translation>trains</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>shipments</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contracts</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systems</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≥ %1 for ≥ %2</source>
        <translation>≥ %1 for ≥ %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>Verification level</translation>
    </message>
    <message>
        <source>Level (as worded)</source>
        <translation>Level (as worded)</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>hospitals</translation>
    </message>
    <message>
        <source>flights/day</source>
        <translation>flights/day</translation>
    </message>
    <message>
        <source>trains/day</source>
        <translation>trains/day</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>orders/h</translation>
    </message>
    <message>
        <source>transfers/h</source>
        <translation>transfers/h</translation>
    </message>
    <message>
        <source>payouts/day</source>
        <translation>payouts/day</translation>
    </message>
    <message>
        <source>procedures/day</source>
        <translation>procedures/day</translation>
    </message>
    <message>
        <source>shipments/day</source>
        <translation>shipments/day</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CrossDrill: cross-sector critical-infrastructure exercises.</source>
        <translation>CrossDrill: cross-sector critical-infrastructure exercises.</translation>
    </message>
    <message>
        <source>A scenario (.cxs.json) or an exercise database (.cxdb).</source>
        <translation>A scenario (.cxs.json) or an exercise database (.cxdb).</translation>
    </message>
    <message>
        <source>crossdrill: give at most one file to open</source>
        <translation>crossdrill: give at most one file to open</translation>
    </message>
    <message>
        <source>Commands (crossdrill COMMAND --help):</source>
        <translation>Commands (crossdrill COMMAND --help):</translation>
    </message>
</context>
</TS>
