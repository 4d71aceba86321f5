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
        <translation>終了コード: 0 成功。1 入力に誤りがある（問題はすべて標準エラーに、表の行なら FILE:ROW: error: MESSAGE、シナリオなら FILE:LINE:COL: error: MESSAGE の形で出力され、何も書き出されません）。2 使い方の誤り、または読み書きできないファイル。</translation>
    </message>
    <message>
        <source>write %1 to FILE atomically (&apos;-&apos;: standard output)</source>
        <translation>%1 を FILE に不可分に書き出す（&apos;-&apos; は標準出力）</translation>
    </message>
    <message>
        <source>Write the injects of SCENARIO as an MSEL spreadsheet (CSV, UTF-8 with BOM, CRLF), one row per inject.</source>
        <translation>SCENARIO の状況付与を MSEL 表（CSV、BOM 付き UTF-8、CRLF）として、状況付与ごとに1行で書き出します。</translation>
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
        <translation>SCENARIO はちょうど1つ指定してください（%1 個指定されました）</translation>
    </message>
    <message>
        <source>missing -o CSV (use -o - for standard output)</source>
        <translation>-o CSV がありません（標準出力には -o - を使います）</translation>
    </message>
    <message>
        <source>%1: %2 injects</source>
        <translation>%1: 状況付与 %2 件</translation>
    </message>
    <message>
        <source>Replace the injects of SCENARIO with the rows of the MSEL spreadsheet CSV, check the result as &apos;validate&apos; does, and write the new scenario to OUT. SCENARIO itself is not changed (unless OUT names it).</source>
        <translation>SCENARIO の状況付与を MSEL 表 CSV の行で置き換え、結果を &apos;validate&apos; と同じく検査して、新しいシナリオを OUT に書き出します。SCENARIO 自体は変更されません（OUT に同じファイルを指定した場合を除く）。</translation>
    </message>
    <message>
        <source>the MSEL spreadsheet (&apos;-&apos;: standard input)</source>
        <translation>MSEL 表（&apos;-&apos; は標準入力）</translation>
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
        <translation>CSV はちょうど1つ指定してください（%1 個指定されました）</translation>
    </message>
    <message>
        <source>missing --into SCENARIO</source>
        <translation>--into SCENARIO がありません</translation>
    </message>
    <message>
        <source>missing -o OUT (use -o - for standard output)</source>
        <translation>-o OUT がありません（標準出力には -o - を使います）</translation>
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
        <translation>シナリオの MSEL 表（CSV）を書き出し、または読み込みます。

  crossdrill msel export SCENARIO -o CSV
  crossdrill msel import CSV --into SCENARIO -o OUT

詳しくは &apos;crossdrill msel export --help&apos; と &apos;crossdrill msel import --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export または import</translation>
    </message>
    <message>
        <source>missing command: export or import</source>
        <translation>コマンドがありません: export または import</translation>
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
        <translation>シナリオファイル (*.cxs.json) を検査します。問題はすべて標準エラーに FILE:LINE:COL: error: MESSAGE の形で、ファイルごとの要約1行は標準出力に出力されます。

終了コード: 0 すべて有効。1 無効なファイルがある。2 使い方の誤り、または読み込めないファイル。</translation>
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
        <translation>%1: OK（部屋 %2、状況付与 %3 件）</translation>
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
        <translation>&apos;crossdrill %1 --help&apos; を試してください。</translation>
    </message>
</context>
<context>
    <name>cd::gui::ClockBar</name>
    <message>
        <source>End the exercise</source>
        <translation>演習の終了</translation>
    </message>
    <message>
        <source>End the exercise now? Rooms can then only answer the survey.</source>
        <translation>演習を今終了しますか？ 終了後、各部屋はアンケートへの回答のみ行えます。</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>演習時計</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End exercise</source>
        <translation>演習終了</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>最高速</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>exercise %1 / %2</source>
        <translation>演習 %1 / %2</translation>
    </message>
    <message>
        <source>wall %1</source>
        <translation>実時刻 %1</translation>
    </message>
    <message>
        <source>no timed inject left</source>
        <translation>時刻指定の状況付与は残っていません</translation>
    </message>
    <message>
        <source>next inject in %1 min (%2)</source>
        <translation>次の状況付与まで %1分（%2）</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>READY — press Start</source>
        <translation>準備完了 — 「開始」を押してください</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>cd::gui::CommsModel</name>
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
        <source>call: ringing</source>
        <translation>電話: 呼び出し中</translation>
    </message>
    <message>
        <source>call: connected</source>
        <translation>電話: 通話中</translation>
    </message>
    <message>
        <source>call: ended</source>
        <translation>電話: 終了</translation>
    </message>
    <message>
        <source>call: missed</source>
        <translation>電話: 不在着信</translation>
    </message>
    <message>
        <source>call: busy</source>
        <translation>電話: 話し中</translation>
    </message>
    <message>
        <source>call: no dial tone</source>
        <translation>電話: 発信音なし</translation>
    </message>
    <message>
        <source>page posted</source>
        <translation>ページ掲載</translation>
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
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Subject / words</source>
        <translation>件名／発言</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
</context>
<context>
    <name>cd::gui::ComposeDialog</name>
    <message>
        <source>New mail</source>
        <translation>新規メール</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>送信 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
</context>
<context>
    <name>cd::gui::Console</name>
    <message>
        <source>Open &amp;room…</source>
        <translation>部屋を開く(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;all rooms</source>
        <translation>すべての部屋を開く(&amp;A)</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>部屋を開く</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>部屋:</translation>
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
    <name>cd::gui::ExerciseSession</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the scenario has errors; open it to see them</source>
        <translation>シナリオにエラーがあります。開いて内容を確認してください</translation>
    </message>
    <message>
        <source>cannot create the exercise database %1</source>
        <translation>演習データベース %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open the exercise database %1</source>
        <translation>演習データベース %1 を開けません</translation>
    </message>
</context>
<context>
    <name>cd::gui::JudgeDock</name>
    <message>
        <source>Hypotheses and requests</source>
        <translation>仮説と対応要請</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>仮説</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation>一部正しい</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>誤り</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Requested, awaiting approval</source>
        <translation>要請済み、承認待ち</translation>
    </message>
    <message>
        <source>Approved, taking effect</source>
        <translation>承認済み、効果発現待ち</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>実施中</translation>
    </message>
</context>
<context>
    <name>cd::gui::Kind</name>
    <message>
        <source>Report (情報連絡)</source>
        <translation>情報連絡（報告）</translation>
    </message>
    <message>
        <source>Advisory (情報提供)</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>cd::gui::Language</name>
    <message>
        <source>en</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>cd::gui::MailModel</name>
    <message>
        <source> (cc: %1)</source>
        <translation>（CC: %1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
</context>
<context>
    <name>cd::gui::MailPanel</name>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>New mail (Ctrl+N)</source>
        <translation>新規メール (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reply (Ctrl+R)</source>
        <translation>返信 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>In this thread:</source>
        <translation>このスレッドのメール:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Fwd: %1</source>
        <translation>転送: %1</translation>
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
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>演習(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Start new exercise…</source>
        <translation>新しい演習を開始(&amp;S)…</translation>
    </message>
    <message>
        <source>Run the open scenario as an exercise, recorded in a new exercise database</source>
        <translation>開いているシナリオで演習を実施し、新しい演習データベースに記録します</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>部屋(&amp;O)</translation>
    </message>
    <message>
        <source>New exercise database</source>
        <translation>新しい演習データベース</translation>
    </message>
    <message>
        <source>Exercise databases (*.cxdb)</source>
        <translation>演習データベース (*.cxdb)</translation>
    </message>
    <message>
        <source>Cannot start the exercise</source>
        <translation>演習を開始できません</translation>
    </message>
    <message>
        <source>cannot reopen this exercise database: %1</source>
        <translation>この演習データベースを再開できません: %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::MonitorDock</name>
    <message>
        <source>Communications monitor</source>
        <translation>通信モニタ</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>すべての部屋</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべての手段</translation>
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
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Search subject, words, parties…</source>
        <translation>件名・発言・相手を検索…</translation>
    </message>
    <message>
        <source>This thread only</source>
        <translation>このスレッドのみ</translation>
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
</context>
<context>
    <name>cd::gui::ObservationDock</name>
    <message>
        <source>Evaluator observations</source>
        <translation>評価者の所見</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>（目的なし）</translation>
    </message>
    <message>
        <source>P — performed</source>
        <translation>P — 実施できた</translation>
    </message>
    <message>
        <source>S — some difficulty</source>
        <translation>S — 多少の困難あり</translation>
    </message>
    <message>
        <source>M — major difficulty</source>
        <translation>M — 大きな困難あり</translation>
    </message>
    <message>
        <source>U — unable to perform</source>
        <translation>U — 実施できなかった</translation>
    </message>
    <message>
        <source>What did you observe?</source>
        <translation>何を観察しましたか？</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Rows selected in the communications monitor are linked to the observation.</source>
        <translation>通信モニタで選択した行が所見に関連付けられます。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>所見</translation>
    </message>
</context>
<context>
    <name>cd::gui::PhonePanel</name>
    <message>
        <source>Answer (Ctrl+Shift+A)</source>
        <translation>応答 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>話す</translation>
    </message>
    <message>
        <source>Type what you say on the call, then Enter</source>
        <translation>通話で話す内容を入力して Enter</translation>
    </message>
    <message>
        <source>Hang up (Ctrl+Shift+H)</source>
        <translation>切る (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Place a call</source>
        <translation>電話をかける</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>通話履歴</translation>
    </message>
    <message>
        <source>What you say when they answer (optional)</source>
        <translation>相手が出たときに話す内容（任意）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>不在着信</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>話し中</translation>
    </message>
    <message>
        <source>No dial tone</source>
        <translation>発信音なし</translation>
    </message>
    <message>
        <source>%1 is busy.</source>
        <translation>%1 は話し中です。</translation>
    </message>
    <message>
        <source>No dial tone: the call to %1 did not go through.</source>
        <translation>発信音がありません: %1 への電話はつながりませんでした。</translation>
    </message>
    <message>
        <source>— connected with %1 —</source>
        <translation>— %1 とつながりました —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>自室</translation>
    </message>
    <message>
        <source>— call ended —</source>
        <translation>— 通話終了 —</translation>
    </message>
    <message>
        <source>— no answer —</source>
        <translation>— 応答なし —</translation>
    </message>
    <message>
        <source>☎ Incoming call from %1</source>
        <translation>☎ %1 から着信</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>通話はありません</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 を呼び出し中…</translation>
    </message>
    <message>
        <source>On the line with %1</source>
        <translation>%1 と通話中</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlayPanel</name>
    <message>
        <source>Correct</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>Partly correct</source>
        <translation>一部正しい</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>誤り</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Requested, awaiting approval</source>
        <translation>要請済み、承認待ち</translation>
    </message>
    <message>
        <source>Approved, taking effect</source>
        <translation>承認済み、効果発現待ち</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>要請可能</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Verification level breached</source>
        <translation>検証レベル超過</translation>
    </message>
    <message>
        <source>Our service status</source>
        <translation>自組織のサービス状況</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>変化時刻</translation>
    </message>
    <message>
        <source>Hypotheses about the cause</source>
        <translation>原因についての仮説</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>仮説</translation>
    </message>
    <message>
        <source>What do you think is causing this?</source>
        <translation>原因は何だと考えますか？</translation>
    </message>
    <message>
        <source>Submit hypothesis</source>
        <translation>仮説を提出</translation>
    </message>
    <message>
        <source>Responses we may request</source>
        <translation>要請できる対応</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 (needs control approval)</source>
        <translation>%1（事務局の承認が必要）</translation>
    </message>
    <message>
        <source>Request selected response</source>
        <translation>選択した対応を要請</translation>
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
    <name>cd::gui::RoomDirectory</name>
    <message>
        <source>Control (事務局)</source>
        <translation>事務局</translation>
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
    <name>cd::gui::RoomWindow</name>
    <message>
        <source>Not done: %1</source>
        <translation>実行されませんでした: %1</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>演習終了</translation>
    </message>
    <message>
        <source>Exercise time %1</source>
        <translation>演習時刻 %1</translation>
    </message>
    <message>
        <source>%1 — CrossDrill room</source>
        <translation>%1 — CrossDrill プレイヤ室</translation>
    </message>
    <message>
        <source>Mail (%1)</source>
        <translation>メール (%1)</translation>
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
        <source>Status and play</source>
        <translation>状況と対応</translation>
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
    <name>cd::gui::SectorBoardModel</name>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>レベルなし</translation>
    </message>
    <message>
        <source>BREACHED at %1</source>
        <translation>%1 に超過</translation>
    </message>
    <message>
        <source>within level</source>
        <translation>レベル内</translation>
    </message>
    <message>
        <source>not at risk</source>
        <translation>超過の恐れなし</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>q (loss)</source>
        <translation>q（機能損失率）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>検証レベル</translation>
    </message>
    <message>
        <source>Time to breach</source>
        <translation>超過までの時間</translation>
    </message>
</context>
<context>
    <name>cd::gui::SectorDock</name>
    <message>
        <source>q = %1 (%2 of %3 %4 affected)</source>
        <translation>q = %1（%3 %4 のうち %2 が影響）</translation>
    </message>
    <message>
        <source>depends on %1 (weight %2, q %3): autonomy left %4 h of %5 h</source>
        <translation>%1 に依存（重み %2、q %3）: 自律継続の残り %4 時間（全 %5 時間）</translation>
    </message>
    <message>
        <source>Sectors (control view of the model)</source>
        <translation>分野（事務局用モデル表示）</translation>
    </message>
    <message>
        <source>q(t) chart</source>
        <translation>q(t) グラフ</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>依存関係グラフ</translation>
    </message>
    <message>
        <source>exercise minute</source>
        <translation>演習経過（分）</translation>
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
    <name>cd::gui::SurveyForm</name>
    <message>
        <source>Survey (アンケート)</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>回答を送信</translation>
    </message>
    <message>
        <source>Answers sent — thank you</source>
        <translation>回答を送信しました。ご協力ありがとうございました</translation>
    </message>
</context>
<context>
    <name>cd::gui::TimelineDock</name>
    <message>
        <source>fired by hand</source>
        <translation>手動で発出</translation>
    </message>
    <message>
        <source>MSEL timeline (状況付与)</source>
        <translation>MSEL タイムライン（状況付与）</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>今すぐ発出</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>スキップ…</translation>
    </message>
    <message>
        <source>Delay…</source>
        <translation>遅延…</translation>
    </message>
    <message>
        <source>Delay inject %1</source>
        <translation>状況付与 %1 を遅らせる</translation>
    </message>
    <message>
        <source>Skip inject %1</source>
        <translation>状況付与 %1 をスキップ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Delay by:</source>
        <translation>遅延時間:</translation>
    </message>
    <message>
        <source>Reason (recorded):</source>
        <translation>理由（記録されます）:</translation>
    </message>
</context>
<context>
    <name>cd::gui::TimelineModel</name>
    <message>
        <source>%1 q ≥ %2</source>
        <translation>%1 の q ≥ %2</translation>
    </message>
    <message>
        <source>%1 breaches its level</source>
        <translation>%1 が検証レベルを超過</translation>
    </message>
    <message>
        <source>%1 fired + %2 min</source>
        <translation>%1 発出から%2分後</translation>
    </message>
    <message>
        <source>%1 fired</source>
        <translation>%1 発出後</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 達成</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 未達</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 適用済み</translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>（%1）でない</translation>
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
        <source>open</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>met ✓</source>
        <translation>達成 ✓</translation>
    </message>
    <message>
        <source>missed ✗</source>
        <translation>未達 ✗</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4 min): %5</source>
        <translation>%1 %2 → %3（%4分以内）: %5</translation>
    </message>
    <message>
        <source>fired %1 (by hand)</source>
        <translation>発出済み %1（手動）</translation>
    </message>
    <message>
        <source>fired %1</source>
        <translation>発出済み %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>delayed +%1 min</source>
        <translation>%1分遅延</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>条件成立・待機中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未発出</translation>
    </message>
    <message>
        <source> + %1 min</source>
        <translation> + %1分</translation>
    </message>
    <message>
        <source> (by hand)</source>
        <translation>（手動）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time / condition</source>
        <translation>時刻／条件</translation>
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
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>期待される行動</translation>
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
</context>
<context>
    <name>cd::gui::TruthDock</name>
    <message>
        <source>Truth — control only</source>
        <translation>真相 — 事務局のみ</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>シナリオの筋書き</translation>
    </message>
    <message>
        <source>Shocks driving the model</source>
        <translation>モデルを駆動する障害</translation>
    </message>
    <message>
        <source>%1: c = %2 from %3%4</source>
        <translation>%1: c = %2（%3%4）</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>～%1</translation>
    </message>
    <message>
        <source>Control notes</source>
        <translation>事務局メモ</translation>
    </message>
</context>
<context>
    <name>cd::gui::WebPanel</name>
    <message>
        <source>Post a page on this site</source>
        <translation>このサイトにページを掲載</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>/notices/1</source>
        <translation>/notices/1</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>ページ本文</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>Select a page</source>
        <translation>ページを選択してください</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版 %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::WhiteCellDock</name>
    <message>
        <source>White cell (personas)</source>
        <translation>ホワイトセル（相手役）</translation>
    </message>
    <message>
        <source>As persona:</source>
        <translation>演じる相手:</translation>
    </message>
    <message>
        <source>To room:</source>
        <translation>宛先の部屋:</translation>
    </message>
    <message>
        <source>Subject / title:</source>
        <translation>件名／タイトル:</translation>
    </message>
    <message>
        <source>Mail body, the words said when the room answers, or the page text</source>
        <translation>メール本文、部屋が電話に出たときに話す内容、またはページ本文</translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation>メール送信</translation>
    </message>
    <message>
        <source>Call room</source>
        <translation>部屋に電話</translation>
    </message>
    <message>
        <source>Publish page on</source>
        <translation>ページを掲載するサイト:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Speak as the persona on the selected call, then Enter</source>
        <translation>選択した通話で相手役として話し、Enter を押す</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>切る</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Writes the events of an exercise database: all of them, or those one room could see.</source>
        <translation>演習データベースのイベントを書き出します。すべて、または1つの部屋が見られたものだけ。</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>演習データベース。</translation>
    </message>
    <message>
        <source>Only what this room could see.</source>
        <translation>この部屋が見られたものだけ。</translation>
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
        <translation>--format: 対応しているのは jsonl だけです（&quot;%1&quot; が指定されました）</translation>
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
        <translation>%1: この演習に部屋 &quot;%2&quot; はありません</translation>
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
        <translation>画面なしで演習を実行し、すべてのイベントを演習データベースに記録します。</translation>
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
        <translation>DB に記録された演習を続行する。</translation>
    </message>
    <message>
        <source>Exercise minutes per wall minute, 1..600, or max (default 1).</source>
        <translation>実時間1分あたりの演習時間（分）、1～600 または max（既定値 1）。</translation>
    </message>
    <message>
        <source>Replay the scripted room actions.</source>
        <translation>スクリプト化された部屋の行動を再生する。</translation>
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
        <translation>--speed: 1～600 または max を指定してください（&quot;%1&quot; が指定されました）</translation>
    </message>
    <message>
        <source>--until: expected +HH:MM, got &quot;%1&quot;</source>
        <translation>--until: +HH:MM を指定してください（&quot;%1&quot; が指定されました）</translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation>%1: 演習データベースがありません</translation>
    </message>
    <message>
        <source>%1: already exists; continue it with --resume or choose a new file</source>
        <translation>%1: すでに存在します。--resume で続行するか、新しいファイルを選んでください</translation>
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
