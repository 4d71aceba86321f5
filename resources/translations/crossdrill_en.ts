<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Msel</name>
    <message>
        <source>%1: error: cannot read the file: %2</source>
        <translation>%1: error: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: error: cannot write the file: %2</source>
        <translation>%1: error: cannot write the file: %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the input is wrong (every problem is printed to stderr, as FILE:ROW: error: MESSAGE for a spreadsheet row or FILE:LINE:COL: error: MESSAGE for a scenario, and nothing is written); 2 usage error or a file that cannot be read or written.</source>
        <translation>Exit codes: 0 success; 1 the input is wrong (every problem is printed to stderr, as FILE:ROW: error: MESSAGE for a spreadsheet row or FILE:LINE:COL: error: MESSAGE for a scenario, and nothing is written); 2 usage error or a file that cannot be read or written.</translation>
    </message>
    <message>
        <source>write %1 to FILE atomically (&apos;-&apos;: standard output)</source>
        <translation>write %1 to FILE atomically (&apos;-&apos;: standard output)</translation>
    </message>
    <message>
        <source>Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per inject.</source>
        <translation>Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per inject.</translation>
    </message>
    <message>
        <source>the scenario file (*.cxs.json)</source>
        <translation>the scenario file (*.cxs.json)</translation>
    </message>
    <message>
        <source>the CSV</source>
        <translation>the CSV</translation>
    </message>
    <message>
        <source>expected exactly one SCENARIO, got %1</source>
        <translation>expected exactly one SCENARIO, got %1</translation>
    </message>
    <message>
        <source>missing -o CSV (use -o - for standard output)</source>
        <translation>missing -o CSV (use -o - for standard output)</translation>
    </message>
    <message>
        <source>%1: %2 injects</source>
        <translation>%1: %2 injects</translation>
    </message>
    <message>
        <source>Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result as &apos;validate&apos; does, and write the new scenario to OUT. SCENARIO itself is not changed (unless OUT names it).</source>
        <translation>Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result as &apos;validate&apos; does, and write the new scenario to OUT. SCENARIO itself is not changed (unless OUT names it).</translation>
    </message>
    <message>
        <source>the MSEL spreadsheet (&apos;-&apos;: standard input)</source>
        <translation>the MSEL spreadsheet (&apos;-&apos;: standard input)</translation>
    </message>
    <message>
        <source>the scenario that receives the injects</source>
        <translation>the scenario that receives the injects</translation>
    </message>
    <message>
        <source>the new scenario</source>
        <translation>the new scenario</translation>
    </message>
    <message>
        <source>expected exactly one CSV, got %1</source>
        <translation>expected exactly one CSV, got %1</translation>
    </message>
    <message>
        <source>missing --into SCENARIO</source>
        <translation>missing --into SCENARIO</translation>
    </message>
    <message>
        <source>missing -o OUT (use -o - for standard output)</source>
        <translation>missing -o OUT (use -o - for standard output)</translation>
    </message>
    <message>
        <source>%1: %2 injects from %3</source>
        <translation>%1: %2 injects from %3</translation>
    </message>
    <message>
        <source>Export or import the MSEL spreadsheet (CSV) of a scenario.

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

&apos;crossdrill msel export --help&apos; and &apos;crossdrill msel import --help&apos; describe each.</source>
        <translation>Export or import the MSEL spreadsheet (CSV) of a scenario.

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

&apos;crossdrill msel export --help&apos; and &apos;crossdrill msel import --help&apos; describe each.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export or import</translation>
    </message>
    <message>
        <source>missing command: export or import</source>
        <translation>missing command: export or import</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: export or import</source>
        <translation>unknown command &apos;%1&apos;: export or import</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>Check scenario files (*.cxs.json). Every problem is printed to stderr as FILE:LINE:COL: error: MESSAGE, and one summary line per file to stdout.

Exit codes: 0 every file is valid; 1 a file is invalid; 2 usage error or a file that cannot be read.</source>
        <translation>Check scenario files (*.cxs.json). Every problem is printed to stderr as FILE:LINE:COL: error: MESSAGE, and one summary line per file to stdout.

Exit codes: 0 every file is valid; 1 a file is invalid; 2 usage error or a file that cannot be read.</translation>
    </message>
    <message>
        <source>scenario files to check</source>
        <translation>scenario files to check</translation>
    </message>
    <message>
        <source>no scenario file given</source>
        <translation>no scenario file given</translation>
    </message>
    <message>
        <source>%1: unreadable</source>
        <translation>%1: unreadable</translation>
    </message>
    <message>
        <source>%1: ok (%2 rooms, %3 injects)</source>
        <translation>%1: ok (%2 rooms, %3 injects)</translation>
    </message>
    <message>
        <source>%1: invalid (%2 errors)</source>
        <translation>%1: invalid (%2 errors)</translation>
    </message>
</context>
<context>
    <name>VerbArgs</name>
    <message>
        <source>Try &apos;crossdrill %1 --help&apos;.</source>
        <translation>Try &apos;crossdrill %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>analyze</name>
    <message>
        <source>crossdrill analyze: cannot read %1: %2</source>
        <translation>crossdrill analyze: cannot read %1: %2</translation>
    </message>
    <message>
        <source>crossdrill analyze: --nodes goes with an edge-list CSV</source>
        <translation>crossdrill analyze: --nodes goes with an edge-list CSV</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>crossdrill analyze: %1</source>
        <translation>crossdrill analyze: %1</translation>
    </message>
    <message>
        <source>%1: unknown node &apos;%2&apos;</source>
        <translation>%1: unknown node &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (did you mean &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>--shock %1: expected NODE=C%2</source>
        <translation>--shock %1: expected NODE=C%2</translation>
    </message>
    <message>
        <source>--shock %1: a static shock has no time window</source>
        <translation>--shock %1: a static shock has no time window</translation>
    </message>
    <message>
        <source>--shock %1: FROM and TO are minutes, FROM &lt;= TO</source>
        <translation>--shock %1: FROM and TO are minutes, FROM &lt;= TO</translation>
    </message>
    <message>
        <source>--shock %1: &apos;%2&apos; is not a number</source>
        <translation>--shock %1: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>--order must be a whole number &gt;= 1</source>
        <translation>--order must be a whole number &gt;= 1</translation>
    </message>
    <message>
        <source>ranking, order index and hit times are computed for graphs of up to %1 nodes</source>
        <translation>ranking, order index and hit times are computed for graphs of up to %1 nodes</translation>
    </message>
    <message>
        <source>dynamic analysis needs --horizon MIN</source>
        <translation>dynamic analysis needs --horizon MIN</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of minutes &gt;= 0</source>
        <translation>--horizon must be a whole number of minutes &gt;= 0</translation>
    </message>
    <message>
        <source>--step must be a whole number of minutes &gt;= 1</source>
        <translation>--step must be a whole number of minutes &gt;= 1</translation>
    </message>
    <message>
        <source>--every must be a whole number &gt;= 1</source>
        <translation>--every must be a whole number &gt;= 1</translation>
    </message>
    <message>
        <source>--threads must be between 1 and 256</source>
        <translation>--threads must be between 1 and 256</translation>
    </message>
    <message>
        <source>--rate-all must be a number &gt;= 0 or inf</source>
        <translation>--rate-all must be a number &gt;= 0 or inf</translation>
    </message>
    <message>
        <source>--rate %1: expected NODE=K</source>
        <translation>--rate %1: expected NODE=K</translation>
    </message>
    <message>
        <source>--rate %1: K must be a number &gt;= 0 or inf</source>
        <translation>--rate %1: K must be a number &gt;= 0 or inf</translation>
    </message>
    <message>
        <source>Interdependency analysis (CASCADE.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.</source>
        <translation>Interdependency analysis (CASCADE.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.</translation>
    </message>
    <message>
        <source>static or dynamic</source>
        <translation>static or dynamic</translation>
    </message>
    <message>
        <source>scenario (JSON), GraphML, edge-list CSV or A* matrix CSV</source>
        <translation>scenario (JSON), GraphML, edge-list CSV or A* matrix CSV</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive).</source>
        <translation>Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive).</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>shock</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</source>
        <translation>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Static: the order K of the interdependency index (default 2).</source>
        <translation>Static: the order K of the interdependency index (default 2).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Dynamic: minutes to simulate.</source>
        <translation>Dynamic: minutes to simulate.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Dynamic: step in minutes (default 1, or the scenario&apos;s step_min).</source>
        <translation>Dynamic: step in minutes (default 1, or the scenario&apos;s step_min).</translation>
    </message>
    <message>
        <source>Dynamic: resilience rate NODE=K per hour (inf: instant).</source>
        <translation>Dynamic: resilience rate NODE=K per hour (inf: instant).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>Dynamic: resilience rate K for every node.</source>
        <translation>Dynamic: resilience rate K for every node.</translation>
    </message>
    <message>
        <source>Dynamic: only these node columns (ID,...).</source>
        <translation>Dynamic: only these node columns (ID,...).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Dynamic: print every Nth step and the last.</source>
        <translation>Dynamic: print every Nth step and the last.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Dynamic: worker threads (results do not depend on it).</source>
        <translation>Dynamic: worker threads (results do not depend on it).</translation>
    </message>
    <message>
        <source>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format csv|json]
</source>
        <translation>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format csv|json]
</translation>
    </message>
    <message>
        <source>expected: analyze static|dynamic INPUT [options] (see --help)</source>
        <translation>expected: analyze static|dynamic INPUT [options] (see --help)</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format must be csv or json</translation>
    </message>
    <message>
        <source>--%1 is an option of dynamic analysis</source>
        <translation>--%1 is an option of dynamic analysis</translation>
    </message>
    <message>
        <source>--order is an option of static analysis</source>
        <translation>--order is an option of static analysis</translation>
    </message>
</context>
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
    <name>cd::gui::InjectDetailsDock</name>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>advisory</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>other message</source>
        <translation>other message</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>web post</source>
        <translation>web post</translation>
    </message>
    <message>
        <source>cause hypothesis</source>
        <translation>cause hypothesis</translation>
    </message>
    <message>
        <source>response request</source>
        <translation>response request</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1, within %2 min (theme %3)</source>
        <translation>%1, within %2 min (theme %3)</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Select an inject in the MSEL to see it in full.</source>
        <translation>Select an inject in the MSEL to see it in full.</translation>
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
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Caller&apos;s script</source>
        <translation>Caller&apos;s script</translation>
    </message>
    <message>
        <source>Web page %1%2</source>
        <translation>Web page %1%2</translation>
    </message>
    <message>
        <source>Expected actions (control team only)</source>
        <translation>Expected actions (control team only)</translation>
    </message>
    <message>
        <source>Control notes (control team only)</source>
        <translation>Control notes (control team only)</translation>
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
    <message>
        <source>All rooms (%1)</source>
        <translation>All rooms (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
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
    <name>export</name>
    <message>
        <source>Writes the events of an exercise database: all of them, or those one room could see.</source>
        <translation>Writes the events of an exercise database: all of them, or those one room could see.</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>The exercise database.</translation>
    </message>
    <message>
        <source>Only what this room could see.</source>
        <translation>Only what this room could see.</translation>
    </message>
    <message>
        <source>Output format: jsonl.</source>
        <translation>Output format: jsonl.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Write to FILE instead of stdout.</translation>
    </message>
    <message>
        <source>usage: crossdrill export DB [--room ID] --format jsonl [-o FILE]</source>
        <translation>usage: crossdrill export DB [--room ID] --format jsonl [-o FILE]</translation>
    </message>
    <message>
        <source>--format: only jsonl is supported, got &quot;%1&quot;</source>
        <translation>--format: only jsonl is supported, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: the recorded scenario does not load</source>
        <translation>%1: the recorded scenario does not load</translation>
    </message>
    <message>
        <source>%1: no room &quot;%2&quot; in this exercise</source>
        <translation>%1: no room &quot;%2&quot; in this exercise</translation>
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
<context>
    <name>run</name>
    <message>
        <source>Runs an exercise headless, recording every event in an exercise database.</source>
        <translation>Runs an exercise headless, recording every event in an exercise database.</translation>
    </message>
    <message>
        <source>The scenario (*.cxs.json) to run.</source>
        <translation>The scenario (*.cxs.json) to run.</translation>
    </message>
    <message>
        <source>The new exercise database.</source>
        <translation>The new exercise database.</translation>
    </message>
    <message>
        <source>Continue the exercise recorded in DB.</source>
        <translation>Continue the exercise recorded in DB.</translation>
    </message>
    <message>
        <source>Exercise minutes per wall minute, 1..600, or max (default 1).</source>
        <translation>Exercise minutes per wall minute, 1..600, or max (default 1).</translation>
    </message>
    <message>
        <source>Replay the scripted room actions.</source>
        <translation>Replay the scripted room actions.</translation>
    </message>
    <message>
        <source>Stop at this exercise time.</source>
        <translation>Stop at this exercise time.</translation>
    </message>
    <message>
        <source>usage: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
       crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]</source>
        <translation>usage: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
       crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]</translation>
    </message>
    <message>
        <source>--speed: expected 1..600 or max, got &quot;%1&quot;</source>
        <translation>--speed: expected 1..600 or max, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--until: expected +HH:MM, got &quot;%1&quot;</source>
        <translation>--until: expected +HH:MM, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>refused at %1: %2: %3</source>
        <translation>refused at %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: exercise time %2%3, %4 events, %5 refused
</source>
        <translation>%1: exercise time %2%3, %4 events, %5 refused
</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> (ended)</translation>
    </message>
</context>
</TS>
