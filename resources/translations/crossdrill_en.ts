<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Join</name>
    <message>
        <source>Your name, recorded with what you do.</source>
        <translation>Your name, recorded with what you do.</translation>
    </message>
    <message>
        <source>expected one join URL</source>
        <translation>expected one join URL</translation>
    </message>
    <message>
        <source>--name: at most %1 characters</source>
        <translation>--name: at most %1 characters</translation>
    </message>
    <message>
        <source>Also trust this PEM certificate for wss:// (a server with a self-signed certificate).</source>
        <translation>Also trust this PEM certificate for wss:// (a server with a self-signed certificate).</translation>
    </message>
    <message>
        <source>--ca-cert: no PEM certificate in &quot;%1&quot;</source>
        <translation>--ca-cert: no PEM certificate in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Opens a remote room&apos;s window, or a control-team seat&apos;s console, connected to an exercise server.</source>
        <translation>Opens a remote room&apos;s window, or a control-team seat&apos;s console, connected to an exercise server.</translation>
    </message>
    <message>
        <source>The room&apos;s join URL (ws://HOST:PORT/room/ROOM?token=TOKEN) or the seat&apos;s (ws://HOST:PORT/seat/SEAT?token=TOKEN).</source>
        <translation>The room&apos;s join URL (ws://HOST:PORT/room/ROOM?token=TOKEN) or the seat&apos;s (ws://HOST:PORT/seat/SEAT?token=TOKEN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a join URL (ws://HOST:PORT/room/ROOM?token=TOKEN or ws://HOST:PORT/seat/SEAT?token=TOKEN)</source>
        <translation>&quot;%1&quot; is not a join URL (ws://HOST:PORT/room/ROOM?token=TOKEN or ws://HOST:PORT/seat/SEAT?token=TOKEN)</translation>
    </message>
</context>
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
    <name>RenameIdCommand</name>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>inject</source>
        <translation>inject</translation>
    </message>
    <message>
        <source>expected action</source>
        <translation>expected action</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>expected flow</source>
        <translation>expected flow</translation>
    </message>
    <message>
        <source>survey question</source>
        <translation>survey question</translation>
    </message>
    <message>
        <source>There is no %1 with the id &apos;%2&apos;.</source>
        <translation>There is no %1 with the id &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The id of a %1 cannot be empty.</source>
        <translation>The id of a %1 cannot be empty.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>&apos;%1&apos; is not a valid id: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already a %1 with the id &apos;%2&apos;.</source>
        <translation>There is already a %1 with the id &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: sites and player scripts use it; choose another room id.</source>
        <translation>&apos;%1&apos; is reserved: sites and player scripts use it; choose another room id.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: expected flows use it; choose another inject id.</source>
        <translation>&apos;%1&apos; is reserved: expected flows use it; choose another inject id.</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>Rename %1 %2 to %3</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <source>--handouts: %1</source>
        <translation>--handouts: %1</translation>
    </message>
    <message>
        <source>Also write the join links issued now to DIR: a CSV and printable sheets with QR codes, one per room.</source>
        <translation>Also write the join links issued now to DIR: a CSV and printable sheets with QR codes, one per room.</translation>
    </message>
    <message numerus="yes">
        <source>join links of %n room(s) written to %1 (join-links.csv, join-handouts.html)</source>
        <translation>
            <numerusform>join links of %n room written to %1 (join-links.csv, join-handouts.html)</numerusform>
            <numerusform>join links of %n rooms written to %1 (join-links.csv, join-handouts.html)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; not continuing it</source>
        <translation>%1; not continuing it</translation>
    </message>
    <message>
        <source>%1: the recorded scenario does not load</source>
        <translation>%1: the recorded scenario does not load</translation>
    </message>
    <message>
        <source>%1: has no room tokens yet; serve it with --resume first</source>
        <translation>%1: has no room tokens yet; serve it with --resume first</translation>
    </message>
    <message>
        <source>Runs an exercise headless as a server for remote rooms and prints each room&apos;s join URL.</source>
        <translation>Runs an exercise headless as a server for remote rooms and prints each room&apos;s join URL.</translation>
    </message>
    <message>
        <source>A scenario (*.cxs.json), or an exercise database with --resume or --reissue.</source>
        <translation>A scenario (*.cxs.json), or an exercise database with --resume or --reissue.</translation>
    </message>
    <message>
        <source>Address and port to serve rooms on (port 0: any free port).</source>
        <translation>Address and port to serve rooms on (port 0: any free port).</translation>
    </message>
    <message>
        <source>The new exercise database (default: the scenario&apos;s name, .cxdb).</source>
        <translation>The new exercise database (default: the scenario&apos;s name, .cxdb).</translation>
    </message>
    <message>
        <source>Also serve the rooms&apos; web portal on this port.</source>
        <translation>Also serve the rooms&apos; web portal on this port.</translation>
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
        <source>PEM certificate: serve wss:// and https://.</source>
        <translation>PEM certificate: serve wss:// and https://.</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>PEM private key of --tls-cert.</translation>
    </message>
    <message>
        <source>expected one scenario or database and --listen HOST:PORT</source>
        <translation>expected one scenario or database and --listen HOST:PORT</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--listen: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--web-port: expected 0..65535, got &quot;%1&quot;</source>
        <translation>--web-port: expected 0..65535, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <source>--speed: expected 1..600 or max, got &quot;%1&quot;</source>
        <translation>--speed: expected 1..600 or max, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: is being run by another process (pid %2)</source>
        <translation>%1: is being run by another process (pid %2)</translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation>%1: no such exercise database</translation>
    </message>
    <message>
        <source>%1: already exists; continue it with --resume or choose a new --db</source>
        <translation>%1: already exists; continue it with --resume or choose a new --db</translation>
    </message>
    <message>
        <source>%1: its token is unchanged (issue a new one with --reissue %1)</source>
        <translation>%1: its token is unchanged (issue a new one with --reissue %1)</translation>
    </message>
    <message>
        <source>serving %1 (exercise time %2) on port %3%4</source>
        <translation>serving %1 (exercise time %2) on port %3%4</translation>
    </message>
    <message>
        <source>, web portal on port %1</source>
        <translation>, web portal on port %1</translation>
    </message>
    <message>
        <source>the exercise has ended; still serving the rooms&apos; records (Ctrl+C to stop)</source>
        <translation>the exercise has ended; still serving the rooms&apos; records (Ctrl+C to stop)</translation>
    </message>
    <message>
        <source>%1: could not record the exercise, stopping: %2</source>
        <translation>%1: could not record the exercise, stopping: %2</translation>
    </message>
    <message>
        <source>Everything recorded before is kept; when the disk is fixed, continue with crossdrill serve %1 --resume --listen %2</source>
        <translation>Everything recorded before is kept; when the disk is fixed, continue with crossdrill serve %1 --resume --listen %2</translation>
    </message>
    <message numerus="yes">
        <source>stopping: closing %n connection(s)</source>
        <translation>
            <numerusform>stopping: closing %n connection</numerusform>
            <numerusform>stopping: closing %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: %1 actions from rooms recorded in %2 transactions</source>
        <translation>stopped: %1 actions from rooms recorded in %2 transactions</translation>
    </message>
    <message>
        <source>--reissue: no room or seat &quot;%1&quot; in this exercise</source>
        <translation>--reissue: no room or seat &quot;%1&quot; in this exercise</translation>
    </message>
    <message>
        <source>Issue a new token for a room or seat, revoking the old one (repeatable). Without --resume, prints the new URL and exits.</source>
        <translation>Issue a new token for a room or seat, revoking the old one (repeatable). Without --resume, prints the new URL and exits.</translation>
    </message>
    <message>
        <source>A control-team seat (repeatable): controller, whitecell:PERSONA,..., evaluator:ROOM,... or observer:ROOM,...; kept in the database, so it survives --resume.</source>
        <translation>A control-team seat (repeatable): controller, whitecell:PERSONA,..., evaluator:ROOM,... or observer:ROOM,...; kept in the database, so it survives --resume.</translation>
    </message>
    <message>
        <source>--seat: %1</source>
        <translation>--seat: %1</translation>
    </message>
    <message>
        <source>seat %1: its token is unchanged (issue a new one with --reissue %1)</source>
        <translation>seat %1: its token is unchanged (issue a new one with --reissue %1)</translation>
    </message>
    <message>
        <source>Start with the clock stopped: rooms and seats connect first (a lobby) and a controller seat starts it.</source>
        <translation>Start with the clock stopped: rooms and seats connect first (a lobby) and a controller seat starts it.</translation>
    </message>
    <message>
        <source>the clock is stopped until a controller seat starts it</source>
        <translation>the clock is stopped until a controller seat starts it</translation>
    </message>
    <message>
        <source>join links of %1 rooms and %2 seats written to %3 (join-links.csv, join-handouts.html)</source>
        <translation>join links of %1 rooms and %2 seats written to %3 (join-links.csv, join-handouts.html)</translation>
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
    <message>
        <source>the order index is computed for graphs of up to %1 nodes</source>
        <translation>the order index is computed for graphs of up to %1 nodes</translation>
    </message>
    <message>
        <source>Interdependency analysis (docs/model.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.

q is a sector&apos;s inoperability: the share of its normal function that is lost, from 0 (working normally) to 1 (fully down); the text output shows it as a percentage. A shock C (0 to 1) is the share a sector loses directly; the rest comes through its dependencies (weight w: the share of a sector&apos;s function that needs the other).
static: q at equilibrium, q = clip01((I - A*)^-1 c*), with c* the largest shock each sector gets at one time. The ranking takes each sector alone fully down and adds up q over all sectors: its total is in sectors&apos; worth (1.00 = one sector fully down), so the top of the list is what the others depend on most. The order-K index (A*^K)[v][u] is how much v depends on u through chains of exactly K dependencies.
dynamic: q minute by minute (steps of --step minutes), with each sector recovering at its rate per hour and autonomy buffers (hours) delaying what it feels.

A scenario&apos;s shocks are its truth.shocks; --shock on a scenario needs --shock-mode add or replace.</source>
        <translation>Interdependency analysis (docs/model.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.

q is a sector&apos;s inoperability: the share of its normal function that is lost, from 0 (working normally) to 1 (fully down); the text output shows it as a percentage. A shock C (0 to 1) is the share a sector loses directly; the rest comes through its dependencies (weight w: the share of a sector&apos;s function that needs the other).
static: q at equilibrium, q = clip01((I - A*)^-1 c*), with c* the largest shock each sector gets at one time. The ranking takes each sector alone fully down and adds up q over all sectors: its total is in sectors&apos; worth (1.00 = one sector fully down), so the top of the list is what the others depend on most. The order-K index (A*^K)[v][u] is how much v depends on u through chains of exactly K dependencies.
dynamic: q minute by minute (steps of --step minutes), with each sector recovering at its rate per hour and autonomy buffers (hours) delaying what it feels.

A scenario&apos;s shocks are its truth.shocks; --shock on a scenario needs --shock-mode add or replace.</translation>
    </message>
    <message>
        <source>With --shock on a scenario that has truth.shocks: add (yours on top of them) or replace (only yours).</source>
        <translation>With --shock on a scenario that has truth.shocks: add (yours on top of them) or replace (only yours).</translation>
    </message>
    <message>
        <source>text (for people; the default on a terminal), csv (the default otherwise) or json.</source>
        <translation>text (for people; the default on a terminal), csv (the default otherwise) or json.</translation>
    </message>
    <message>
        <source>Language of the text output and of the node names: ja or en (default: the system&apos;s).</source>
        <translation>Language of the text output and of the node names: ja or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Static: the order K of the interdependency index (A*^K). Text: its largest entries; csv: the matrix instead of q; json: always included (default 2).</source>
        <translation>Static: the order K of the interdependency index (A*^K). Text: its largest entries; csv: the matrix instead of q; json: always included (default 2).</translation>
    </message>
    <message>
        <source>--lang must be ja or en</source>
        <translation>--lang must be ja or en</translation>
    </message>
    <message>
        <source>--format must be text, csv or json</source>
        <translation>--format must be text, csv or json</translation>
    </message>
    <message>
        <source>--shock-mode must be add or replace</source>
        <translation>--shock-mode must be add or replace</translation>
    </message>
    <message>
        <source>--shock-mode goes with --shock</source>
        <translation>--shock-mode goes with --shock</translation>
    </message>
    <message>
        <source>the scenario already has shocks in truth.shocks (%1): say --shock-mode add to add yours to them, or --shock-mode replace to use only yours</source>
        <translation>the scenario already has shocks in truth.shocks (%1): say --shock-mode add to add yours to them, or --shock-mode replace to use only yours</translation>
    </message>
    <message>
        <source>No shock: nothing is hit, so every q is 0 %. Give one with --shock NODE=C (C from 0 to 1).</source>
        <translation>No shock: nothing is hit, so every q is 0 %. Give one with --shock NODE=C (C from 0 to 1).</translation>
    </message>
    <message>
        <source>Shock: the scenario&apos;s hidden cause (truth.shocks).</source>
        <translation>Shock: the scenario&apos;s hidden cause (truth.shocks).</translation>
    </message>
    <message>
        <source>Shock: given with --shock.</source>
        <translation>Shock: given with --shock.</translation>
    </message>
    <message>
        <source>Shock: the scenario&apos;s truth.shocks with --shock added (--shock-mode add).</source>
        <translation>Shock: the scenario&apos;s truth.shocks with --shock added (--shock-mode add).</translation>
    </message>
    <message>
        <source>Shock: given with --shock, instead of the scenario&apos;s truth.shocks (--shock-mode replace).</source>
        <translation>Shock: given with --shock, instead of the scenario&apos;s truth.shocks (--shock-mode replace).</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>about %1 %2</translation>
    </message>
    <message>
        <source>Static analysis of %1 (Inoperability Input-Output Model)</source>
        <translation>Static analysis of %1 (Inoperability Input-Output Model)</translation>
    </message>
    <message>
        <source>c* per sector: its largest total shock at one time.</source>
        <translation>c* per sector: its largest total shock at one time.</translation>
    </message>
    <message>
        <source>q, the inoperability at equilibrium: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down), largest first:</source>
        <translation>q, the inoperability at equilibrium: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down), largest first:</translation>
    </message>
    <message>
        <source>(clipped from %1)</source>
        <translation>(clipped from %1)</translation>
    </message>
    <message>
        <source>(%1 more not listed; --format csv gives every node)</source>
        <translation>(%1 more not listed; --format csv gives every node)</translation>
    </message>
    <message>
        <source>(%1 at 0 % not listed)</source>
        <translation>(%1 at 0 % not listed)</translation>
    </message>
    <message>
        <source>The ranking and the order index are computed for graphs of up to %1 nodes.</source>
        <translation>The ranking and the order index are computed for graphs of up to %1 nodes.</translation>
    </message>
    <message>
        <source>What the others depend on most: each sector alone fully down (c* = 100 %), the total q of all sectors in sectors&apos; worth (1.00 = one sector fully down); &apos;others&apos; leaves out the sector itself:</source>
        <translation>What the others depend on most: each sector alone fully down (c* = 100 %), the total q of all sectors in sectors&apos; worth (1.00 = one sector fully down); &apos;others&apos; leaves out the sector itself:</translation>
    </message>
    <message>
        <source>total %1  others %2</source>
        <translation>total %1  others %2</translation>
    </message>
    <message>
        <source>(%1 more not listed; --format json gives every node)</source>
        <translation>(%1 more not listed; --format json gives every node)</translation>
    </message>
    <message>
        <source>Order-%1 interdependency index (A*^%1)[v][u]: how much v depends on u through chains of exactly %1 dependencies, largest first:</source>
        <translation>Order-%1 interdependency index (A*^%1)[v][u]: how much v depends on u through chains of exactly %1 dependencies, largest first:</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 depends on %2</translation>
    </message>
    <message>
        <source>(none: no chain is that long)</source>
        <translation>(none: no chain is that long)</translation>
    </message>
    <message>
        <source>(%1 more pairs; --format csv gives the matrix)</source>
        <translation>(%1 more pairs; --format csv gives the matrix)</translation>
    </message>
    <message>
        <source>Dynamic analysis of %1: %2 min in steps of %3 min (delayed dynamic inoperability model with autonomy buffers)</source>
        <translation>Dynamic analysis of %1: %2 min in steps of %3 min (delayed dynamic inoperability model with autonomy buffers)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>from %1 on</translation>
    </message>
    <message>
        <source>q, the inoperability: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down). &apos;degraded&apos; is the first time q reached %1, &apos;down&apos; the first time it reached %2. Largest peak first:</source>
        <translation>q, the inoperability: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down). &apos;degraded&apos; is the first time q reached %1, &apos;down&apos; the first time it reached %2. Largest peak first:</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>peak</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>(%1 never hit, not listed)</source>
        <translation>(%1 never hit, not listed)</translation>
    </message>
    <message>
        <source>Verification levels breached:</source>
        <translation>Verification levels breached:</translation>
    </message>
    <message>
        <source>%1: from %2 (level held for its duration at %3)</source>
        <translation>%1: from %2 (level held for its duration at %3)</translation>
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
        <source>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</source>
        <translation>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
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
        <source>Dynamic: worker threads (default: one per core; results do not depend on it).</source>
        <translation>Dynamic: worker threads (default: one per core; results do not depend on it).</translation>
    </message>
    <message>
        <source>expected: analyze static|dynamic INPUT [options] (see --help)</source>
        <translation>expected: analyze static|dynamic INPUT [options] (see --help)</translation>
    </message>
    <message>
        <source>--%1 is an option of dynamic analysis</source>
        <translation>--%1 is an option of dynamic analysis</translation>
    </message>
    <message>
        <source>--order is an option of static analysis</source>
        <translation>--order is an option of static analysis</translation>
    </message>
    <message>
        <source>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--shock-mode add|replace] [--order K] [--format text|csv|json] [--lang ja|en]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--shock-mode add|replace] [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format text|csv|json] [--lang ja|en]
</source>
        <translation>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--shock-mode add|replace] [--order K] [--format text|csv|json] [--lang ja|en]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--shock-mode add|replace] [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format text|csv|json] [--lang ja|en]
</translation>
    </message>
</context>
<context>
    <name>cd::editor::CascadeModel</name>
    <message>
        <source>no breach</source>
        <translation>no breach</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Peak q</source>
        <translation>Peak q</translation>
    </message>
    <message>
        <source>Final q</source>
        <translation>Final q</translation>
    </message>
    <message>
        <source>Level breached from</source>
        <translation>Level breached from</translation>
    </message>
    <message>
        <source>Breach confirmed</source>
        <translation>Breach confirmed</translation>
    </message>
    <message>
        <source>∫q dt (h)</source>
        <translation>∫q dt (h)</translation>
    </message>
</context>
<context>
    <name>cd::editor::CascadePanel</name>
    <message>
        <source>The model cannot run: %1</source>
        <translation>The model cannot run: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %1 with the truth&apos;s %n shock(s): %2 sector(s) breach their verification level.</source>
        <translation>
            <numerusform>Over %1 with the truth&apos;s %n shock(s): %2 sector(s) breach their verification level.</numerusform>
            <numerusform>Over %1 with the truth&apos;s %n shock(s): %2 sector(s) breach their verification level.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inoperability q(t)</source>
        <translation>Inoperability q(t)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>cd::editor::ChannelsPage</name>
    <message>
        <source>Optional realism: a channel fails or slows as the model degrades the node it runs on (q is the node&apos;s degradation, 0 to 1). Leave a channel unticked for a channel that always works.</source>
        <translation>Optional realism: a channel fails or slows as the model degrades the node it runs on (q is the node&apos;s degradation, 0 to 1). Leave a channel unticked for a channel that always works.</translation>
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
        <source>Runs on node</source>
        <translation>Runs on node</translation>
    </message>
    <message>
        <source>Fails when q ≥</source>
        <translation>Fails when q ≥</translation>
    </message>
    <message>
        <source>Delay (min per unit of q)</source>
        <translation>Delay (min per unit of q)</translation>
    </message>
    <message>
        <source>empty: never fails</source>
        <translation>empty: never fails</translation>
    </message>
    <message>
        <source>empty: no delay</source>
        <translation>empty: no delay</translation>
    </message>
</context>
<context>
    <name>cd::editor::Commands</name>
    <message>
        <source>Add inject %1</source>
        <translation>Add inject %1</translation>
    </message>
    <message>
        <source>Add sector %1</source>
        <translation>Add sector %1</translation>
    </message>
    <message>
        <source>Add room %1</source>
        <translation>Add room %1</translation>
    </message>
    <message>
        <source>Add shock %1</source>
        <translation>Add shock %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connect %1 to %2</translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation>Import MSEL</translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation>Move inject</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Remove dependency</translation>
    </message>
    <message>
        <source>Remove inject</source>
        <translation>Remove inject</translation>
    </message>
    <message>
        <source>Remove sector %1</source>
        <translation>Remove sector %1</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Remove room</translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation>Remove shock</translation>
    </message>
    <message>
        <source>Edit dependency</source>
        <translation>Edit dependency</translation>
    </message>
    <message>
        <source>Edit inject</source>
        <translation>Edit inject</translation>
    </message>
    <message>
        <source>Edit scenario details</source>
        <translation>Edit scenario details</translation>
    </message>
    <message>
        <source>Edit sector</source>
        <translation>Edit sector</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <source>Edit shock</source>
        <translation>Edit shock</translation>
    </message>
    <message>
        <source>Edit root cause</source>
        <translation>Edit root cause</translation>
    </message>
    <message>
        <source>Add expected flow %1</source>
        <translation>Add expected flow %1</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Add objective %1</translation>
    </message>
    <message>
        <source>Add persona %1</source>
        <translation>Add persona %1</translation>
    </message>
    <message>
        <source>Add survey question %1</source>
        <translation>Add survey question %1</translation>
    </message>
    <message>
        <source>Add response %1</source>
        <translation>Add response %1</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Add site %1</translation>
    </message>
    <message>
        <source>Remove expected flow</source>
        <translation>Remove expected flow</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Remove objective</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Remove persona</translation>
    </message>
    <message>
        <source>Remove survey question</source>
        <translation>Remove survey question</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Remove response</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <source>Edit channels</source>
        <translation>Edit channels</translation>
    </message>
    <message>
        <source>Edit expected flow</source>
        <translation>Edit expected flow</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Edit objective</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edit persona</translation>
    </message>
    <message>
        <source>Edit survey question</source>
        <translation>Edit survey question</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Edit response</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <source>Move sector %1</source>
        <translation>Move sector %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sector(s)</source>
        <translation>
            <numerusform>Move %n sector(s)</numerusform>
            <numerusform>Move %n sector(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the allowed channels</source>
        <translation>Set the allowed channels</translation>
    </message>
</context>
<context>
    <name>cd::editor::ConditionEdit</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>node, inject, expected or response id</source>
        <translation>node, inject, expected or response id</translation>
    </message>
    <message>
        <source>q ≥ / +HH:MM</source>
        <translation>q ≥ / +HH:MM</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Add a condition under the selected all/any/not</source>
        <translation>Add a condition under the selected all/any/not</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorActions</name>
    <message>
        <source>&amp;Edit Scenario…</source>
        <translation>&amp;Edit Scenario…</translation>
    </message>
    <message>
        <source>Open this scenario in the scenario editor</source>
        <translation>Open this scenario in the scenario editor</translation>
    </message>
    <message>
        <source>&amp;New Scenario from Template…</source>
        <translation>&amp;New Scenario from Template…</translation>
    </message>
    <message>
        <source>Recover Unsaved Scenarios</source>
        <translation>Recover Unsaved Scenarios</translation>
    </message>
    <message numerus="yes">
        <source>%n untitled scenario(s) have unsaved edits from a session that ended unexpectedly. Recover them?</source>
        <translation>
            <numerusform>%n untitled scenario(s) have unsaved edits from a session that ended unexpectedly. Recover them?</numerusform>
            <numerusform>%n untitled scenario(s) have unsaved edits from a session that ended unexpectedly. Recover them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;New from Template</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Import MSEL Spreadsheet…</source>
        <translation>&amp;Import MSEL Spreadsheet…</translation>
    </message>
    <message>
        <source>Replace the injects with the rows of an MSEL spreadsheet (CSV)</source>
        <translation>Replace the injects with the rows of an MSEL spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>&amp;Export MSEL Spreadsheet…</source>
        <translation>&amp;Export MSEL Spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>What Will the Cascade Do</source>
        <translation>What Will the Cascade Do</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>Edit History</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation>MSEL</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Truth</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Other sections</source>
        <translation>Other sections</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Untitled scenario</translation>
    </message>
    <message>
        <source>CrossDrill Scenario Editor</source>
        <translation>CrossDrill Scenario Editor</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): can be saved, cannot be run</source>
        <translation>
            <numerusform>%n error(s): can be saved, cannot be run</numerusform>
            <numerusform>%n error(s): can be saved, cannot be run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): ready to run</source>
        <translation>
            <numerusform>%n warning(s): ready to run</numerusform>
            <numerusform>%n warning(s): ready to run</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: ready to run</source>
        <translation>Valid: ready to run</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Recover Unsaved Edits</translation>
    </message>
    <message>
        <source>%1 has unsaved edits from a session that ended unexpectedly. Recover them?</source>
        <translation>%1 has unsaved edits from a session that ended unexpectedly. Recover them?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Save Scenario</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Cannot save: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Save Scenario As</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json)</source>
        <translation>Scenarios (*.cxs.json)</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>Unsaved Edits</translation>
    </message>
    <message>
        <source>The scenario has unsaved edits. Save them?</source>
        <translation>The scenario has unsaved edits. Save them?</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json);;JSON files (*.json)</source>
        <translation>Scenarios (*.cxs.json);;JSON files (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>Import MSEL Spreadsheet</source>
        <translation>Import MSEL Spreadsheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>Export MSEL Spreadsheet</source>
        <translation>Export MSEL Spreadsheet</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>&amp;Run as Exercise…</source>
        <translation>&amp;Run as Exercise…</translation>
    </message>
    <message>
        <source>Save the scenario and start an exercise from it in the console</source>
        <translation>Save the scenario and start an exercise from it in the console</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: the scenario has %n error(s); fix them first (see Diagnostics)</source>
        <translation>
            <numerusform>Cannot run: the scenario has %n error(s); fix them first (see Diagnostics)</numerusform>
            <numerusform>Cannot run: the scenario has %n error(s); fix them first (see Diagnostics)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run yet: the scenario is being checked</source>
        <translation>Cannot run yet: the scenario is being checked</translation>
    </message>
</context>
<context>
    <name>cd::editor::FlowPage</name>
    <message>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Add flow</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>Remove flow</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The window opens when this inject fires, or at the first impact of the shocks</source>
        <translation>The window opens when this inject fires, or at the first impact of the shocks</translation>
    </message>
    <message>
        <source>Every room of role %1</source>
        <translation>Every room of role %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>cd::editor::FormFields</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>1 Information sharing in an emergency</source>
        <translation>1 Information sharing in an emergency</translation>
    </message>
    <message>
        <source>2 Day-to-day contacts</source>
        <translation>2 Day-to-day contacts</translation>
    </message>
    <message>
        <source>3 Response procedures</source>
        <translation>3 Response procedures</translation>
    </message>
    <message>
        <source>4 Interdependency analysis</source>
        <translation>4 Interdependency analysis</translation>
    </message>
    <message>
        <source>5 Implementation rules to revise</source>
        <translation>5 Implementation rules to revise</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>every room</source>
        <translation>every room</translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphCanvas</name>
    <message>
        <source>%1 → %2: weight %3, autonomy %4 h</source>
        <translation>%1 → %2: weight %3, autonomy %4 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphPage</name>
    <message>
        <source>Add sector</source>
        <translation>Add sector</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Click the sector depended upon, then the dependent one</source>
        <translation>Click the sector depended upon, then the dependent one</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate (per hour, or inf)</source>
        <translation>Rate (per hour, or inf)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>Verification level</translation>
    </message>
    <message>
        <source>Level: units</source>
        <translation>Level: units</translation>
    </message>
    <message>
        <source>Level: minutes</source>
        <translation>Level: minutes</translation>
    </message>
    <message>
        <source>Initial q</source>
        <translation>Initial q</translation>
    </message>
    <message>
        <source>Depended upon (from)</source>
        <translation>Depended upon (from)</translation>
    </message>
    <message>
        <source>Dependent (to)</source>
        <translation>Dependent (to)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Autonomy (h)</source>
        <translation>Autonomy (h)</translation>
    </message>
    <message>
        <source>Recharge (per h)</source>
        <translation>Recharge (per h)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>has a verification level</source>
        <translation>has a verification level</translation>
    </message>
    <message>
        <source>Select a sector or a dependency on the canvas, or add a sector.</source>
        <translation>Select a sector or a dependency on the canvas, or add a sector.</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>New sector</translation>
    </message>
</context>
<context>
    <name>cd::editor::IdChecklist</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>cd::editor::InjectPage</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
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
        <source>To / Cc</source>
        <translation>To / Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>Phone script</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Page body</source>
        <translation>Page body</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Expected actions</translation>
    </message>
    <message>
        <source>Control notes</source>
        <translation>Control notes</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>At a time</translation>
    </message>
    <message>
        <source>When a condition holds</source>
        <translation>When a condition holds</translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation>+HH:MM</translation>
    </message>
    <message>
        <source>+HH:MM after the condition first holds</source>
        <translation>+HH:MM after the condition first holds</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingency</translation>
    </message>
    <message>
        <source>Fired only by hand or by its condition</source>
        <translation>Fired only by hand or by its condition</translation>
    </message>
    <message>
        <source>files/a.png; files/b.pdf</source>
        <translation>files/a.png; files/b.pdf</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Within (min)</source>
        <translation>Within (min)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Add expected action</source>
        <translation>Add expected action</translation>
    </message>
    <message>
        <source>Remove expected action</source>
        <translation>Remove expected action</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>/path</source>
        <translation>/path</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>New inject</translation>
    </message>
</context>
<context>
    <name>cd::editor::ListFormPage</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>cd::editor::MetaPage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Clock start</source>
        <translation>Clock start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Model step (min)</source>
        <translation>Model step (min)</translation>
    </message>
    <message>
        <source>HH:MM, the clock time at the exercise start</source>
        <translation>HH:MM, the clock time at the exercise start</translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation>+HH:MM</translation>
    </message>
    <message>
        <source>Allowed channels</source>
        <translation>Allowed channels</translation>
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
        <source>The channels this exercise allows (meta.channels). Injects, player actions and persona calls on another channel are errors, and rooms do not show it.</source>
        <translation>The channels this exercise allows (meta.channels). Injects, player actions and persona calls on another channel are errors, and rooms do not show it.</translation>
    </message>
</context>
<context>
    <name>cd::editor::ObjectivePage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>Remove objective</translation>
    </message>
    <message>
        <source>The verification theme (検証課題) the objective serves</source>
        <translation>The verification theme (検証課題) the objective serves</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>New objective</translation>
    </message>
</context>
<context>
    <name>cd::editor::PersonaPage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sends</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Remove persona</translation>
    </message>
    <message>
        <source>Who the persona is: customer, press, vendor, csirt, government, ...</source>
        <translation>Who the persona is: customer, press, vendor, csirt, government, ...</translation>
    </message>
    <message>
        <source>no inject yet</source>
        <translation>no inject yet</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
</context>
<context>
    <name>cd::editor::ResponsePage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who may request</source>
        <translation>Who may request</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Add response</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>Remove response</translation>
    </message>
    <message>
        <source>+HH:MM from the request to the effect</source>
        <translation>+HH:MM from the request to the effect</translation>
    </message>
    <message>
        <source>Automatic (approved when requested)</source>
        <translation>Automatic (approved when requested)</translation>
    </message>
    <message>
        <source>The control team approves or declines</source>
        <translation>The control team approves or declines</translation>
    </message>
    <message>
        <source>Add autonomy to an edge (hours)</source>
        <translation>Add autonomy to an edge (hours)</translation>
    </message>
    <message>
        <source>Scale an edge&apos;s weight (factor)</source>
        <translation>Scale an edge&apos;s weight (factor)</translation>
    </message>
    <message>
        <source>Set a node&apos;s shock (0-1)</source>
        <translation>Set a node&apos;s shock (0-1)</translation>
    </message>
    <message>
        <source>Set a node&apos;s recovery rate (per hour, or inf)</source>
        <translation>Set a node&apos;s recovery rate (per hour, or inf)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>New response</translation>
    </message>
</context>
<context>
    <name>cd::editor::RoomPage</name>
    <message>
        <source>Add room</source>
        <translation>Add room</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Remove room</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>Own sector</source>
        <translation>Own sector</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Phone lines</translation>
    </message>
    <message>
        <source>sector ids separated by ; (a ministry)</source>
        <translation>sector ids separated by ; (a ministry)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
</context>
<context>
    <name>cd::editor::ScenarioDocument</name>
    <message>
        <source>no file name</source>
        <translation>no file name</translation>
    </message>
    <message>
        <source>cannot write the layout %1: %2</source>
        <translation>cannot write the layout %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::editor::SectionsPage</name>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Expected flows</source>
        <translation>Expected flows</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
</context>
<context>
    <name>cd::editor::ShockModel</name>
    <message>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Shock c</source>
        <translation>Shock c</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>cd::editor::SitePage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read / Post</source>
        <translation>Read / Post</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>Page path</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Page body</source>
        <translation>Page body</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <source>Who may read the site</source>
        <translation>Who may read the site</translation>
    </message>
    <message>
        <source>Who may post on the site (none: only the control team)</source>
        <translation>Who may post on the site (none: only the control team)</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Add page</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Remove page</translation>
    </message>
    <message>
        <source>/path</source>
        <translation>/path</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(no path)</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>New page</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
</context>
<context>
    <name>cd::editor::SurveyPage</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choice %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>scale5: an answer from 1 to 5; choice: one of the choices; text: free text</source>
        <translation>scale5: an answer from 1 to 5; choice: one of the choices; text: free text</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Add choice</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
</context>
<context>
    <name>cd::editor::TextPairEdit</name>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English (leave empty for a single-language text)</source>
        <translation>English (leave empty for a single-language text)</translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelinePage</name>
    <message>
        <source>What this room receives:</source>
        <translation>What this room receives:</translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation>(condition)</translation>
    </message>
    <message>
        <source>Nothing reaches this room.</source>
        <translation>Nothing reaches this room.</translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelineView</name>
    <message>
        <source>Conditional</source>
        <translation>Conditional</translation>
    </message>
</context>
<context>
    <name>cd::editor::TruthPage</name>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Shocks</source>
        <translation>Shocks</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>Shock</translation>
    </message>
    <message>
        <source>Add shock</source>
        <translation>Add shock</translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation>Remove shock</translation>
    </message>
    <message>
        <source>from +HH:MM</source>
        <translation>from +HH:MM</translation>
    </message>
    <message>
        <source>to +HH:MM (empty: open-ended)</source>
        <translation>to +HH:MM (empty: open-ended)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Direct shock c in [0, 1]</source>
        <translation>Direct shock c in [0, 1]</translation>
    </message>
</context>
<context>
    <name>cd::gui::CallStatus</name>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>No dial tone</source>
        <translation>No dial tone</translation>
    </message>
</context>
<context>
    <name>cd::gui::ClockBar</name>
    <message>
        <source>End the exercise</source>
        <translation>End the exercise</translation>
    </message>
    <message>
        <source>End the exercise now? Rooms can then only answer the survey.</source>
        <translation>End the exercise now? Rooms can then only answer the survey.</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Exercise clock</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>End exercise</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>max speed</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>exercise %1 / %2</source>
        <translation>exercise %1 / %2</translation>
    </message>
    <message>
        <source>wall %1</source>
        <translation>wall %1</translation>
    </message>
    <message>
        <source>no timed inject left</source>
        <translation>no timed inject left</translation>
    </message>
    <message>
        <source>next inject in %1 min (%2)</source>
        <translation>next inject in %1 min (%2)</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ENDED</translation>
    </message>
    <message>
        <source>READY — press Start</source>
        <translation>READY — press Start</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>RUNNING</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>PAUSED — press Resume</source>
        <translation>PAUSED — press Resume</translation>
    </message>
    <message>
        <source>no more injects: the survey is open</source>
        <translation>no more injects: the survey is open</translation>
    </message>
</context>
<context>
    <name>cd::gui::CommsModel</name>
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
        <source>call: ringing</source>
        <translation>call: ringing</translation>
    </message>
    <message>
        <source>call: connected</source>
        <translation>call: connected</translation>
    </message>
    <message>
        <source>call: ended</source>
        <translation>call: ended</translation>
    </message>
    <message>
        <source>call: missed</source>
        <translation>call: missed</translation>
    </message>
    <message>
        <source>call: busy</source>
        <translation>call: busy</translation>
    </message>
    <message>
        <source>call: no dial tone</source>
        <translation>call: no dial tone</translation>
    </message>
    <message>
        <source>page posted</source>
        <translation>page posted</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject / words</source>
        <translation>Subject / words</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>call: declined</source>
        <translation>call: declined</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>in transit</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message numerus="yes">
        <source>after %n min</source>
        <translation>
            <numerusform>after %n min</numerusform>
            <numerusform>after %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
</context>
<context>
    <name>cd::gui::ComposeDialog</name>
    <message>
        <source>New mail</source>
        <translation>New mail</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Send (Ctrl+Return)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
</context>
<context>
    <name>cd::gui::ConditionText</name>
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
</context>
<context>
    <name>cd::gui::ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting in %1 s</source>
        <translation>Connection lost; reconnecting in %1 s</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>Connection lost (%1); reconnecting in %2 s</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Disconnected: %1</translation>
    </message>
    <message>
        <source>the server is stopping</source>
        <translation>the server is stopping</translation>
    </message>
    <message>
        <source>the server could not record events and stopped</source>
        <translation>the server could not record events and stopped</translation>
    </message>
</context>
<context>
    <name>cd::gui::Console</name>
    <message>
        <source>Open &amp;room…</source>
        <translation>Open &amp;room…</translation>
    </message>
    <message>
        <source>Open &amp;all rooms</source>
        <translation>Open &amp;all rooms</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>Open room</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
</context>
<context>
    <name>cd::gui::ConsoleActions</name>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>&amp;Resume the clock</translation>
    </message>
    <message>
        <source>&amp;Start the clock</source>
        <translation>&amp;Start the clock</translation>
    </message>
    <message>
        <source>&amp;Pause the clock</source>
        <translation>&amp;Pause the clock</translation>
    </message>
    <message>
        <source>&amp;Fire the selected inject now</source>
        <translation>&amp;Fire the selected inject now</translation>
    </message>
    <message>
        <source>S&amp;kip the selected inject…</source>
        <translation>S&amp;kip the selected inject…</translation>
    </message>
    <message>
        <source>&amp;Delay the selected inject…</source>
        <translation>&amp;Delay the selected inject…</translation>
    </message>
    <message>
        <source>&amp;Answer the call to a persona</source>
        <translation>&amp;Answer the call to a persona</translation>
    </message>
    <message>
        <source>De&amp;cline the call to a persona</source>
        <translation>De&amp;cline the call to a persona</translation>
    </message>
    <message>
        <source>&amp;Hang up the persona&apos;s call</source>
        <translation>&amp;Hang up the persona&apos;s call</translation>
    </message>
</context>
<context>
    <name>cd::gui::DebriefReplay</name>
    <message>
        <source>Exercise time:</source>
        <translation>Exercise time:</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Fired</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>The exercise cannot be replayed:
%1</source>
        <translation>The exercise cannot be replayed:
%1</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>fired</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1, level breached</source>
        <translation>%1, level breached</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Exercise minutes shown per second of playing</source>
        <translation>Exercise minutes shown per second of playing</translation>
    </message>
    <message>
        <source>%1 min/s</source>
        <translation>%1 min/s</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>Jump to…</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>Out now</translation>
    </message>
    <message>
        <source>Unit-hours so far</source>
        <translation>Unit-hours so far</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Knew the cause</source>
        <translation>Knew the cause</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 inject %2: %3</source>
        <translation>%1 inject %2: %3</translation>
    </message>
    <message>
        <source>%1 flow %2 met</source>
        <translation>%1 flow %2 met</translation>
    </message>
    <message>
        <source>%1 level breached: %2</source>
        <translation>%1 level breached: %2</translation>
    </message>
    <message>
        <source>%1 %2-hours</source>
        <translation>%1 %2-hours</translation>
    </message>
    <message>
        <source>own hypothesis</source>
        <translation>own hypothesis</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>yes, since %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 flow %2 missed</source>
        <translation>%1 flow %2 missed</translation>
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
    <name>cd::gui::ExerciseSession</name>
    <message>
        <source>%1; not continuing it</source>
        <translation>%1; not continuing it</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the scenario has errors; open it to see them</source>
        <translation>the scenario has errors; open it to see them</translation>
    </message>
    <message>
        <source>cannot create the exercise database %1</source>
        <translation>cannot create the exercise database %1</translation>
    </message>
    <message>
        <source>cannot open the exercise database %1</source>
        <translation>cannot open the exercise database %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::HostDialog</name>
    <message>
        <source>Export join links…</source>
        <translation>Export join links…</translation>
    </message>
    <message>
        <source>Write every room's join links to a folder: a CSV and printable sheets with QR codes</source>
        <translation>Write every room's join links to a folder: a CSV and printable sheets with QR codes</translation>
    </message>
    <message numerus="yes">
        <source>Join links of %n room(s) written to %1: join-links.csv and join-handouts.html (open it in a browser to print one sheet per room). They are the rooms' keys: hand each sheet to its room only.</source>
        <translation>
            <numerusform>Join links of %n room written to %1: join-links.csv and join-handouts.html (open it in a browser to print one sheet per room). They are the rooms' keys: hand each sheet to its room only.</numerusform>
            <numerusform>Join links of %n rooms written to %1: join-links.csv and join-handouts.html (open it in a browser to print one sheet per room). They are the rooms' keys: hand each sheet to its room only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) left out: their tokens were issued earlier; reissue them to include them.</source>
        <translation>
            <numerusform>%n room left out: its token was issued earlier; reissue it to include it.</numerusform>
            <numerusform>%n rooms left out: their tokens were issued earlier; reissue them to include them.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host for remote rooms…</source>
        <translation>&amp;Host for remote rooms…</translation>
    </message>
    <message>
        <source>Serve this exercise to player rooms on other computers</source>
        <translation>Serve this exercise to player rooms on other computers</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM keys (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Listen on: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>Listen on: expected HOST:PORT, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Cannot host: %1</source>
        <translation>Cannot host: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Cannot serve the web portal on port %1: %2</source>
        <translation>Cannot serve the web portal on port %1: %2</translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Not hosting</translation>
    </message>
    <message>
        <source>(token issued earlier: reissue to show a new URL)</source>
        <translation>(token issued earlier: reissue to show a new URL)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Reissue token</source>
        <translation>Reissue token</translation>
    </message>
    <message>
        <source>Issue a new join URL for this room; the old one stops working at once</source>
        <translation>Issue a new join URL for this room; the old one stops working at once</translation>
    </message>
    <message>
        <source>Hosting on port %1 (%2), %3 connected</source>
        <translation>Hosting on port %1 (%2), %3 connected</translation>
    </message>
    <message>
        <source>; web portal on port %1</source>
        <translation>; web portal on port %1</translation>
    </message>
    <message>
        <source>Host for remote rooms</source>
        <translation>Host for remote rooms</translation>
    </message>
    <message>
        <source>Listen on (HOST:PORT):</source>
        <translation>Listen on (HOST:PORT):</translation>
    </message>
    <message>
        <source>Web portal port:</source>
        <translation>Web portal port:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Also serve each room&apos;s web portal to browsers (0: any free port)</source>
        <translation>Also serve each room&apos;s web portal to browsers (0: any free port)</translation>
    </message>
    <message>
        <source>TLS certificate (PEM, optional):</source>
        <translation>TLS certificate (PEM, optional):</translation>
    </message>
    <message>
        <source>TLS private key (PEM):</source>
        <translation>TLS private key (PEM):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation>Start hosting</translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation>Stop hosting</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Join URL (crossdrill join)</source>
        <translation>Join URL (crossdrill join)</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Web portal</translation>
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
    <name>cd::gui::JudgeDock</name>
    <message>
        <source>Hypotheses and requests</source>
        <translation>Hypotheses and requests</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation>Partly correct</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>cd::gui::Kind</name>
    <message>
        <source>Report (情報連絡)</source>
        <translation>Report (情報連絡)</translation>
    </message>
    <message>
        <source>Advisory (情報提供)</source>
        <translation>Advisory (情報提供)</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>cd::gui::Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>cd::gui::MailModel</name>
    <message>
        <source> (cc: %1)</source>
        <translation> (cc: %1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>cd::gui::MailPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>New mail (Ctrl+N)</source>
        <translation>New mail (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>Reply (Ctrl+R)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>In this thread:</source>
        <translation>In this thread:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Fwd: %1</source>
        <translation>Fwd: %1</translation>
    </message>
    <message>
        <source>Forward (Ctrl+Shift+F)</source>
        <translation>Forward (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>The exercise has ended: mail can only be read.</source>
        <translation>The exercise has ended: mail can only be read.</translation>
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
        <source>About CrossDrill</source>
        <translation>About CrossDrill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;Cross-sector critical-infrastructure exercises: scripted injects, player rooms that share information by mail, phone and web, and an interdependency model that turns a hidden root cause into a cascade across sectors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;Cross-sector critical-infrastructure exercises: scripted injects, player rooms that share information by mail, phone and web, and an interdependency model that turns a hidden root cause into a cascade across sectors.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>E&amp;xercise</translation>
    </message>
    <message>
        <source>&amp;Start new exercise…</source>
        <translation>&amp;Start new exercise…</translation>
    </message>
    <message>
        <source>Run the open scenario as an exercise, recorded in a new exercise database</source>
        <translation>Run the open scenario as an exercise, recorded in a new exercise database</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>R&amp;ooms</translation>
    </message>
    <message>
        <source>New exercise database</source>
        <translation>New exercise database</translation>
    </message>
    <message>
        <source>Exercise databases (*.cxdb)</source>
        <translation>Exercise databases (*.cxdb)</translation>
    </message>
    <message>
        <source>Cannot start the exercise</source>
        <translation>Cannot start the exercise</translation>
    </message>
    <message>
        <source>cannot reopen this exercise database: %1</source>
        <translation>cannot reopen this exercise database: %1</translation>
    </message>
    <message>
        <source>cannot start an exercise in %1: %2</source>
        <translation>cannot start an exercise in %1: %2</translation>
    </message>
    <message>
        <source>New exercise recorded in %1. The clock waits at the start: press Start (F5).</source>
        <translation>New exercise recorded in %1. The clock waits at the start: press Start (F5).</translation>
    </message>
    <message>
        <source>Scenarios and exercises (*.cxs.json *.cxdb);;Scenarios (*.cxs.json);;Exercise databases (*.cxdb);;JSON files (*.json);;All files (*)</source>
        <translation>Scenarios and exercises (*.cxs.json *.cxdb);;Scenarios (*.cxs.json);;Exercise databases (*.cxdb);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Reopened %1: this exercise has ended.</source>
        <translation>Reopened %1: this exercise has ended.</translation>
    </message>
    <message>
        <source>Reopened %1 at %2. The clock waits: press Resume (F5).</source>
        <translation>Reopened %1 at %2. The clock waits: press Resume (F5).</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercise: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>How to run an exercise, from opening a scenario to the report</source>
        <translation>How to run an exercise, from opening a scenario to the report</translation>
    </message>
    <message>
        <source>Quit CrossDrill</source>
        <translation>Quit CrossDrill</translation>
    </message>
    <message>
        <source>Quit CrossDrill? The console, every room window, the scenario editors and the floating panels close.

The exercise is saved: every event is already recorded in %1. Open that file to resume it.</source>
        <translation>Quit CrossDrill? The console, every room window, the scenario editors and the floating panels close.

The exercise is saved: every event is already recorded in %1. Open that file to resume it.</translation>
    </message>
</context>
<context>
    <name>cd::gui::MonitorDock</name>
    <message>
        <source>Communications monitor</source>
        <translation>Communications monitor</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
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
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Search subject, words, parties…</source>
        <translation>Search subject, words, parties…</translation>
    </message>
    <message>
        <source>This thread only</source>
        <translation>This thread only</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Delivered:</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>Read by:</translation>
    </message>
</context>
<context>
    <name>cd::gui::MselModel</name>
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
    <name>cd::gui::ObservationDock</name>
    <message>
        <source>Evaluator observations</source>
        <translation>Evaluator observations</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(no objective)</translation>
    </message>
    <message>
        <source>P — performed</source>
        <translation>P — performed</translation>
    </message>
    <message>
        <source>S — some difficulty</source>
        <translation>S — some difficulty</translation>
    </message>
    <message>
        <source>M — major difficulty</source>
        <translation>M — major difficulty</translation>
    </message>
    <message>
        <source>U — unable to perform</source>
        <translation>U — unable to perform</translation>
    </message>
    <message>
        <source>What did you observe?</source>
        <translation>What did you observe?</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Rows selected in the communications monitor are linked to the observation.</source>
        <translation>Rows selected in the communications monitor are linked to the observation.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
</context>
<context>
    <name>cd::gui::Pdf</name>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>cd::gui::PhonePanel</name>
    <message>
        <source>Answer (Ctrl+Shift+A)</source>
        <translation>Answer (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Say</translation>
    </message>
    <message>
        <source>Type what you say on the call, then Enter</source>
        <translation>Type what you say on the call, then Enter</translation>
    </message>
    <message>
        <source>Hang up (Ctrl+Shift+H)</source>
        <translation>Hang up (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Place a call</source>
        <translation>Place a call</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>What you say when they answer (optional)</source>
        <translation>What you say when they answer (optional)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>%1 is busy.</source>
        <translation>%1 is busy.</translation>
    </message>
    <message>
        <source>No dial tone: the call to %1 did not go through.</source>
        <translation>No dial tone: the call to %1 did not go through.</translation>
    </message>
    <message>
        <source>— connected with %1 —</source>
        <translation>— connected with %1 —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>— call ended —</source>
        <translation>— call ended —</translation>
    </message>
    <message>
        <source>— no answer —</source>
        <translation>— no answer —</translation>
    </message>
    <message>
        <source>☎ Incoming call from %1</source>
        <translation>☎ Incoming call from %1</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>No call in progress</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Calling %1…</translation>
    </message>
    <message>
        <source>On the line with %1</source>
        <translation>On the line with %1</translation>
    </message>
    <message>
        <source>%1 declined the call.</source>
        <translation>%1 declined the call.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation>The exercise has ended.</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlanCommands</name>
    <message>
        <source>Add row %1</source>
        <translation>Add row %1</translation>
    </message>
    <message>
        <source>Edit %1 of row %2</source>
        <translation>Edit %1 of row %2</translation>
    </message>
    <message>
        <source>Delete row %1</source>
        <translation>Delete row %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlanDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlanModel</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Capability element</source>
        <translation>Capability element</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Point of contact</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlayPanel</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Verification level breached</source>
        <translation>Verification level breached</translation>
    </message>
    <message>
        <source>Our service status</source>
        <translation>Our service status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Hypotheses about the cause</source>
        <translation>Hypotheses about the cause</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <source>What do you think is causing this?</source>
        <translation>What do you think is causing this?</translation>
    </message>
    <message>
        <source>Submit hypothesis</source>
        <translation>Submit hypothesis</translation>
    </message>
    <message>
        <source>Responses we may request</source>
        <translation>Responses we may request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 (needs control approval)</source>
        <translation>%1 (needs control approval)</translation>
    </message>
    <message>
        <source>Request selected response</source>
        <translation>Request selected response</translation>
    </message>
    <message>
        <source>The exercise has ended: only the survey remains.</source>
        <translation>The exercise has ended: only the survey remains.</translation>
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
    <name>cd::gui::RemoteRoom</name>
    <message>
        <source>Joining room %1 — CrossDrill</source>
        <translation>Joining room %1 — CrossDrill</translation>
    </message>
    <message>
        <source>Joining the exercise as room %1</source>
        <translation>Joining the exercise as room %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReplayChart</name>
    <message>
        <source>exercise minute</source>
        <translation>exercise minute</translation>
    </message>
    <message>
        <source>verification level of %1: %2 %3 (q %4) for %5 min</source>
        <translation>verification level of %1: %2 %3 (q %4) for %5 min</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportMenu</name>
    <message>
        <source>Re&amp;port</source>
        <translation>Re&amp;port</translation>
    </message>
    <message>
        <source>After-action &amp;report</source>
        <translation>After-action &amp;report</translation>
    </message>
    <message>
        <source>The after-action report of this exercise: the figures so far while it runs</source>
        <translation>The after-action report of this exercise: the figures so far while it runs</translation>
    </message>
    <message>
        <source>After-action report (F9)</source>
        <translation>After-action report (F9)</translation>
    </message>
    <message>
        <source>&amp;Improvement plan</source>
        <translation>&amp;Improvement plan</translation>
    </message>
    <message>
        <source>Fill in the improvement plan (Appendix A of the report)</source>
        <translation>Fill in the improvement plan (Appendix A of the report)</translation>
    </message>
    <message>
        <source>&amp;Debrief replay</source>
        <translation>&amp;Debrief replay</translation>
    </message>
    <message>
        <source>Replay the exercise minute by minute for the hot wash</source>
        <translation>Replay the exercise minute by minute for the hot wash</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportView</name>
    <message>
        <source>Computing the after-action report...</source>
        <translation>Computing the after-action report...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Export JSON...</translation>
    </message>
    <message>
        <source>Export HTML...</source>
        <translation>Export HTML...</translation>
    </message>
    <message>
        <source>Export Markdown...</source>
        <translation>Export Markdown...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Export PDF...</translation>
    </message>
    <message>
        <source>The improvement plan has unsaved changes.</source>
        <translation>The improvement plan has unsaved changes.</translation>
    </message>
    <message>
        <source>The report cannot be computed:
%1</source>
        <translation>The report cannot be computed:
%1</translation>
    </message>
    <message>
        <source>Improvement plan saved.</source>
        <translation>Improvement plan saved.</translation>
    </message>
    <message>
        <source>%1: the file must end in .json, .html, .md or .pdf</source>
        <translation>%1: the file must end in .json, .html, .md or .pdf</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Report (*.%1)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>writing</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Exporting the report...</translation>
    </message>
    <message>
        <source>Exporting the report: %1</source>
        <translation>Exporting the report: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportWindow</name>
    <message>
        <source>After-action report — %1</source>
        <translation>After-action report — %1</translation>
    </message>
    <message>
        <source>Figures from the exercise log up to %1; Report &gt; Refresh brings them up to date.</source>
        <translation>Figures from the exercise log up to %1; Report &gt; Refresh brings them up to date.</translation>
    </message>
    <message>
        <source>Debrief replay</source>
        <translation>Debrief replay</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Export &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Improvement plan</source>
        <translation>&amp;Improvement plan</translation>
    </message>
    <message>
        <source>&amp;Debrief replay</source>
        <translation>&amp;Debrief replay</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Figures from the exercise log up to %1.</source>
        <translation>Figures from the exercise log up to %1.</translation>
    </message>
</context>
<context>
    <name>cd::gui::Request</name>
    <message>
        <source>Requested, awaiting approval</source>
        <translation>Requested, awaiting approval</translation>
    </message>
    <message>
        <source>Approved, taking effect</source>
        <translation>Approved, taking effect</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
</context>
<context>
    <name>cd::gui::RoomActions</name>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Web</source>
        <translation>&amp;Web</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;New mail…</source>
        <translation>&amp;New mail…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>&amp;Answer the ringing call</source>
        <translation>&amp;Answer the ringing call</translation>
    </message>
    <message>
        <source>&amp;Decline the ringing call</source>
        <translation>&amp;Decline the ringing call</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Hang up</translation>
    </message>
    <message>
        <source>&amp;Speak on the call</source>
        <translation>&amp;Speak on the call</translation>
    </message>
    <message>
        <source>Place a &amp;call…</source>
        <translation>Place a &amp;call…</translation>
    </message>
    <message>
        <source>Shows the dial on the Phone tab; on that tab, calls the chosen party</source>
        <translation>Shows the dial on the Phone tab; on that tab, calls the chosen party</translation>
    </message>
    <message>
        <source>&amp;Post a page…</source>
        <translation>&amp;Post a page…</translation>
    </message>
    <message>
        <source>Shows the post form on the Web tab; on that tab, posts the page</source>
        <translation>Shows the post form on the Web tab; on that tab, posts the page</translation>
    </message>
    <message>
        <source>&amp;Status and play</source>
        <translation>&amp;Status and play</translation>
    </message>
    <message>
        <source>The exercise has ended: pages can only be read.</source>
        <translation>The exercise has ended: pages can only be read.</translation>
    </message>
    <message>
        <source>This room cannot post on the selected site (%1).</source>
        <translation>This room cannot post on the selected site (%1).</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>cd::gui::RoomDirectory</name>
    <message>
        <source>Control (事務局)</source>
        <translation>Control (事務局)</translation>
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
    <name>cd::gui::RoomWindow</name>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>Exercise ended</translation>
    </message>
    <message>
        <source>Exercise time %1</source>
        <translation>Exercise time %1</translation>
    </message>
    <message>
        <source>%1 — CrossDrill room</source>
        <translation>%1 — CrossDrill room</translation>
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
        <source>Status and play</source>
        <translation>Status and play</translation>
    </message>
    <message>
        <source>Observer — read only: this seat sees what the room sees and cannot act for it.</source>
        <translation>Observer — read only: this seat sees what the room sees and cannot act for it.</translation>
    </message>
    <message>
        <source>%1 — Observer — read only — CrossDrill</source>
        <translation>%1 — Observer — read only — CrossDrill</translation>
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
    <name>cd::gui::ScenarioNames</name>
    <message>
        <source>Control team</source>
        <translation>Control team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Filter the timeline (Ctrl+F)</source>
        <translation>Filter the timeline (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>cd::gui::SectorBoardModel</name>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>no level</translation>
    </message>
    <message>
        <source>BREACHED at %1</source>
        <translation>BREACHED at %1</translation>
    </message>
    <message>
        <source>within level</source>
        <translation>within level</translation>
    </message>
    <message>
        <source>not at risk</source>
        <translation>not at risk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>q (loss)</source>
        <translation>q (loss)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>Verification level</translation>
    </message>
    <message>
        <source>Time to breach</source>
        <translation>Time to breach</translation>
    </message>
</context>
<context>
    <name>cd::gui::SectorDock</name>
    <message>
        <source>q = %1 (%2 of %3 %4 affected)</source>
        <translation>q = %1 (%2 of %3 %4 affected)</translation>
    </message>
    <message>
        <source>depends on %1 (weight %2, q %3): autonomy left %4 h of %5 h</source>
        <translation>depends on %1 (weight %2, q %3): autonomy left %4 h of %5 h</translation>
    </message>
    <message>
        <source>Sectors (control view of the model)</source>
        <translation>Sectors (control view of the model)</translation>
    </message>
    <message>
        <source>q(t) chart</source>
        <translation>q(t) chart</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Dependency graph</translation>
    </message>
    <message>
        <source>exercise minute</source>
        <translation>exercise minute</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
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
    <name>cd::gui::SeriesLegend</name>
    <message>
        <source>Click a name, or choose it with the arrow keys and press Space, to highlight its line</source>
        <translation>Click a name, or choose it with the arrow keys and press Space, to highlight its line</translation>
    </message>
</context>
<context>
    <name>cd::gui::SurveyForm</name>
    <message>
        <source>Survey (アンケート)</source>
        <translation>Survey (アンケート)</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>Send answers</translation>
    </message>
    <message>
        <source>Answers sent — thank you</source>
        <translation>Answers sent — thank you</translation>
    </message>
</context>
<context>
    <name>cd::gui::TimelineDock</name>
    <message>
        <source>fired by hand</source>
        <translation>fired by hand</translation>
    </message>
    <message>
        <source>MSEL timeline (状況付与)</source>
        <translation>MSEL timeline (状況付与)</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>Fire now</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <source>Delay…</source>
        <translation>Delay…</translation>
    </message>
    <message>
        <source>Delay inject %1</source>
        <translation>Delay inject %1</translation>
    </message>
    <message>
        <source>Skip inject %1</source>
        <translation>Skip inject %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Delay by:</source>
        <translation>Delay by:</translation>
    </message>
    <message>
        <source>Reason (recorded):</source>
        <translation>Reason (recorded):</translation>
    </message>
</context>
<context>
    <name>cd::gui::TimelineModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>met ✓</source>
        <translation>met ✓</translation>
    </message>
    <message>
        <source>missed ✗</source>
        <translation>missed ✗</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4 min): %5</source>
        <translation>%1 %2 → %3 (%4 min): %5</translation>
    </message>
    <message>
        <source>fired %1 (by hand)</source>
        <translation>fired %1 (by hand)</translation>
    </message>
    <message>
        <source>fired %1</source>
        <translation>fired %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>delayed +%1 min</source>
        <translation>delayed +%1 min</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>armed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source> + %1 min</source>
        <translation> + %1 min</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation> (by hand)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time / condition</source>
        <translation>Time / condition</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Expected actions</translation>
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
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cc: %1</source>
        <translation>cc: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>cd::gui::TruthDock</name>
    <message>
        <source>Truth — control only</source>
        <translation>Truth — control only</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Shocks driving the model</source>
        <translation>Shocks driving the model</translation>
    </message>
    <message>
        <source>%1: c = %2 from %3%4</source>
        <translation>%1: c = %2 from %3%4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <source>Control notes</source>
        <translation>Control notes</translation>
    </message>
</context>
<context>
    <name>cd::gui::UserGuideDialog</name>
    <message>
        <source>CrossDrill user guide</source>
        <translation>CrossDrill user guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>The user guide is missing from this build.</translation>
    </message>
</context>
<context>
    <name>cd::gui::Verdict</name>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation>Partly correct</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Not judged yet</translation>
    </message>
</context>
<context>
    <name>cd::gui::WebPanel</name>
    <message>
        <source>Post a page on this site</source>
        <translation>Post a page on this site</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>/notices/1</source>
        <translation>/notices/1</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Page text</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Select a page</source>
        <translation>Select a page</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>The exercise has ended: pages can only be read.</source>
        <translation>The exercise has ended: pages can only be read.</translation>
    </message>
    <message>
        <source>This room can read this site but not post on it.</source>
        <translation>This room can read this site but not post on it.</translation>
    </message>
</context>
<context>
    <name>cd::gui::WhiteCellDock</name>
    <message>
        <source>White cell (personas)</source>
        <translation>White cell (personas)</translation>
    </message>
    <message>
        <source>As persona:</source>
        <translation>As persona:</translation>
    </message>
    <message>
        <source>To room:</source>
        <translation>To room:</translation>
    </message>
    <message>
        <source>Subject / title:</source>
        <translation>Subject / title:</translation>
    </message>
    <message>
        <source>Mail body, the words said when the room answers, or the page text</source>
        <translation>Mail body, the words said when the room answers, or the page text</translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation>Send mail</translation>
    </message>
    <message>
        <source>Call room</source>
        <translation>Call room</translation>
    </message>
    <message>
        <source>Publish page on</source>
        <translation>Publish page on</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Speak as the persona on the selected call, then Enter</source>
        <translation>Speak as the persona on the selected call, then Enter</translation>
    </message>
    <message>
        <source>Answer (Ctrl+Shift+A)</source>
        <translation>Answer (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline (Ctrl+Shift+X)</source>
        <translation>Decline (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Hang up (Ctrl+Shift+H)</source>
        <translation>Hang up (Ctrl+Shift+H)</translation>
    </message>
    <message numerus="yes">
        <source>☎ %1 is calling %2, waiting %n min. Select the call and answer (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>☎ %1 is calling %2, waiting %n min. Select the call and answer (Ctrl+Shift+A).</numerusform>
            <numerusform>☎ %1 is calling %2, waiting %n min. Select the call and answer (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) waiting.</source>
        <translation>
            <numerusform>%n more call waiting.</numerusform>
            <numerusform>%n more calls waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::gui::Workspaces</name>
    <message>
        <source>Workspace: &amp;Conduct</source>
        <translation>Workspace: &amp;Conduct</translation>
    </message>
    <message>
        <source>The MSEL timeline, the sector board and the white cell side by side</source>
        <translation>The MSEL timeline, the sector board and the white cell side by side</translation>
    </message>
    <message>
        <source>Workspace: &amp;Model</source>
        <translation>Workspace: &amp;Model</translation>
    </message>
    <message>
        <source>The sector board and its chart large, with the truth and the timeline</source>
        <translation>The sector board and its chart large, with the truth and the timeline</translation>
    </message>
    <message>
        <source>Workspace: Co&amp;mmunications</source>
        <translation>Workspace: Co&amp;mmunications</translation>
    </message>
    <message>
        <source>The communications monitor large, with the white cell</source>
        <translation>The communications monitor large, with the white cell</translation>
    </message>
    <message>
        <source>Workspace: &amp;Evaluation</source>
        <translation>Workspace: &amp;Evaluation</translation>
    </message>
    <message>
        <source>The communications monitor with the judge and the observations</source>
        <translation>The communications monitor with the judge and the observations</translation>
    </message>
    <message>
        <source>&amp;Reset workspace</source>
        <translation>&amp;Reset workspace</translation>
    </message>
    <message>
        <source>Put the panels of this workspace back where they were at first</source>
        <translation>Put the panels of this workspace back where they were at first</translation>
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
        <source>Documentation (in %1):</source>
        <translation>Documentation (in %1):</translation>
    </message>
    <message>
        <source>the docs/ folder of the source tree</source>
        <translation>the docs/ folder of the source tree</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>the index</translation>
    </message>
    <message>
        <source>the exercise and its Japanese terms</source>
        <translation>the exercise and its Japanese terms</translation>
    </message>
    <message>
        <source>the scenario file, the MSEL and player scripts</source>
        <translation>the scenario file, the MSEL and player scripts</translation>
    </message>
    <message>
        <source>the interdependency model and its file formats</source>
        <translation>the interdependency model and its file formats</translation>
    </message>
    <message>
        <source>crossdrill analyze, read by people</source>
        <translation>crossdrill analyze, read by people</translation>
    </message>
    <message>
        <source>layers, events, the visibility rule, the commands</source>
        <translation>layers, events, the visibility rule, the commands</translation>
    </message>
    <message>
        <source>the network protocol of remote rooms</source>
        <translation>the network protocol of remote rooms</translation>
    </message>
    <message>
        <source>how the code is written</source>
        <translation>how the code is written</translation>
    </message>
    <message>
        <source>Commands (crossdrill COMMAND --help):</source>
        <translation>Commands (crossdrill COMMAND --help):</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Writes the after-action report of an exercise database (JSON, HTML, Markdown or PDF).</source>
        <translation>Writes the after-action report of an exercise database (JSON, HTML, Markdown or PDF).</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>The exercise database.</translation>
    </message>
    <message>
        <source>The report file; its extension (.json, .html, .md, .pdf) is the format.</source>
        <translation>The report file; its extension (.json, .html, .md, .pdf) is the format.</translation>
    </message>
    <message>
        <source>ja or en (default: from the locale).</source>
        <translation>ja or en (default: from the locale).</translation>
    </message>
    <message>
        <source>--lang: expected ja or en, got &quot;%1&quot;</source>
        <translation>--lang: expected ja or en, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the output must end in .json, .html, .md or .pdf</source>
        <translation>%1: the output must end in .json, .html, .md or .pdf</translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation>%1: no such exercise database</translation>
    </message>
    <message>
        <source>report: %1% %2</source>
        <translation>report: %1% %2</translation>
    </message>
    <message>
        <source>Open the report, improvement plan and debrief replay in a window (after writing -o FILE, if given).</source>
        <translation>Open the report, improvement plan and debrief replay in a window (after writing -o FILE, if given).</translation>
    </message>
    <message>
        <source>usage: crossdrill report DB (-o OUT.{json,html,md,pdf} | --view) [--lang ja|en]</source>
        <translation>usage: crossdrill report DB (-o OUT.{json,html,md,pdf} | --view) [--lang ja|en]</translation>
    </message>
    <message>
        <source>--view: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>--view: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)</translation>
    </message>
    <message>
        <source>With --view: the page to open (report, plan or replay).</source>
        <translation>With --view: the page to open (report, plan or replay).</translation>
    </message>
    <message>
        <source>With --view: the replay&apos;s time (+HH:MM).</source>
        <translation>With --view: the replay&apos;s time (+HH:MM).</translation>
    </message>
    <message>
        <source>--page: expected report, plan or replay, got &quot;%1&quot;</source>
        <translation>--page: expected report, plan or replay, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--at: expected +HH:MM, got &quot;%1&quot;</source>
        <translation>--at: expected +HH:MM, got &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>%1; not continuing it</source>
        <translation>%1; not continuing it</translation>
    </message>
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
        <source>%1: no such exercise database</source>
        <translation>%1: no such exercise database</translation>
    </message>
    <message>
        <source>%1: already exists; continue it with --resume or choose a new file</source>
        <translation>%1: already exists; continue it with --resume or choose a new file</translation>
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
    <message>
        <source>%1: is being run by another process (pid %2)</source>
        <translation>%1: is being run by another process (pid %2)</translation>
    </message>
</context>
<context>
    <name>JoinHandouts</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Room id: %1</source>
        <translation>Room id: %1</translation>
    </message>
    <message>
        <source>In a web browser</source>
        <translation>In a web browser</translation>
    </message>
    <message>
        <source>Scan the code or open this address; nothing to install.</source>
        <translation>Scan the code or open this address; nothing to install.</translation>
    </message>
    <message>
        <source>With the CrossDrill program</source>
        <translation>With the CrossDrill program</translation>
    </message>
    <message>
        <source>Run: crossdrill join followed by this address.</source>
        <translation>Run: crossdrill join followed by this address.</translation>
    </message>
    <message>
        <source>Keep this sheet within your room: anyone with this link can act as the room. The control team can issue a new link at any time.</source>
        <translation>Keep this sheet within your room: anyone with this link can act as the room. The control team can issue a new link at any time.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: join links</source>
        <translation>%1: join links</translation>
    </message>
    <message>
        <source>Control-team seat %1</source>
        <translation>Control-team seat %1</translation>
    </message>
    <message>
        <source>Keep this sheet with you: anyone with this link sits at this control-team seat. The control team can issue a new link at any time.</source>
        <translation>Keep this sheet with you: anyone with this link sits at this control-team seat. The control team can issue a new link at any time.</translation>
    </message>
</context>
<context>
    <name>cd::gui::RemoteSeatSession</name>
    <message>
        <source>this seat (%1) does not see the scenario; the control console needs it</source>
        <translation>this seat (%1) does not see the scenario; the control console needs it</translation>
    </message>
    <message>
        <source>the server&apos;s scenario does not load: %1</source>
        <translation>the server&apos;s scenario does not load: %1</translation>
    </message>
    <message>
        <source>not connected to the exercise server; try again once reconnected</source>
        <translation>not connected to the exercise server; try again once reconnected</translation>
    </message>
</context>
<context>
    <name>cd::gui::SeatConsole</name>
    <message>
        <source>Joining as seat %1 — CrossDrill</source>
        <translation>Joining as seat %1 — CrossDrill</translation>
    </message>
    <message>
        <source>Joining the exercise&apos;s control team as seat %1</source>
        <translation>Joining the exercise&apos;s control team as seat %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>White cell</source>
        <translation>White cell</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>%1 — seat %2 (%3) — CrossDrill</source>
        <translation>%1 — seat %2 (%3) — CrossDrill</translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>Seat %1: %2</translation>
    </message>
    <message>
        <source>Seat %1: %2 — %3</source>
        <translation>Seat %1: %2 — %3</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>E&amp;xercise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rooms, %n seat(s) connected</source>
        <translation>
            <numerusform>%1 of %2 rooms, %n seat connected</numerusform>
            <numerusform>%1 of %2 rooms, %n seats connected</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s welcome cannot be read: %1</source>
        <translation>The server&apos;s welcome cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::HostSeats</name>
    <message>
        <source>Start hosting first: seats connect to the server</source>
        <translation>Start hosting first: seats connect to the server</translation>
    </message>
    <message>
        <source>Control-team seats (crossdrill join SEAT_URL)</source>
        <translation>Control-team seats (crossdrill join SEAT_URL)</translation>
    </message>
    <message>
        <source>Add seat</source>
        <translation>Add seat</translation>
    </message>
    <message>
        <source>ID=ROLE[:LIST]: controller, whitecell:PERSONA,…, evaluator:ROOM,… or observer:ROOM,…</source>
        <translation>ID=ROLE[:LIST]: controller, whitecell:PERSONA,…, evaluator:ROOM,… or observer:ROOM,…</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Seat URL</source>
        <translation>Seat URL</translation>
    </message>
    <message>
        <source>(token issued earlier: reissue to show a new URL)</source>
        <translation>(token issued earlier: reissue to show a new URL)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Reissue token</source>
        <translation>Reissue token</translation>
    </message>
    <message>
        <source>Issue a new URL for this seat; the old one stops working at once</source>
        <translation>Issue a new URL for this seat; the old one stops working at once</translation>
    </message>
</context>
<context>
    <name>cd::gui::ObserverWindow</name>
    <message>
        <source>What %1 sees; nothing can be done from here</source>
        <translation>What %1 sees; nothing can be done from here</translation>
    </message>
    <message>
        <source>%1 — Observer — read only — seat %2 — CrossDrill</source>
        <translation>%1 — Observer — read only — seat %2 — CrossDrill</translation>
    </message>
    <message>
        <source>Observer — read only: you see what %1 see; nothing can be sent from here.</source>
        <translation>Observer — read only: you see what %1 see; nothing can be sent from here.</translation>
    </message>
    <message>
        <source>Seat %1: %2 — %3</source>
        <translation>Seat %1: %2 — %3</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
