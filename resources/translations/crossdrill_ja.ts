<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <translation>超過なし</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Peak q</source>
        <translation>最大 q</translation>
    </message>
    <message>
        <source>Final q</source>
        <translation>最終 q</translation>
    </message>
    <message>
        <source>Level breached from</source>
        <translation>検証レベル超過の開始</translation>
    </message>
    <message>
        <source>Breach confirmed</source>
        <translation>超過確定</translation>
    </message>
    <message>
        <source>∫q dt (h)</source>
        <translation>∫q dt (時間)</translation>
    </message>
</context>
<context>
    <name>cd::editor::CascadePanel</name>
    <message>
        <source>The model cannot run: %1</source>
        <translation>モデルを実行できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Over %1 with the truth&apos;s %n shock(s): %2 sector(s) breach their verification level.</source>
        <translation>
            <numerusform>%1 の間、真相の %n 件のショックにより %2 分野が検証レベルを超えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Inoperability q(t)</source>
        <translation>機能不全度 q(t)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>cd::editor::Commands</name>
    <message>
        <source>Add inject %1</source>
        <translation>状況付与 %1 を追加</translation>
    </message>
    <message>
        <source>Add sector %1</source>
        <translation>分野 %1 を追加</translation>
    </message>
    <message>
        <source>Add room %1</source>
        <translation>室 %1 を追加</translation>
    </message>
    <message>
        <source>Add shock %1</source>
        <translation>ショック %1 を追加</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 → %2 を接続</translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation>MSEL の取り込み</translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation>状況付与の移動</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>依存関係の削除</translation>
    </message>
    <message>
        <source>Remove inject</source>
        <translation>状況付与の削除</translation>
    </message>
    <message>
        <source>Remove sector %1</source>
        <translation>分野 %1 を削除</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>室を削除</translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation>ショックを削除</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Edit dependency</source>
        <translation>依存関係の編集</translation>
    </message>
    <message>
        <source>Edit inject</source>
        <translation>状況付与の編集</translation>
    </message>
    <message>
        <source>Edit scenario details</source>
        <translation>シナリオ概要の編集</translation>
    </message>
    <message>
        <source>Edit sector</source>
        <translation>分野の編集</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>室の編集</translation>
    </message>
    <message>
        <source>Edit shock</source>
        <translation>ショックの編集</translation>
    </message>
    <message>
        <source>Edit root cause</source>
        <translation>根本原因の編集</translation>
    </message>
</context>
<context>
    <name>cd::editor::ConditionEdit</name>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>node, inject, expected or response id</source>
        <translation>分野・状況付与・期待行動・対応策の ID</translation>
    </message>
    <message>
        <source>q ≥ / +HH:MM</source>
        <translation>q ≥ / +HH:MM</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>子条件を追加</translation>
    </message>
    <message>
        <source>Add a condition under the selected all/any/not</source>
        <translation>選択した all/any/not の下に条件を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorActions</name>
    <message>
        <source>&amp;Edit Scenario…</source>
        <translation>シナリオを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Open this scenario in the scenario editor</source>
        <translation>このシナリオをシナリオエディタで開く</translation>
    </message>
    <message>
        <source>&amp;New Scenario from Template…</source>
        <translation>テンプレートから新規シナリオ(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>cd::editor::EditorWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>テンプレートから新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import MSEL Spreadsheet…</source>
        <translation>MSEL 表の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the injects with the rows of an MSEL spreadsheet (CSV)</source>
        <translation>状況付与を MSEL 表 (CSV) の行で置き換える</translation>
    </message>
    <message>
        <source>&amp;Export MSEL Spreadsheet…</source>
        <translation>MSEL 表の書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>What Will the Cascade Do</source>
        <translation>波及の予測</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>編集履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation>MSEL</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>依存関係グラフ</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>真相</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Other sections</source>
        <translation>その他の項目</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>無題のシナリオ</translation>
    </message>
    <message>
        <source>CrossDrill Scenario Editor</source>
        <translation>CrossDrill シナリオエディタ</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): can be saved, cannot be run</source>
        <translation>
            <numerusform>エラー %n 件: 保存はできますが実行できません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): ready to run</source>
        <translation>
            <numerusform>警告 %n 件: 実行できます</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: ready to run</source>
        <translation>問題なし: 実行できます</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>未保存の編集の復元</translation>
    </message>
    <message>
        <source>%1 has unsaved edits from a session that ended unexpectedly. Recover them?</source>
        <translation>%1 には、異常終了したセッションの未保存の編集があります。復元しますか?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>シナリオの保存</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>保存できません: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>名前を付けてシナリオを保存</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json)</source>
        <translation>シナリオ (*.cxs.json)</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message>
        <source>The scenario has unsaved edits. Save them?</source>
        <translation>シナリオに未保存の編集があります。保存しますか?</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json);;JSON files (*.json)</source>
        <translation>シナリオ (*.cxs.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>Import MSEL Spreadsheet</source>
        <translation>MSEL 表の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>何も取り込まれませんでした:</translation>
    </message>
    <message>
        <source>Export MSEL Spreadsheet</source>
        <translation>MSEL 表の書き出し</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphCanvas</name>
    <message>
        <source>%1 → %2: weight %3, autonomy %4 h</source>
        <translation>%1 → %2: 重み %3、自律時間 %4 時間</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
</context>
<context>
    <name>cd::editor::GraphPage</name>
    <message>
        <source>Add sector</source>
        <translation>分野を追加</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Click the sector depended upon, then the dependent one</source>
        <translation>依存される分野、次に依存する分野をクリック</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rate (per hour, or inf)</source>
        <translation>回復率 (毎時、または inf)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>利用者数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>検証レベル</translation>
    </message>
    <message>
        <source>Level: units</source>
        <translation>検証レベル: 数量</translation>
    </message>
    <message>
        <source>Level: minutes</source>
        <translation>検証レベル: 継続時間 (分)</translation>
    </message>
    <message>
        <source>Initial q</source>
        <translation>初期 q</translation>
    </message>
    <message>
        <source>Depended upon (from)</source>
        <translation>依存される側 (from)</translation>
    </message>
    <message>
        <source>Dependent (to)</source>
        <translation>依存する側 (to)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Autonomy (h)</source>
        <translation>自律時間 (時間)</translation>
    </message>
    <message>
        <source>Recharge (per h)</source>
        <translation>再充電率 (毎時)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>has a verification level</source>
        <translation>検証レベルあり</translation>
    </message>
    <message>
        <source>Select a sector or a dependency on the canvas, or add a sector.</source>
        <translation>キャンバス上の分野または依存関係を選ぶか、分野を追加してください。</translation>
    </message>
    <message>
        <source>New sector</source>
        <translation>新しい分野</translation>
    </message>
</context>
<context>
    <name>cd::editor::InjectPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To / Cc</source>
        <translation>宛先 / Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>電話の台本</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>ページの表題</translation>
    </message>
    <message>
        <source>Page body</source>
        <translation>ページの本文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>期待される行動</translation>
    </message>
    <message>
        <source>Control notes</source>
        <translation>事務局メモ</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>時刻指定</translation>
    </message>
    <message>
        <source>When a condition holds</source>
        <translation>条件成立時</translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation>+HH:MM</translation>
    </message>
    <message>
        <source>+HH:MM after the condition first holds</source>
        <translation>条件が初めて成立してからの +HH:MM</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>予備</translation>
    </message>
    <message>
        <source>Fired only by hand or by its condition</source>
        <translation>手動または条件でのみ付与</translation>
    </message>
    <message>
        <source>files/a.png; files/b.pdf</source>
        <translation>files/a.png; files/b.pdf</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Within (min)</source>
        <translation>期限 (分)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>検証課題</translation>
    </message>
    <message>
        <source>Add expected action</source>
        <translation>期待行動を追加</translation>
    </message>
    <message>
        <source>Remove expected action</source>
        <translation>期待行動を削除</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>/path</source>
        <translation>/パス</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>新しい状況付与</translation>
    </message>
</context>
<context>
    <name>cd::editor::MetaPage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Clock start</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>演習時間</translation>
    </message>
    <message>
        <source>Model step (min)</source>
        <translation>モデルの刻み (分)</translation>
    </message>
    <message>
        <source>HH:MM, the clock time at the exercise start</source>
        <translation>HH:MM (演習開始時の時刻)</translation>
    </message>
    <message>
        <source>+HH:MM</source>
        <translation>+HH:MM</translation>
    </message>
</context>
<context>
    <name>cd::editor::RoomPage</name>
    <message>
        <source>Add room</source>
        <translation>室を追加</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>室を削除</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Own sector</source>
        <translation>所属分野</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>所管分野</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>電話回線数</translation>
    </message>
    <message>
        <source>sector ids separated by ; (a ministry)</source>
        <translation>分野 ID を ; で区切る (所管省庁)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新しい室</translation>
    </message>
</context>
<context>
    <name>cd::editor::ScenarioDocument</name>
    <message>
        <source>no file name</source>
        <translation>ファイル名がありません</translation>
    </message>
</context>
<context>
    <name>cd::editor::SectionsPage</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>The section edited as JSON, in the scenario file&apos;s format (SCENARIO.md)</source>
        <translation>JSON で編集する項目 (シナリオファイルの形式、SCENARIO.md)</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>適用されませんでした:</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
</context>
<context>
    <name>cd::editor::ShockModel</name>
    <message>
        <source>(open)</source>
        <translation>(終了なし)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Shock c</source>
        <translation>ショック c</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
</context>
<context>
    <name>cd::editor::TextPairEdit</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English (leave empty for a single-language text)</source>
        <translation>英語 (単一言語のテキストなら空欄)</translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelinePage</name>
    <message>
        <source>What this room receives:</source>
        <translation>この室が受け取るもの:</translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation>(条件)</translation>
    </message>
    <message>
        <source>Nothing reaches this room.</source>
        <translation>この室には何も届きません。</translation>
    </message>
</context>
<context>
    <name>cd::editor::TimelineView</name>
    <message>
        <source>Conditional</source>
        <translation>条件付き</translation>
    </message>
</context>
<context>
    <name>cd::editor::TruthPage</name>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Shocks</source>
        <translation>ショック</translation>
    </message>
    <message>
        <source>Shock</source>
        <translation>ショック</translation>
    </message>
    <message>
        <source>Add shock</source>
        <translation>ショックを追加</translation>
    </message>
    <message>
        <source>Remove shock</source>
        <translation>ショックを削除</translation>
    </message>
    <message>
        <source>from +HH:MM</source>
        <translation>開始 +HH:MM</translation>
    </message>
    <message>
        <source>to +HH:MM (empty: open-ended)</source>
        <translation>終了 +HH:MM (空欄: 終了なし)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Direct shock c in [0, 1]</source>
        <translation>直接ショック c (0〜1)</translation>
    </message>
</context>
<context>
    <name>cd::gui::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation>診断結果</translation>
    </message>
    <message>
        <source>No scenario open.</source>
        <translation>シナリオが開かれていません。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the scenario cannot be used until they are fixed.</source>
        <translation>
            <numerusform>エラー %n 件：修正するまでこのシナリオは使用できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>警告 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::gui::InjectDetailsDock</name>
    <message>
        <source>report</source>
        <translation>情報連絡</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>query</source>
        <translation>照会</translation>
    </message>
    <message>
        <source>other message</source>
        <translation>その他の連絡</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話連絡</translation>
    </message>
    <message>
        <source>web post</source>
        <translation>Web 掲載</translation>
    </message>
    <message>
        <source>cause hypothesis</source>
        <translation>原因の仮説</translation>
    </message>
    <message>
        <source>response request</source>
        <translation>対応措置の要請</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1（%2 宛）</translation>
    </message>
    <message>
        <source>%1, within %2 min (theme %3)</source>
        <translation>%1、%2分以内（検証課題 %3）</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>状況付与</translation>
    </message>
    <message>
        <source>Select an inject in the MSEL to see it in full.</source>
        <translation>MSEL で状況付与を選ぶと、その全文をここに表示します。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Caller&apos;s script</source>
        <translation>通話の台本</translation>
    </message>
    <message>
        <source>Web page %1%2</source>
        <translation>Web ページ %1%2</translation>
    </message>
    <message>
        <source>Expected actions (control team only)</source>
        <translation>期待される対応（事務局のみ）</translation>
    </message>
    <message>
        <source>Control notes (control team only)</source>
        <translation>事務局メモ（事務局のみ）</translation>
    </message>
</context>
<context>
    <name>cd::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario file (.cxs.json)</source>
        <translation>シナリオファイル (.cxs.json) を開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;MSEL</source>
        <translation>MSEL(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>参加組織(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>分野(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CrossDrill</source>
        <translation>CrossDrill について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>状況付与 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>参加組織 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>分野 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded: see the diagnostics</source>
        <translation>読み込めませんでした：診断結果を確認してください</translation>
    </message>
    <message>
        <source>Open a scenario with File &gt; Open or drop it here</source>
        <translation>「ファイル &gt; 開く」でシナリオを開くか、ここにドロップしてください</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenarios (*.cxs.json);;JSON files (*.json);;All files (*)</source>
        <translation>シナリオ (*.cxs.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About CrossDrill</source>
        <translation>CrossDrill について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;Cross-sector critical-infrastructure exercises: scripted injects, player rooms that share information by mail, phone and web, and an interdependency model that turns a hidden root cause into a cascade across sectors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CrossDrill %1&lt;/h3&gt;&lt;p&gt;重要インフラの分野横断的演習のためのツールです。事務局があらかじめ用意した状況付与、メール・電話・Web で情報を共有するプレイヤの各部屋、そして参加者に伏せた障害の原因を分野をまたぐ影響の波及へと展開する相互依存性モデルを備えています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>this is an exercise database; this window opens scenarios (.cxs.json)</source>
        <translation>これは演習データベースです。このウィンドウで開けるのはシナリオ (.cxs.json) です</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
</context>
<context>
    <name>cd::gui::MselModel</name>
    <message>
        <source>%1 q ≥ %2</source>
        <translation>%1の機能不全度 ≥ %2</translation>
    </message>
    <message>
        <source>%1 level breached</source>
        <translation>%1が検証レベルを超過</translation>
    </message>
    <message>
        <source>%1 fired</source>
        <translation>%1の付与後</translation>
    </message>
    <message>
        <source>%2 after %1</source>
        <translation>%1の付与から %2 後</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1の達成時</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1の未達時</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1の実施時</translation>
    </message>
    <message>
        <source> and </source>
        <translation> かつ </translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>（%1）以外</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1、成立から %2 後</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source> [contingency]</source>
        <translation>［予備］</translation>
    </message>
    <message>
        <source>Control team</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>cc: %1</source>
        <translation>CC：%1</translation>
    </message>
    <message>
        <source>Contingency inject: fired only by hand or by its condition.</source>
        <translation>予備の状況付与：手動または条件の成立時にのみ付与します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>All rooms (%1)</source>
        <translation>全参加組織（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 組織</numerusform>
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
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
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
        <translation>所管省庁</translation>
    </message>
    <message>
        <source>CEPTOAR</source>
        <translation>セプター</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Related agency</source>
        <translation>関係機関</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>有識者・オブザーバ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>電話回線数</translation>
    </message>
</context>
<context>
    <name>cd::gui::ScenarioHeader</name>
    <message>
        <source>No scenario is open. Open one with File &gt; Open, from Open Recent, or by dropping a .cxs.json file here.</source>
        <translation>シナリオが開かれていません。「ファイル &gt; 開く」または「最近使ったファイル」から開くか、.cxs.json ファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Functional exercise</source>
        <translation>機能演習</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>机上演習</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be loaded. Its problems are listed under Diagnostics, each with its line and column.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を読み込めませんでした。問題点は行と桁の位置とともに「診断結果」に一覧表示しています。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
</context>
<context>
    <name>cd::gui::ScenarioPages</name>
    <message>
        <source>MSEL (injects)</source>
        <translation>MSEL（状況付与）</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>参加組織</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Filter rows (Ctrl+F)</source>
        <translation>行を絞り込む (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>cd::gui::SectorModel</name>
    <message>
        <source>users</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>households</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>flights</source>
        <translation>便</translation>
    </message>
    <message>
        <source>trains</source>
        <translation>本（列車）</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>件（取引）</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>件（貨物）</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>口座</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>≥ %1 for ≥ %2</source>
        <translation>%1以上が%2以上</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>サービス規模</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>検証レベル</translation>
    </message>
    <message>
        <source>Level (as worded)</source>
        <translation>検証レベル（定義文）</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>flights/day</source>
        <translation>便/日</translation>
    </message>
    <message>
        <source>trains/day</source>
        <translation>本/日</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>注文/時</translation>
    </message>
    <message>
        <source>transfers/h</source>
        <translation>振込/時</translation>
    </message>
    <message>
        <source>payouts/day</source>
        <translation>支払/日</translation>
    </message>
    <message>
        <source>procedures/day</source>
        <translation>手続/日</translation>
    </message>
    <message>
        <source>shipments/day</source>
        <translation>個/日</translation>
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
        <translation>CrossDrill：重要インフラの分野横断的演習</translation>
    </message>
    <message>
        <source>A scenario (.cxs.json) or an exercise database (.cxdb).</source>
        <translation>シナリオ (.cxs.json) または演習データベース (.cxdb)</translation>
    </message>
    <message>
        <source>crossdrill: give at most one file to open</source>
        <translation>crossdrill: 開けるファイルは 1 つだけです</translation>
    </message>
    <message>
        <source>Commands (crossdrill COMMAND --help):</source>
        <translation>コマンド（詳細は crossdrill コマンド --help）：</translation>
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
