<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Msel</name>
    <message>
        <source>%1: error: cannot read the file: %2</source>
        <translation>%1: error: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: error: cannot write the file: %2</source>
        <translation>%1: error: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 the input is wrong (every problem is printed to stderr, as FILE:ROW: error: MESSAGE for a spreadsheet row or FILE:LINE:COL: error: MESSAGE for a scenario, and nothing is written); 2 usage error or a file that cannot be read or written.</source>
        <translation>終了コード: 0 成功、1 入力に誤りがある（問題はすべて標準エラー出力に、スプレッドシートの行は FILE:ROW: error: MESSAGE、シナリオは FILE:LINE:COL: error: MESSAGE の形で表示し、何も書き出さない）、2 使い方の誤り、またはファイルを読み書きできない。</translation>
    </message>
    <message>
        <source>write %1 to FILE atomically (&apos;-&apos;: standard output)</source>
        <translation>%1 を FILE にアトミックに書き出す（&apos;-&apos;: 標準出力）</translation>
    </message>
    <message>
        <source>Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per inject.</source>
        <translation>SCENARIO の状況付与を MSEL スプレッドシート（CSV、BOM 付き UTF-8、CRLF）として、状況付与 1 件につき 1 行で書き出します。</translation>
    </message>
    <message>
        <source>the scenario file (*.cxs.json)</source>
        <translation>シナリオファイル (*.cxs.json)</translation>
    </message>
    <message>
        <source>the CSV</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>expected exactly one SCENARIO, got %1</source>
        <translation>SCENARIO はちょうど 1 つ指定してください（指定数: %1）</translation>
    </message>
    <message>
        <source>missing -o CSV (use -o - for standard output)</source>
        <translation>-o CSV がありません（標準出力には -o - を使用）</translation>
    </message>
    <message>
        <source>%1: %2 injects</source>
        <translation>%1: 状況付与 %2 件</translation>
    </message>
    <message>
        <source>Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result as &apos;validate&apos; does, and write the new scenario to OUT. SCENARIO itself is not changed (unless OUT names it).</source>
        <translation>SCENARIO の状況付与を MSEL スプレッドシート CSV の各行で置き換え、結果を &apos;validate&apos; と同じく検査して、新しいシナリオを OUT に書き出します。SCENARIO 自体は変更しません（OUT に同じファイルを指定した場合を除く）。</translation>
    </message>
    <message>
        <source>the MSEL spreadsheet (&apos;-&apos;: standard input)</source>
        <translation>MSEL スプレッドシート（&apos;-&apos;: 標準入力）</translation>
    </message>
    <message>
        <source>the scenario that receives the injects</source>
        <translation>状況付与を受け取るシナリオ</translation>
    </message>
    <message>
        <source>the new scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <source>expected exactly one CSV, got %1</source>
        <translation>CSV はちょうど 1 つ指定してください（指定数: %1）</translation>
    </message>
    <message>
        <source>missing --into SCENARIO</source>
        <translation>--into SCENARIO がありません</translation>
    </message>
    <message>
        <source>missing -o OUT (use -o - for standard output)</source>
        <translation>-o OUT がありません（標準出力には -o - を使用）</translation>
    </message>
    <message>
        <source>%1: %2 injects from %3</source>
        <translation>%1: %3 から状況付与 %2 件</translation>
    </message>
    <message>
        <source>Export or import the MSEL spreadsheet (CSV) of a scenario.

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

&apos;crossdrill msel export --help&apos; and &apos;crossdrill msel import --help&apos; describe each.</source>
        <translation>シナリオの MSEL スプレッドシート（CSV）を書き出し、または読み込みます。

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

それぞれの詳細は &apos;crossdrill msel export --help&apos; と &apos;crossdrill msel import --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export または import</translation>
    </message>
    <message>
        <source>missing command: export or import</source>
        <translation>コマンドがありません: export または import を指定してください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: export or import</source>
        <translation>不明なコマンド &apos;%1&apos;: export または import を指定してください</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>Check scenario files (*.cxs.json). Every problem is printed to stderr as FILE:LINE:COL: error: MESSAGE, and one summary line per file to stdout.

Exit codes: 0 every file is valid; 1 a file is invalid; 2 usage error or a file that cannot be read.</source>
        <translation>シナリオファイル (*.cxs.json) を検査します。問題はすべて標準エラー出力に FILE:LINE:COL: error: MESSAGE の形で、ファイルごとの要約 1 行を標準出力に表示します。

終了コード: 0 すべて有効、1 無効なファイルがある、2 使い方の誤り、または読み込めないファイルがある。</translation>
    </message>
    <message>
        <source>scenario files to check</source>
        <translation>検査するシナリオファイル</translation>
    </message>
    <message>
        <source>no scenario file given</source>
        <translation>シナリオファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1: unreadable</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>%1: ok (%2 rooms, %3 injects)</source>
        <translation>%1: OK（参加組織 %2、状況付与 %3 件）</translation>
    </message>
    <message>
        <source>%1: invalid (%2 errors)</source>
        <translation>%1: 無効（エラー %2 件）</translation>
    </message>
</context>
<context>
    <name>VerbArgs</name>
    <message>
        <source>Try &apos;crossdrill %1 --help&apos;.</source>
        <translation>&apos;crossdrill %1 --help&apos; で使い方を確認してください。</translation>
    </message>
</context>
<context>
    <name>analyze</name>
    <message>
        <source>crossdrill analyze: cannot read %1: %2</source>
        <translation>crossdrill analyze: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>crossdrill analyze: --nodes goes with an edge-list CSV</source>
        <translation>crossdrill analyze: --nodes はエッジリスト CSV と組み合わせて使います</translation>
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
        <translation>%1: 不明なノード &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation>（&apos;%1&apos; の誤りですか？）</translation>
    </message>
    <message>
        <source>--shock %1: expected NODE=C%2</source>
        <translation>--shock %1: NODE=C%2 の形で指定してください</translation>
    </message>
    <message>
        <source>--shock %1: a static shock has no time window</source>
        <translation>--shock %1: 静的解析のショックには時間範囲を指定できません</translation>
    </message>
    <message>
        <source>--shock %1: FROM and TO are minutes, FROM &lt;= TO</source>
        <translation>--shock %1: FROM と TO は分単位で、FROM &lt;= TO としてください</translation>
    </message>
    <message>
        <source>--shock %1: &apos;%2&apos; is not a number</source>
        <translation>--shock %1: &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>--order must be a whole number &gt;= 1</source>
        <translation>--order は 1 以上の整数で指定してください</translation>
    </message>
    <message>
        <source>ranking, order index and hit times are computed for graphs of up to %1 nodes</source>
        <translation>ランキング、次数別指標、到達時刻は %1 ノードまでのグラフについて計算します</translation>
    </message>
    <message>
        <source>dynamic analysis needs --horizon MIN</source>
        <translation>動的解析には --horizon MIN が必要です</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of minutes &gt;= 0</source>
        <translation>--horizon は 0 以上の整数（分）で指定してください</translation>
    </message>
    <message>
        <source>--step must be a whole number of minutes &gt;= 1</source>
        <translation>--step は 1 以上の整数（分）で指定してください</translation>
    </message>
    <message>
        <source>--every must be a whole number &gt;= 1</source>
        <translation>--every は 1 以上の整数で指定してください</translation>
    </message>
    <message>
        <source>--threads must be between 1 and 256</source>
        <translation>--threads は 1 から 256 の範囲で指定してください</translation>
    </message>
    <message>
        <source>--rate-all must be a number &gt;= 0 or inf</source>
        <translation>--rate-all は 0 以上の数値または inf で指定してください</translation>
    </message>
    <message>
        <source>--rate %1: expected NODE=K</source>
        <translation>--rate %1: NODE=K の形で指定してください</translation>
    </message>
    <message>
        <source>--rate %1: K must be a number &gt;= 0 or inf</source>
        <translation>--rate %1: K は 0 以上の数値または inf で指定してください</translation>
    </message>
    <message>
        <source>Interdependency analysis (CASCADE.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.</source>
        <translation>シナリオ、GraphML、エッジリスト CSV、A* 行列 CSV を対象に相互依存性解析（CASCADE.md）を行います。</translation>
    </message>
    <message>
        <source>static or dynamic</source>
        <translation>static（静的）または dynamic（動的）</translation>
    </message>
    <message>
        <source>scenario (JSON), GraphML, edge-list CSV or A* matrix CSV</source>
        <translation>シナリオ (JSON)、GraphML、エッジリスト CSV または A* 行列 CSV</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Direct shock NODE=C (dynamic: NODE=C[@FROM[..TO]], minutes, inclusive).</source>
        <translation>直接ショック NODE=C（動的解析では NODE=C[@FROM[..TO]]、分単位、両端を含む）。</translation>
    </message>
    <message>
        <source>shock</source>
        <translation>shock</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（既定）または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</source>
        <translation>エッジリスト CSV に対応するノード属性 (id,rate_per_h,served,unit)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Static: the order K of the interdependency index (default 2).</source>
        <translation>静的解析: 相互依存性指標の次数 K（既定 2）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Dynamic: minutes to simulate.</source>
        <translation>動的解析: シミュレーションする時間（分）。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Dynamic: step in minutes (default 1, or the scenario&apos;s step_min).</source>
        <translation>動的解析: 刻み幅（分、既定 1 またはシナリオの step_min）。</translation>
    </message>
    <message>
        <source>Dynamic: resilience rate NODE=K per hour (inf: instant).</source>
        <translation>動的解析: 回復速度 NODE=K（1 時間あたり、inf は即時）。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>Dynamic: resilience rate K for every node.</source>
        <translation>動的解析: 全ノード共通の回復速度 K。</translation>
    </message>
    <message>
        <source>Dynamic: only these node columns (ID,...).</source>
        <translation>動的解析: 出力するノード列を限定（ID,...）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Dynamic: print every Nth step and the last.</source>
        <translation>動的解析: N ステップごとと最終ステップを出力。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Dynamic: worker threads (results do not depend on it).</source>
        <translation>動的解析: ワーカースレッド数（結果には影響しません）。</translation>
    </message>
    <message>
        <source>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format csv|json]
</source>
        <translation>使い方: crossdrill analyze static INPUT [--shock NODE=C]... [--order K] [--format csv|json]
        crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format csv|json]
</translation>
    </message>
    <message>
        <source>expected: analyze static|dynamic INPUT [options] (see --help)</source>
        <translation>使い方: analyze static|dynamic INPUT [オプション]（--help を参照）</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format は csv または json で指定してください</translation>
    </message>
    <message>
        <source>--%1 is an option of dynamic analysis</source>
        <translation>--%1 は動的解析のオプションです</translation>
    </message>
    <message>
        <source>--order is an option of static analysis</source>
        <translation>--order は静的解析のオプションです</translation>
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
        <translation>演習データベースのイベントを書き出します。すべてのイベント、または 1 つの参加組織が見ることのできたイベントのみを対象にできます。</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>演習データベース。</translation>
    </message>
    <message>
        <source>Only what this room could see.</source>
        <translation>この参加組織が見ることのできたものだけ。</translation>
    </message>
    <message>
        <source>Output format: jsonl.</source>
        <translation>出力形式: jsonl。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>標準出力の代わりに FILE に書き出す。</translation>
    </message>
    <message>
        <source>usage: crossdrill export DB [--room ID] --format jsonl [-o FILE]</source>
        <translation>使い方: crossdrill export DB [--room ID] --format jsonl [-o FILE]</translation>
    </message>
    <message>
        <source>--format: only jsonl is supported, got &quot;%1&quot;</source>
        <translation>--format: 対応しているのは jsonl のみです（指定: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: the recorded scenario does not load</source>
        <translation>%1: 記録されたシナリオを読み込めません</translation>
    </message>
    <message>
        <source>%1: no room &quot;%2&quot; in this exercise</source>
        <translation>%1: この演習に参加組織 &quot;%2&quot; はありません</translation>
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
        <translation>演習を画面なしで実行し、すべてのイベントを演習データベースに記録します。</translation>
    </message>
    <message>
        <source>The scenario (*.cxs.json) to run.</source>
        <translation>実行するシナリオ (*.cxs.json)。</translation>
    </message>
    <message>
        <source>The new exercise database.</source>
        <translation>新しい演習データベース。</translation>
    </message>
    <message>
        <source>Continue the exercise recorded in DB.</source>
        <translation>DB に記録された演習を再開する。</translation>
    </message>
    <message>
        <source>Exercise minutes per wall minute, 1..600, or max (default 1).</source>
        <translation>実時間 1 分あたりの演習時間（分）、1..600 または max（既定 1）。</translation>
    </message>
    <message>
        <source>Replay the scripted room actions.</source>
        <translation>台本化された参加組織の行動を再生する。</translation>
    </message>
    <message>
        <source>Stop at this exercise time.</source>
        <translation>この演習時刻で停止する。</translation>
    </message>
    <message>
        <source>usage: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
       crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]</source>
        <translation>使い方: crossdrill run SCENARIO --db OUT.cxdb [--speed N|max] [--players SCRIPT.json] [--until +HH:MM]
        crossdrill run --resume DB [--speed N|max] [--players SCRIPT.json]</translation>
    </message>
    <message>
        <source>--speed: expected 1..600 or max, got &quot;%1&quot;</source>
        <translation>--speed: 1..600 または max で指定してください（指定: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>--until: expected +HH:MM, got &quot;%1&quot;</source>
        <translation>--until: +HH:MM の形で指定してください（指定: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>refused at %1: %2: %3</source>
        <translation>%1 に拒否: %2: %3</translation>
    </message>
    <message>
        <source>%1: exercise time %2%3, %4 events, %5 refused
</source>
        <translation>%1: 演習時刻 %2%3、イベント %4 件、拒否 %5 件
</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation>（終了）</translation>
    </message>
</context>
</TS>
