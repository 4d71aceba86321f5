<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Msel</name>
    <message>
        <source>%1: error: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the input is wrong (every problem is printed to stderr, as FILE:ROW: error: MESSAGE for a spreadsheet row or FILE:LINE:COL: error: MESSAGE for a scenario, and nothing is written); 2 usage error or a file that cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1 to FILE atomically (&apos;-&apos;: standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per inject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario file (*.cxs.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one SCENARIO, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o CSV (use -o - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result as &apos;validate&apos; does, and write the new scenario to OUT. SCENARIO itself is not changed (unless OUT names it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MSEL spreadsheet (&apos;-&apos;: standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario that receives the injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one CSV, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --into SCENARIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o OUT (use -o - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 injects from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import the MSEL spreadsheet (CSV) of a scenario.

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

&apos;crossdrill msel export --help&apos; and &apos;crossdrill msel import --help&apos; describe each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: export or import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>Check scenario files (*.cxs.json). Every problem is printed to stderr as FILE:LINE:COL: error: MESSAGE, and one summary line per file to stdout.

Exit codes: 0 every file is valid; 1 a file is invalid; 2 usage error or a file that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario files to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2 rooms, %3 injects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid (%2 errors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbArgs</name>
    <message>
        <source>Try &apos;crossdrill %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analyze</name>
    <message>
        <source>crossdrill analyze: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossdrill analyze: --nodes goes with an edge-list CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>crossdrill analyze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown node &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shock %1: expected NODE=C%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shock %1: a static shock has no time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shock %1: FROM and TO are minutes, FROM &lt;= TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shock %1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking, order index and hit times are computed for graphs of up to %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic analysis needs --horizon MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--horizon must be a whole number of minutes &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be a whole number of minutes &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be between 1 and 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-all must be a number &gt;= 0 or inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate %1: expected NODE=K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate %1: K must be a number &gt;= 0 or inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interdependency analysis (CASCADE.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static or dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario (JSON), GraphML, edge-list CSV or A* matrix CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static: the order K of the interdependency index (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: minutes to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: step in minutes (default 1, or the scenario&apos;s step_min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: resilience rate NODE=K per hour (inf: instant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: resilience rate K for every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: only these node columns (ID,...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: print every Nth step and the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic: worker threads (results do not depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format csv|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: analyze static|dynamic INPUT [options] (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is an option of dynamic analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order is an option of static analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::CascadeModel</name>
    <message>
        <source>no breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Peak q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level breached from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∫q dt (h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::CascadePanel</name>
    <message>
        <source>The model cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over %1 with the truth&apos;s %n shock(s): %2 sector(s) breach their verification level.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inoperability q(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::Commands</name>
    <message>
        <source>Add inject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit root cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::ConditionEdit</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node, inject, expected or response id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q ≥ / +HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition under the selected all/any/not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorActions</name>
    <message>
        <source>&amp;Edit Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this scenario in the scenario editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Scenario from Template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;File</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import MSEL Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the injects with the rows of an MSEL spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export MSEL Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>What Will the Cascade Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished">Rooms</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CrossDrill Scenario Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): can be saved, cannot be run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): ready to run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: ready to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved edits from a session that ended unexpectedly. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has unsaved edits. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished">Open Scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MSEL Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export MSEL Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphCanvas</name>
    <message>
        <source>%1 → %2: weight %3, autonomy %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished">%1 h</translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphPage</name>
    <message>
        <source>Add sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the sector depended upon, then the dependent one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Rate (per hour, or inf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished">Served</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation type="unfinished">Verification level</translation>
    </message>
    <message>
        <source>Level: units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depended upon (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent (to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge (per h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sector or a dependency on the canvas, or add a sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::InjectPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To / Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished">Attachments</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+HH:MM after the condition first holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired only by hand or by its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files/a.png; files/b.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Within (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished">Cc</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::MetaPage</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model step (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, the clock time at the exercise start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::RoomPage</name>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Own sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished">Sectors</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation type="unfinished">Phone lines</translation>
    </message>
    <message>
        <source>sector ids separated by ; (a ministry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::ScenarioDocument</name>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::SectionsPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section edited as JSON, in the scenario file&apos;s format (SCENARIO.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::ShockModel</name>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Shock c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
</context>
<context>
    <name>cd::editor::TextPairEdit</name>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (leave empty for a single-language text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelinePage</name>
    <message>
        <source>What this room receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reaches this room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelineView</name>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::editor::TruthPage</name>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from +HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to +HH:MM (empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">Sector</translation>
    </message>
    <message>
        <source>Direct shock c in [0, 1]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what this room could see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: crossdrill export DB [--room ID] --format jsonl [-o FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: only jsonl is supported, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recorded scenario does not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no room &quot;%2&quot; in this exercise</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario (*.cxs.json) to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new exercise database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the exercise recorded in DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise minutes per wall minute, 1..600, or max (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the scripted room actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at this exercise time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
       crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed: expected 1..600 or max, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: expected +HH:MM, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; continue it with --resume or choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused at %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exercise time %2%3, %4 events, %5 refused
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
