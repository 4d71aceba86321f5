<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Join</name>
    <message>
        <source>Your name, recorded with what you do.</source>
        <translation>あなたの名前（操作とともに記録されます）。</translation>
    </message>
    <message>
        <source>expected one join URL</source>
        <translation>参加用URLを1つ指定してください</translation>
    </message>
    <message>
        <source>--name: at most %1 characters</source>
        <translation>--name: %1文字以内で指定してください</translation>
    </message>
    <message>
        <source>Also trust this PEM certificate for wss:// (a server with a self-signed certificate).</source>
        <translation>wss:// でこの PEM 証明書も信頼します（自己署名証明書のサーバー向け）。</translation>
    </message>
    <message>
        <source>--ca-cert: no PEM certificate in &quot;%1&quot;</source>
        <translation>--ca-cert: &quot;%1&quot; に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>Opens a remote room&apos;s window, or a control-team seat&apos;s console, connected to an exercise server.</source>
        <translation>演習サーバーに接続して、リモート参加組織のウィンドウ、または統制チームの席のコンソールを開きます。</translation>
    </message>
    <message>
        <source>The room&apos;s join URL (ws://HOST:PORT/room/ROOM?token=TOKEN) or the seat&apos;s (ws://HOST:PORT/seat/SEAT?token=TOKEN).</source>
        <translation>参加組織の参加用URL（ws://HOST:PORT/room/ROOM?token=TOKEN）または席のURL（ws://HOST:PORT/seat/SEAT?token=TOKEN）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a join URL (ws://HOST:PORT/room/ROOM?token=TOKEN or ws://HOST:PORT/seat/SEAT?token=TOKEN)</source>
        <translation>「%1」は参加用URL（ws://HOST:PORT/room/ROOM?token=TOKEN または ws://HOST:PORT/seat/SEAT?token=TOKEN）ではありません</translation>
    </message>
</context>
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
    <name>RenameIdCommand</name>
    <message>
        <source>room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>inject</source>
        <translation>状況付与</translation>
    </message>
    <message>
        <source>expected action</source>
        <translation>期待行動</translation>
    </message>
    <message>
        <source>response</source>
        <translation>対応策</translation>
    </message>
    <message>
        <source>site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>expected flow</source>
        <translation>期待される情報共有</translation>
    </message>
    <message>
        <source>survey question</source>
        <translation>アンケート設問</translation>
    </message>
    <message>
        <source>There is no %1 with the id &apos;%2&apos;.</source>
        <translation>ID が「%2」の%1はありません。</translation>
    </message>
    <message>
        <source>The id of a %1 cannot be empty.</source>
        <translation>%1の ID は空にできません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>「%1」は ID として使えません: 英字、数字、「_」「.」「-」だけを使ってください。</translation>
    </message>
    <message>
        <source>There is already a %1 with the id &apos;%2&apos;.</source>
        <translation>ID が「%2」の%1はすでにあります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: sites and player scripts use it; choose another room id.</source>
        <translation>「%1」は予約語です (サイトとプレイヤースクリプトが使います)。別のルーム ID を選んでください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved: expected flows use it; choose another inject id.</source>
        <translation>「%1」は予約語です (期待される情報共有が使います)。別の状況付与 ID を選んでください。</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>%1 %2 を %3 に改名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ID の変更</translation>
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
        <translation>今回発行した参加リンクを DIR に書き出します: CSV と、部屋ごとに QR コード付きの印刷用シート。</translation>
    </message>
    <message numerus="yes">
        <source>join links of %n room(s) written to %1 (join-links.csv, join-handouts.html)</source>
        <translation>
            <numerusform>%n 部屋分の参加リンクを %1 に書き出しました (join-links.csv、join-handouts.html)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; not continuing it</source>
        <translation>%1。この演習は続行しません</translation>
    </message>
    <message>
        <source>%1: the recorded scenario does not load</source>
        <translation>%1: 記録されたシナリオを読み込めません</translation>
    </message>
    <message>
        <source>%1: has no room tokens yet; serve it with --resume first</source>
        <translation>%1: まだ部屋のトークンがありません。先に --resume で配信してください</translation>
    </message>
    <message>
        <source>Runs an exercise headless as a server for remote rooms and prints each room&apos;s join URL.</source>
        <translation>演習をヘッドレスのサーバーとして実行し、リモート参加組織ごとの参加用URLを表示します。</translation>
    </message>
    <message>
        <source>A scenario (*.cxs.json), or an exercise database with --resume or --reissue.</source>
        <translation>シナリオ（*.cxs.json）、または --resume か --reissue を指定した場合は演習データベース。</translation>
    </message>
    <message>
        <source>Address and port to serve rooms on (port 0: any free port).</source>
        <translation>参加組織向けに待ち受けるアドレスとポート（ポート0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>The new exercise database (default: the scenario&apos;s name, .cxdb).</source>
        <translation>新しい演習データベース（既定: シナリオ名.cxdb）。</translation>
    </message>
    <message>
        <source>Also serve the rooms&apos; web portal on this port.</source>
        <translation>参加組織向けWebポータルもこのポートで提供します。</translation>
    </message>
    <message>
        <source>Continue the exercise recorded in DB.</source>
        <translation>DBに記録された演習を再開します。</translation>
    </message>
    <message>
        <source>Exercise minutes per wall minute, 1..600, or max (default 1).</source>
        <translation>実時間1分あたりの演習時間（分）。1..600 または max（既定: 1）。</translation>
    </message>
    <message>
        <source>PEM certificate: serve wss:// and https://.</source>
        <translation>PEM証明書: wss:// と https:// で提供します。</translation>
    </message>
    <message>
        <source>PEM private key of --tls-cert.</source>
        <translation>--tls-cert のPEM秘密鍵。</translation>
    </message>
    <message>
        <source>expected one scenario or database and --listen HOST:PORT</source>
        <translation>シナリオまたはデータベースを1つと --listen HOST:PORT を指定してください</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>--listen: HOST:PORT 形式で指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>--web-port: expected 0..65535, got &quot;%1&quot;</source>
        <translation>--web-port: 0..65535 で指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert と --tls-key は同時に指定してください</translation>
    </message>
    <message>
        <source>--speed: expected 1..600 or max, got &quot;%1&quot;</source>
        <translation>--speed: 1..600 または max で指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>%1: is being run by another process (pid %2)</source>
        <translation>%1: 別のプロセス（pid %2）が実行中です</translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation>%1: 該当する演習データベースがありません</translation>
    </message>
    <message>
        <source>%1: already exists; continue it with --resume or choose a new --db</source>
        <translation>%1: 既に存在します。--resume で再開するか、新しい --db を指定してください</translation>
    </message>
    <message>
        <source>%1: its token is unchanged (issue a new one with --reissue %1)</source>
        <translation>%1: トークンは変更されていません（--reissue %1 で新しいトークンを発行できます）</translation>
    </message>
    <message>
        <source>serving %1 (exercise time %2) on port %3%4</source>
        <translation>%1 を提供中（演習時刻 %2）、ポート %3%4</translation>
    </message>
    <message>
        <source>, web portal on port %1</source>
        <translation>、Webポータルはポート %1</translation>
    </message>
    <message>
        <source>the exercise has ended; still serving the rooms&apos; records (Ctrl+C to stop)</source>
        <translation>演習は終了しました。参加組織の記録は引き続き提供中です（Ctrl+C で停止）</translation>
    </message>
    <message>
        <source>%1: could not record the exercise, stopping: %2</source>
        <translation>%1: 演習を記録できないため停止します: %2</translation>
    </message>
    <message>
        <source>Everything recorded before is kept; when the disk is fixed, continue with crossdrill serve %1 --resume --listen %2</source>
        <translation>それまでの記録はすべて保持されています。ディスクを復旧したら crossdrill serve %1 --resume --listen %2 で再開してください</translation>
    </message>
    <message numerus="yes">
        <source>stopping: closing %n connection(s)</source>
        <translation>
            <numerusform>停止します: %n 件の接続を閉じます</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: %1 actions from rooms recorded in %2 transactions</source>
        <translation>停止しました: ルームからの操作 %1 件を %2 回のトランザクションで記録しました</translation>
    </message>
    <message>
        <source>--reissue: no room or seat &quot;%1&quot; in this exercise</source>
        <translation>--reissue: この演習に参加組織または席「%1」はありません</translation>
    </message>
    <message>
        <source>Issue a new token for a room or seat, revoking the old one (repeatable). Without --resume, prints the new URL and exits.</source>
        <translation>参加組織または席のトークンを新しく発行し、古いものを無効にします（複数指定可）。--resume なしでは新しい URL を表示して終了します。</translation>
    </message>
    <message>
        <source>A control-team seat (repeatable): controller, whitecell:PERSONA,..., evaluator:ROOM,... or observer:ROOM,...; kept in the database, so it survives --resume.</source>
        <translation>統制チームの席（複数指定可）: controller、whitecell:相手役,...、evaluator:参加組織,... または observer:参加組織,...。データベースに保存されるため --resume 後も残ります。</translation>
    </message>
    <message>
        <source>--seat: %1</source>
        <translation>--seat: %1</translation>
    </message>
    <message>
        <source>seat %1: its token is unchanged (issue a new one with --reissue %1)</source>
        <translation>席 %1: トークンは変わりません（新しく発行するには --reissue %1）</translation>
    </message>
    <message>
        <source>Start with the clock stopped: rooms and seats connect first (a lobby) and a controller seat starts it.</source>
        <translation>時計を止めたまま開始します。参加組織と席が先に接続し（ロビー）、統制担当の席が時計を動かします。</translation>
    </message>
    <message>
        <source>the clock is stopped until a controller seat starts it</source>
        <translation>統制担当の席が動かすまで時計は止まっています</translation>
    </message>
    <message>
        <source>join links of %1 rooms and %2 seats written to %3 (join-links.csv, join-handouts.html)</source>
        <translation>参加組織 %1 と席 %2 の参加リンクを %3 に書き出しました (join-links.csv、join-handouts.html)</translation>
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
    <name>analyze</name>
    <message>
        <source>crossdrill analyze: cannot read %1: %2</source>
        <translation>crossdrill analyze: %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>crossdrill analyze: --nodes goes with an edge-list CSV</source>
        <translation>crossdrill analyze: --nodes はエッジリスト CSV と組み合わせて使います</translation>
    </message>
    <message>
        <source>the order index is computed for graphs of up to %1 nodes</source>
        <translation>次数別相互依存指標は %1 ノードまでのグラフで計算します</translation>
    </message>
    <message>
        <source>Interdependency analysis (docs/model.md) of a scenario, GraphML, edge-list CSV or A* matrix CSV.

q is a sector&apos;s inoperability: the share of its normal function that is lost, from 0 (working normally) to 1 (fully down); the text output shows it as a percentage. A shock C (0 to 1) is the share a sector loses directly; the rest comes through its dependencies (weight w: the share of a sector&apos;s function that needs the other).
static: q at equilibrium, q = clip01((I - A*)^-1 c*), with c* the largest shock each sector gets at one time. The ranking takes each sector alone fully down and adds up q over all sectors: its total is in sectors&apos; worth (1.00 = one sector fully down), so the top of the list is what the others depend on most. The order-K index (A*^K)[v][u] is how much v depends on u through chains of exactly K dependencies.
dynamic: q minute by minute (steps of --step minutes), with each sector recovering at its rate per hour and autonomy buffers (hours) delaying what it feels.

A scenario&apos;s shocks are its truth.shocks; --shock on a scenario needs --shock-mode add or replace.</source>
        <translation>シナリオ、GraphML、エッジリスト CSV、A* 行列 CSV を対象に相互依存性解析 (docs/model.md) を行います。

q は分野の機能不全度です。平常時の機能のうち失われた割合で、0 (平常) から 1 (完全停止) までの値をとります。text 出力では百分率で示します。直接の被害 (shock) C (0〜1) はその分野が直接失う割合で、残りは依存関係を通じて及びます (重み w: ある分野の機能のうち他の分野を必要とする割合)。
static: 均衡時の q = clip01((I - A*)^-1 c*)。c* は各分野が同時に受ける直接の被害の最大値です。順位は、各分野だけを完全停止させたときの全分野の q の合計で、分野数換算 (1.00 = 1 分野の完全停止) です。上位ほど他の分野が強く依存しています。K 次の指標 (A*^K)[v][u] は、v がちょうど K 段の依存の連鎖を通じて u に依存する度合いです。
dynamic: q を --step 分刻みで計算します。各分野は 1 時間あたりの回復速度で回復し、自律稼働の余裕 (時間) が影響の伝わりを遅らせます。

シナリオの直接の被害は truth.shocks です。シナリオに --shock を与えるときは --shock-mode add または replace を指定してください。</translation>
    </message>
    <message>
        <source>With --shock on a scenario that has truth.shocks: add (yours on top of them) or replace (only yours).</source>
        <translation>truth.shocks のあるシナリオに --shock を与えるとき: add (シナリオのものに加える) または replace (指定したものだけを使う)。</translation>
    </message>
    <message>
        <source>text (for people; the default on a terminal), csv (the default otherwise) or json.</source>
        <translation>text (人が読む形式。端末への出力では既定)、csv (それ以外の既定) または json。</translation>
    </message>
    <message>
        <source>Language of the text output and of the node names: ja or en (default: the system&apos;s).</source>
        <translation>text 出力とノード名の言語: ja または en (既定はシステムの言語)。</translation>
    </message>
    <message>
        <source>Static: the order K of the interdependency index (A*^K). Text: its largest entries; csv: the matrix instead of q; json: always included (default 2).</source>
        <translation>静的解析: 相互依存指標の次数 K (A*^K)。text では値の大きい組、csv では q の代わりに行列を出力、json には常に含む (既定 2)。</translation>
    </message>
    <message>
        <source>--lang must be ja or en</source>
        <translation>--lang は ja または en で指定してください</translation>
    </message>
    <message>
        <source>--format must be text, csv or json</source>
        <translation>--format は text、csv、json のいずれかで指定してください</translation>
    </message>
    <message>
        <source>--shock-mode must be add or replace</source>
        <translation>--shock-mode は add または replace で指定してください</translation>
    </message>
    <message>
        <source>--shock-mode goes with --shock</source>
        <translation>--shock-mode は --shock と組み合わせて使います</translation>
    </message>
    <message>
        <source>the scenario already has shocks in truth.shocks (%1): say --shock-mode add to add yours to them, or --shock-mode replace to use only yours</source>
        <translation>シナリオの truth.shocks にすでに直接の被害があります (%1 件): それに加えるなら --shock-mode add、指定したものだけを使うなら --shock-mode replace を指定してください</translation>
    </message>
    <message>
        <source>No shock: nothing is hit, so every q is 0 %. Give one with --shock NODE=C (C from 0 to 1).</source>
        <translation>直接の被害 (shock) なし: どの分野も被害を受けないため、q はすべて 0 % です。--shock NODE=C (C は 0〜1) で与えてください。</translation>
    </message>
    <message>
        <source>Shock: the scenario&apos;s hidden cause (truth.shocks).</source>
        <translation>直接の被害 (shock): シナリオの隠れた原因 (truth.shocks)。</translation>
    </message>
    <message>
        <source>Shock: given with --shock.</source>
        <translation>直接の被害 (shock): --shock で指定したもの。</translation>
    </message>
    <message>
        <source>Shock: the scenario&apos;s truth.shocks with --shock added (--shock-mode add).</source>
        <translation>直接の被害 (shock): シナリオの truth.shocks に --shock を加えたもの (--shock-mode add)。</translation>
    </message>
    <message>
        <source>Shock: given with --shock, instead of the scenario&apos;s truth.shocks (--shock-mode replace).</source>
        <translation>直接の被害 (shock): シナリオの truth.shocks の代わりに --shock で指定したもの (--shock-mode replace)。</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>約 %1 %2</translation>
    </message>
    <message>
        <source>Static analysis of %1 (Inoperability Input-Output Model)</source>
        <translation>%1 の静的相互依存性解析 (機能不全度の投入産出モデル)</translation>
    </message>
    <message>
        <source>c* per sector: its largest total shock at one time.</source>
        <translation>分野ごとの c*: 同時に受ける直接の被害の合計の最大値。</translation>
    </message>
    <message>
        <source>q, the inoperability at equilibrium: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down), largest first:</source>
        <translation>q (均衡時の機能不全度): 各分野が失う機能の割合 (0 % は平常、100 % は完全停止)。大きい順:</translation>
    </message>
    <message>
        <source>(clipped from %1)</source>
        <translation>(%1 を 100 % に切り詰め)</translation>
    </message>
    <message>
        <source>(%1 more not listed; --format csv gives every node)</source>
        <translation>(ほか %1 件は省略。--format csv で全ノードを出力)</translation>
    </message>
    <message>
        <source>(%1 at 0 % not listed)</source>
        <translation>(0 % の %1 件は省略)</translation>
    </message>
    <message>
        <source>The ranking and the order index are computed for graphs of up to %1 nodes.</source>
        <translation>順位と次数別相互依存指標は %1 ノードまでのグラフで計算します。</translation>
    </message>
    <message>
        <source>What the others depend on most: each sector alone fully down (c* = 100 %), the total q of all sectors in sectors&apos; worth (1.00 = one sector fully down); &apos;others&apos; leaves out the sector itself:</source>
        <translation>他の分野が最も依存しているもの: その分野だけが完全に停止したとき (c* = 100 %) の全分野の q の合計 (分野数換算。1.00 = 1 分野の完全停止)。「他分野」はその分野自身を除いた値:</translation>
    </message>
    <message>
        <source>total %1  others %2</source>
        <translation>合計 %1  他分野 %2</translation>
    </message>
    <message>
        <source>(%1 more not listed; --format json gives every node)</source>
        <translation>(ほか %1 件は省略。--format json で全ノードを出力)</translation>
    </message>
    <message>
        <source>Order-%1 interdependency index (A*^%1)[v][u]: how much v depends on u through chains of exactly %1 dependencies, largest first:</source>
        <translation>%1 次の相互依存指標 (A*^%1)[v][u]: v がちょうど %1 段の依存の連鎖を通じて u に依存する度合い。大きい順:</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 は %2 に依存</translation>
    </message>
    <message>
        <source>(none: no chain is that long)</source>
        <translation>(なし: その長さの依存の連鎖はありません)</translation>
    </message>
    <message>
        <source>(%1 more pairs; --format csv gives the matrix)</source>
        <translation>(ほか %1 組。--format csv で行列を出力)</translation>
    </message>
    <message>
        <source>Dynamic analysis of %1: %2 min in steps of %3 min (delayed dynamic inoperability model with autonomy buffers)</source>
        <translation>%1 の動的相互依存性解析: %2 分間を %3 分刻みで計算 (自律稼働の余裕を含む遅延付き動的機能不全度モデル)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 から継続</translation>
    </message>
    <message>
        <source>q, the inoperability: the share of each sector&apos;s function that is lost (0 % works normally, 100 % is fully down). &apos;degraded&apos; is the first time q reached %1, &apos;down&apos; the first time it reached %2. Largest peak first:</source>
        <translation>q (機能不全度): 各分野が失う機能の割合 (0 % は平常、100 % は完全停止)。「低下」は q が初めて %1 に達した時刻、「停止」は初めて %2 に達した時刻。最大値の大きい順:</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>低下</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>終了時</translation>
    </message>
    <message>
        <source>(%1 never hit, not listed)</source>
        <translation>(影響のなかった %1 件は省略)</translation>
    </message>
    <message>
        <source>Verification levels breached:</source>
        <translation>検証レベルを超えた分野:</translation>
    </message>
    <message>
        <source>%1: from %2 (level held for its duration at %3)</source>
        <translation>%1: %2 から (所定の時間続いたのは %3)</translation>
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
        <source>Node attributes (id,rate_per_h,served,unit) for an edge-list CSV.</source>
        <translation>エッジリスト CSV に対応するノード属性 (id,rate_per_h,served,unit)。</translation>
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
        <source>Dynamic: worker threads (default: one per core; results do not depend on it).</source>
        <translation>Dynamic: ワーカースレッド数（既定: コアごとに1つ。結果には影響しません）。</translation>
    </message>
    <message>
        <source>expected: analyze static|dynamic INPUT [options] (see --help)</source>
        <translation>使い方: analyze static|dynamic INPUT [オプション]（--help を参照）</translation>
    </message>
    <message>
        <source>--%1 is an option of dynamic analysis</source>
        <translation>--%1 は動的解析のオプションです</translation>
    </message>
    <message>
        <source>--order is an option of static analysis</source>
        <translation>--order は静的解析のオプションです</translation>
    </message>
    <message>
        <source>Usage: crossdrill analyze static INPUT [--shock NODE=C]... [--shock-mode add|replace] [--order K] [--format text|csv|json] [--lang ja|en]
       crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--shock-mode add|replace] [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format text|csv|json] [--lang ja|en]
</source>
        <translation>使い方: crossdrill analyze static INPUT [--shock NODE=C]... [--shock-mode add|replace] [--order K] [--format text|csv|json] [--lang ja|en]
        crossdrill analyze dynamic INPUT --horizon MIN [--step MIN] [--shock NODE=C[@FROM[..TO]]]... [--shock-mode add|replace] [--rate NODE=K]... [--rate-all K] [--only ID,...] [--every N] [--format text|csv|json] [--lang ja|en]
</translation>
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
    <name>cd::editor::ChannelsPage</name>
    <message>
        <source>Optional realism: a channel fails or slows as the model degrades the node it runs on (q is the node&apos;s degradation, 0 to 1). Leave a channel unticked for a channel that always works.</source>
        <translation>任意の現実性設定: 連絡手段は、それが依存する分野がモデル上で劣化すると不通になったり遅れたりします (q は分野の劣化度、0〜1)。常に使える手段はチェックを外したままにします。</translation>
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
        <source>Runs on node</source>
        <translation>依存する分野</translation>
    </message>
    <message>
        <source>Fails when q ≥</source>
        <translation>q がこの値以上で不通</translation>
    </message>
    <message>
        <source>Delay (min per unit of q)</source>
        <translation>遅延 (q 1 当たりの分)</translation>
    </message>
    <message>
        <source>empty: never fails</source>
        <translation>空欄: 不通にならない</translation>
    </message>
    <message>
        <source>empty: no delay</source>
        <translation>空欄: 遅延なし</translation>
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
    <message>
        <source>Add expected flow %1</source>
        <translation>想定フロー %1 を追加</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>目的 %1 を追加</translation>
    </message>
    <message>
        <source>Add persona %1</source>
        <translation>相手役 %1 を追加</translation>
    </message>
    <message>
        <source>Add survey question %1</source>
        <translation>アンケート設問 %1 を追加</translation>
    </message>
    <message>
        <source>Add response %1</source>
        <translation>対応 %1 を追加</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>サイト %1 を追加</translation>
    </message>
    <message>
        <source>Remove expected flow</source>
        <translation>想定フローを削除</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>目的を削除</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>相手役を削除</translation>
    </message>
    <message>
        <source>Remove survey question</source>
        <translation>アンケート設問を削除</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>対応を削除</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>サイトを削除</translation>
    </message>
    <message>
        <source>Edit channels</source>
        <translation>連絡手段を編集</translation>
    </message>
    <message>
        <source>Edit expected flow</source>
        <translation>想定フローを編集</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>目的を編集</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>相手役を編集</translation>
    </message>
    <message>
        <source>Edit survey question</source>
        <translation>アンケート設問を編集</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>対応を編集</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>サイトを編集</translation>
    </message>
    <message>
        <source>Move sector %1</source>
        <translation>分野 %1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sector(s)</source>
        <translation>
            <numerusform>%n 分野を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the allowed channels</source>
        <translation>使用できる通信手段を設定</translation>
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
    <message>
        <source>Recover Unsaved Scenarios</source>
        <translation>未保存のシナリオの復元</translation>
    </message>
    <message numerus="yes">
        <source>%n untitled scenario(s) have unsaved edits from a session that ended unexpectedly. Recover them?</source>
        <translation>
            <numerusform>予期せず終了したセッションの未保存の編集を含む無題のシナリオが %n 件あります。復元しますか?</numerusform>
        </translation>
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
    <message>
        <source>&amp;Run as Exercise…</source>
        <translation>演習として実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the scenario and start an exercise from it in the console</source>
        <translation>シナリオを保存し、コンソールでこのシナリオの演習を開始します</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: the scenario has %n error(s); fix them first (see Diagnostics)</source>
        <translation>
            <numerusform>実行できません: シナリオにエラーが %n 件あります。先に修正してください (診断を参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run yet: the scenario is being checked</source>
        <translation>まだ実行できません: シナリオを検査中です</translation>
    </message>
</context>
<context>
    <name>cd::editor::FlowPage</name>
    <message>
        <source>every %1</source>
        <translation>全 %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
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
        <source>Within</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>After</source>
        <translation>起点</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>連絡の種別</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>検証課題</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>フローを追加</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>フローを削除</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>The window opens when this inject fires, or at the first impact of the shocks</source>
        <translation>この状況付与の発出時、またはショックの最初の影響時から期限を数えます</translation>
    </message>
    <message>
        <source>Every room of role %1</source>
        <translation>役割「%1」の全部屋</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>cd::editor::FormFields</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>1 Information sharing in an emergency</source>
        <translation>1 緊急時の官民の情報共有・連携の仕組み</translation>
    </message>
    <message>
        <source>2 Day-to-day contacts</source>
        <translation>2 平時からの連絡体制</translation>
    </message>
    <message>
        <source>3 Response procedures</source>
        <translation>3 IT障害の対応要領・手順</translation>
    </message>
    <message>
        <source>4 Interdependency analysis</source>
        <translation>4 相互依存性解析</translation>
    </message>
    <message>
        <source>5 Implementation rules to revise</source>
        <translation>5 実施細目の見直し課題</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>every room</source>
        <translation>全部屋</translation>
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
    <name>cd::editor::IdChecklist</name>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>cd::editor::InjectPage</name>
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
    <name>cd::editor::ListFormPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
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
    <message>
        <source>Allowed channels</source>
        <translation>使用できる通信手段</translation>
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
        <source>The channels this exercise allows (meta.channels). Injects, player actions and persona calls on another channel are errors, and rooms do not show it.</source>
        <translation>この演習で使える通信手段 (meta.channels)。ほかの手段を使う状況付与・プレイヤーの行動・ペルソナの電話はエラーになり、各室の画面にも表示されません。</translation>
    </message>
</context>
<context>
    <name>cd::editor::ObjectivePage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>検証課題</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>目的を追加</translation>
    </message>
    <message>
        <source>Remove objective</source>
        <translation>目的を削除</translation>
    </message>
    <message>
        <source>The verification theme (検証課題) the objective serves</source>
        <translation>この目的が対応する検証課題</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>新しい目的</translation>
    </message>
</context>
<context>
    <name>cd::editor::PersonaPage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>送る状況付与</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>相手役を追加</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>相手役を削除</translation>
    </message>
    <message>
        <source>Who the persona is: customer, press, vendor, csirt, government, ...</source>
        <translation>相手役の種類: customer (顧客)、press (報道)、vendor (ベンダ)、csirt、government (政府) など</translation>
    </message>
    <message>
        <source>no inject yet</source>
        <translation>状況付与はまだありません</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新しい相手役</translation>
    </message>
</context>
<context>
    <name>cd::editor::ResponsePage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Who may request</source>
        <translation>要請できる部屋</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>対応を追加</translation>
    </message>
    <message>
        <source>Remove response</source>
        <translation>対応を削除</translation>
    </message>
    <message>
        <source>+HH:MM from the request to the effect</source>
        <translation>+HH:MM (要請から効果が出るまで)</translation>
    </message>
    <message>
        <source>Automatic (approved when requested)</source>
        <translation>自動 (要請時に承認)</translation>
    </message>
    <message>
        <source>The control team approves or declines</source>
        <translation>統制チームが承認または却下</translation>
    </message>
    <message>
        <source>Add autonomy to an edge (hours)</source>
        <translation>依存関係の自律時間を延ばす (時間)</translation>
    </message>
    <message>
        <source>Scale an edge&apos;s weight (factor)</source>
        <translation>依存関係の重みを倍率で変える</translation>
    </message>
    <message>
        <source>Set a node&apos;s shock (0-1)</source>
        <translation>分野のショックを設定 (0〜1)</translation>
    </message>
    <message>
        <source>Set a node&apos;s recovery rate (per hour, or inf)</source>
        <translation>分野の回復速度を設定 (1時間当たり、または inf)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>新しい対応</translation>
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
    <message>
        <source>cannot write the layout %1: %2</source>
        <translation>レイアウト %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>cd::editor::SectionsPage</name>
    <message>
        <source>Objectives</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>相手役</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Expected flows</source>
        <translation>想定フロー</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>連絡手段</translation>
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
    <name>cd::editor::SitePage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read / Post</source>
        <translation>閲覧 / 投稿</translation>
    </message>
    <message>
        <source>Page path</source>
        <translation>ページのパス</translation>
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
        <source>Add site</source>
        <translation>サイトを追加</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>サイトを削除</translation>
    </message>
    <message>
        <source>Who may read the site</source>
        <translation>サイトを閲覧できる部屋</translation>
    </message>
    <message>
        <source>Who may post on the site (none: only the control team)</source>
        <translation>サイトに投稿できる部屋 (なし: 統制チームのみ)</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>ページを追加</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>ページを削除</translation>
    </message>
    <message>
        <source>/path</source>
        <translation>/パス</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(パスなし)</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>新しいページ</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新しいサイト</translation>
    </message>
</context>
<context>
    <name>cd::editor::SurveyPage</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>設問</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>選択肢 %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>検証課題</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>設問を追加</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>設問を削除</translation>
    </message>
    <message>
        <source>scale5: an answer from 1 to 5; choice: one of the choices; text: free text</source>
        <translation>scale5: 1〜5 の評価、choice: 選択肢から一つ、text: 自由記述</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>選択肢を追加</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>選択肢を削除</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新しい設問</translation>
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
    <name>cd::gui::CallStatus</name>
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
        <source>Declined</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>話し中</translation>
    </message>
    <message>
        <source>No dial tone</source>
        <translation>発信音なし</translation>
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
    <message>
        <source>PAUSED — press Resume</source>
        <translation>一時停止中 — 「再開」を押してください</translation>
    </message>
    <message>
        <source>no more injects: the survey is open</source>
        <translation>状況付与は終了: アンケート回答中</translation>
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
    <message>
        <source>call: declined</source>
        <translation>電話: 拒否</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>配送中</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>即時</translation>
    </message>
    <message numerus="yes">
        <source>after %n min</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>既読</translation>
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
    <name>cd::gui::ConditionText</name>
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
</context>
<context>
    <name>cd::gui::ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting in %1 s</source>
        <translation>接続が切れました。%1 秒後に再接続します</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>接続が切れました（%1）。%2 秒後に再接続します</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>サーバーに拒否されました: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>切断されました: %1</translation>
    </message>
    <message>
        <source>the server is stopping</source>
        <translation>サーバーが停止します</translation>
    </message>
    <message>
        <source>the server could not record events and stopped</source>
        <translation>サーバーがイベントを記録できず停止しました</translation>
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
    <name>cd::gui::ConsoleActions</name>
    <message>
        <source>&amp;Resume the clock</source>
        <translation>時計を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start the clock</source>
        <translation>時計を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause the clock</source>
        <translation>時計を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fire the selected inject now</source>
        <translation>選択した状況付与を今すぐ発出(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;kip the selected inject…</source>
        <translation>選択した状況付与をスキップ(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Delay the selected inject…</source>
        <translation>選択した状況付与を遅らせる(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Answer the call to a persona</source>
        <translation>相手役への着信に応答(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;cline the call to a persona</source>
        <translation>相手役への着信を拒否(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hang up the persona&apos;s call</source>
        <translation>相手役の通話を切る(&amp;H)</translation>
    </message>
</context>
<context>
    <name>cd::gui::DebriefReplay</name>
    <message>
        <source>Exercise time:</source>
        <translation>演習時刻:</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>状況付与</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>付与時刻</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The exercise cannot be replayed:
%1</source>
        <translation>演習を再生できません:
%1</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>付与済み</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未付与</translation>
    </message>
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
        <source>%1, level breached</source>
        <translation>%1、水準を下回りました</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Exercise minutes shown per second of playing</source>
        <translation>再生1秒あたりに進める演習時間(分)</translation>
    </message>
    <message>
        <source>%1 min/s</source>
        <translation>%1 分/秒</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>移動先…</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>現在の支障</translation>
    </message>
    <message>
        <source>Unit-hours so far</source>
        <translation>これまでの累積影響</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Knew the cause</source>
        <translation>原因の把握</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>%1 inject %2: %3</source>
        <translation>%1 状況付与 %2: %3</translation>
    </message>
    <message>
        <source>%1 flow %2 met</source>
        <translation>%1 情報の流れ %2 達成</translation>
    </message>
    <message>
        <source>%1 level breached: %2</source>
        <translation>%1 検証レベル超過: %2</translation>
    </message>
    <message>
        <source>%1 %2-hours</source>
        <translation>%1 %2・時間</translation>
    </message>
    <message>
        <source>own hypothesis</source>
        <translation>自ら特定</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>把握済み (%1 から)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未把握</translation>
    </message>
    <message>
        <source>%1 flow %2 missed</source>
        <translation>%1 情報の流れ %2 未達</translation>
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
        <source>%1; not continuing it</source>
        <translation>%1。この演習は続行しません</translation>
    </message>
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
    <name>cd::gui::HostDialog</name>
    <message>
        <source>Export join links…</source>
        <translation>参加リンクを書き出す…</translation>
    </message>
    <message>
        <source>Write every room's join links to a folder: a CSV and printable sheets with QR codes</source>
        <translation>各部屋の参加リンクをフォルダーに書き出します: CSV と QR コード付きの印刷用シート</translation>
    </message>
    <message numerus="yes">
        <source>Join links of %n room(s) written to %1: join-links.csv and join-handouts.html (open it in a browser to print one sheet per room). They are the rooms' keys: hand each sheet to its room only.</source>
        <translation>
            <numerusform>%n 部屋分の参加リンクを %1 に書き出しました: join-links.csv と join-handouts.html（ブラウザーで開くと部屋ごとに 1 枚ずつ印刷できます）。リンクは部屋の鍵です。各シートはその部屋にだけ渡してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) left out: their tokens were issued earlier; reissue them to include them.</source>
        <translation>
            <numerusform>%n 部屋は含まれていません: トークンが以前に発行されたためです。含めるにはトークンを再発行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host for remote rooms…</source>
        <translation>リモート参加組織をホスト(&amp;H)…</translation>
    </message>
    <message>
        <source>Serve this exercise to player rooms on other computers</source>
        <translation>この演習を他のコンピューターの参加組織に配信します</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM 鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Listen on: expected HOST:PORT, got &quot;%1&quot;</source>
        <translation>待ち受け: HOST:PORT の形式で指定してください（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Cannot host: %1</source>
        <translation>ホストできません: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>Cannot serve the web portal on port %1: %2</source>
        <translation>ポート %1 で Web ポータルを提供できません: %2</translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>ホストしていません</translation>
    </message>
    <message>
        <source>(token issued earlier: reissue to show a new URL)</source>
        <translation>（トークンは発行済み。再発行すると新しい URL を表示します）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Reissue token</source>
        <translation>トークン再発行</translation>
    </message>
    <message>
        <source>Issue a new join URL for this room; the old one stops working at once</source>
        <translation>この参加組織の新しい参加 URL を発行します。古い URL はすぐに使えなくなります</translation>
    </message>
    <message>
        <source>Hosting on port %1 (%2), %3 connected</source>
        <translation>ポート %1 (%2) でホスト中、接続数 %3</translation>
    </message>
    <message>
        <source>; web portal on port %1</source>
        <translation>、Web ポータルはポート %1</translation>
    </message>
    <message>
        <source>Host for remote rooms</source>
        <translation>リモート参加組織のホスト</translation>
    </message>
    <message>
        <source>Listen on (HOST:PORT):</source>
        <translation>待ち受け (HOST:PORT):</translation>
    </message>
    <message>
        <source>Web portal port:</source>
        <translation>Web ポータルのポート:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Also serve each room&apos;s web portal to browsers (0: any free port)</source>
        <translation>各参加組織の Web ポータルもブラウザー向けに提供します（0: 空いている任意のポート）</translation>
    </message>
    <message>
        <source>TLS certificate (PEM, optional):</source>
        <translation>TLS 証明書 (PEM、任意):</translation>
    </message>
    <message>
        <source>TLS private key (PEM):</source>
        <translation>TLS 秘密鍵 (PEM):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation>ホスト開始</translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation>ホスト停止</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>参加組織</translation>
    </message>
    <message>
        <source>Join URL (crossdrill join)</source>
        <translation>参加 URL (crossdrill join)</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Web ポータル</translation>
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
    <message>
        <source>Forward (Ctrl+Shift+F)</source>
        <translation>転送 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>The exercise has ended: mail can only be read.</source>
        <translation>演習は終了しました。メールは閲覧のみできます。</translation>
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
    <message>
        <source>cannot start an exercise in %1: %2</source>
        <translation>%1 で演習を開始できません: %2</translation>
    </message>
    <message>
        <source>New exercise recorded in %1. The clock waits at the start: press Start (F5).</source>
        <translation>新しい演習を %1 に記録します。時計は開始前で停止しています：「開始」(F5) を押してください。</translation>
    </message>
    <message>
        <source>Scenarios and exercises (*.cxs.json *.cxdb);;Scenarios (*.cxs.json);;Exercise databases (*.cxdb);;JSON files (*.json);;All files (*)</source>
        <translation>シナリオと演習 (*.cxs.json *.cxdb);;シナリオ (*.cxs.json);;演習データベース (*.cxdb);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reopened %1: this exercise has ended.</source>
        <translation>%1 を開きました：この演習は終了しています。</translation>
    </message>
    <message>
        <source>Reopened %1 at %2. The clock waits: press Resume (F5).</source>
        <translation>%1 を %2 の時点から開きました。時計は停止中です：「再開」(F5) を押してください。</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>演習: %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>利用の手引き(&amp;U)</translation>
    </message>
    <message>
        <source>How to run an exercise, from opening a scenario to the report</source>
        <translation>シナリオを開いてから報告書までの演習の進め方</translation>
    </message>
    <message>
        <source>Quit CrossDrill</source>
        <translation>CrossDrill を終了</translation>
    </message>
    <message>
        <source>Quit CrossDrill? The console, every room window, the scenario editors and the floating panels close.

The exercise is saved: every event is already recorded in %1. Open that file to resume it.</source>
        <translation>CrossDrill を終了しますか？ コンソール、すべての部屋のウィンドウ、シナリオエディタ、切り離したパネルが閉じます。

演習は保存されています。すべての出来事は %1 に記録済みです。このファイルを開けば演習を再開できます。</translation>
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
    <message>
        <source>Delivered:</source>
        <translation>配信:</translation>
    </message>
    <message>
        <source>Read by:</source>
        <translation>既読:</translation>
    </message>
</context>
<context>
    <name>cd::gui::MselModel</name>
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
    <name>cd::gui::Pdf</name>
    <message>
        <source>layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ目</translation>
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
    <message>
        <source>%1 declined the call.</source>
        <translation>%1 が着信を拒否しました。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation>演習は終了しました。</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlanCommands</name>
    <message>
        <source>Add row %1</source>
        <translation>行 %1 を追加</translation>
    </message>
    <message>
        <source>Edit %1 of row %2</source>
        <translation>行 %2 の%1を編集</translation>
    </message>
    <message>
        <source>Delete row %1</source>
        <translation>行 %1 を削除</translation>
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
        <translation>課題</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Capability element</source>
        <translation>能力要素</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>担当組織</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>連絡窓口</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>cd::gui::PlayPanel</name>
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
    <message>
        <source>The exercise has ended: only the survey remains.</source>
        <translation>演習は終了しました。残っているのはアンケートだけです。</translation>
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
    <name>cd::gui::RemoteRoom</name>
    <message>
        <source>Joining room %1 — CrossDrill</source>
        <translation>参加組織 %1 として参加中 — CrossDrill</translation>
    </message>
    <message>
        <source>Joining the exercise as room %1</source>
        <translation>参加組織 %1 として演習に参加しています</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReplayChart</name>
    <message>
        <source>exercise minute</source>
        <translation>演習経過時間 (分)</translation>
    </message>
    <message>
        <source>verification level of %1: %2 %3 (q %4) for %5 min</source>
        <translation>%1 の検証レベル: %2 %3 (q %4) が %5 分</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportMenu</name>
    <message>
        <source>Re&amp;port</source>
        <translation>報告(&amp;P)</translation>
    </message>
    <message>
        <source>After-action &amp;report</source>
        <translation>事後分析報告(&amp;R)</translation>
    </message>
    <message>
        <source>The after-action report of this exercise: the figures so far while it runs</source>
        <translation>この演習の事後分析報告 (演習中はその時点までの数値)</translation>
    </message>
    <message>
        <source>After-action report (F9)</source>
        <translation>事後分析報告 (F9)</translation>
    </message>
    <message>
        <source>&amp;Improvement plan</source>
        <translation>改善計画(&amp;I)</translation>
    </message>
    <message>
        <source>Fill in the improvement plan (Appendix A of the report)</source>
        <translation>改善計画 (報告書の付録A) を記入する</translation>
    </message>
    <message>
        <source>&amp;Debrief replay</source>
        <translation>振り返り再生(&amp;D)</translation>
    </message>
    <message>
        <source>Replay the exercise minute by minute for the hot wash</source>
        <translation>ホットウォッシュのために演習を1分ずつ再生する</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportView</name>
    <message>
        <source>Computing the after-action report...</source>
        <translation>事後分析報告を作成中...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>計画を保存</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>JSONにエクスポート...</translation>
    </message>
    <message>
        <source>Export HTML...</source>
        <translation>HTMLにエクスポート...</translation>
    </message>
    <message>
        <source>Export Markdown...</source>
        <translation>Markdownにエクスポート...</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>PDFにエクスポート...</translation>
    </message>
    <message>
        <source>The improvement plan has unsaved changes.</source>
        <translation>改善計画に未保存の変更があります。</translation>
    </message>
    <message>
        <source>The report cannot be computed:
%1</source>
        <translation>報告を作成できません:
%1</translation>
    </message>
    <message>
        <source>Improvement plan saved.</source>
        <translation>改善計画を保存しました。</translation>
    </message>
    <message>
        <source>%1: the file must end in .json, .html, .md or .pdf</source>
        <translation>%1: ファイルの拡張子は .json、.html、.md、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>報告のエクスポート</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>報告 (*.%1)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>報告をエクスポートしています...</translation>
    </message>
    <message>
        <source>Exporting the report: %1</source>
        <translation>報告をエクスポートしています: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>エクスポートを中止しました。</translation>
    </message>
</context>
<context>
    <name>cd::gui::ReportWindow</name>
    <message>
        <source>After-action report — %1</source>
        <translation>事後分析報告 — %1</translation>
    </message>
    <message>
        <source>Figures from the exercise log up to %1; Report &gt; Refresh brings them up to date.</source>
        <translation>演習ログの %1 までの数値です。報告 &gt; 更新 で最新にします。</translation>
    </message>
    <message>
        <source>Debrief replay</source>
        <translation>振り返り再生</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>報告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDFにエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>HTMLにエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdownにエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSONにエクスポート(&amp;J)…</translation>
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
        <source>&amp;Improvement plan</source>
        <translation>改善計画(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Debrief replay</source>
        <translation>振り返り再生(&amp;D)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Figures from the exercise log up to %1.</source>
        <translation>演習ログの %1 までの数値です。</translation>
    </message>
</context>
<context>
    <name>cd::gui::Request</name>
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
</context>
<context>
    <name>cd::gui::RoomActions</name>
    <message>
        <source>&amp;Mail</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Web</source>
        <translation>Web(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New mail…</source>
        <translation>新規メール(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>返信(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>転送(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Answer the ringing call</source>
        <translation>着信に応答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline the ringing call</source>
        <translation>着信を拒否(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>電話を切る(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Speak on the call</source>
        <translation>通話で話す(&amp;S)</translation>
    </message>
    <message>
        <source>Place a &amp;call…</source>
        <translation>電話をかける(&amp;C)…</translation>
    </message>
    <message>
        <source>Shows the dial on the Phone tab; on that tab, calls the chosen party</source>
        <translation>電話タブの発信欄を表示します。電話タブでは選んだ相手に発信します</translation>
    </message>
    <message>
        <source>&amp;Post a page…</source>
        <translation>ページを掲載(&amp;P)…</translation>
    </message>
    <message>
        <source>Shows the post form on the Web tab; on that tab, posts the page</source>
        <translation>Web タブの掲載フォームを表示します。Web タブではページを掲載します</translation>
    </message>
    <message>
        <source>&amp;Status and play</source>
        <translation>状況と対応(&amp;S)</translation>
    </message>
    <message>
        <source>The exercise has ended: pages can only be read.</source>
        <translation>演習は終了しました。ページは閲覧のみできます。</translation>
    </message>
    <message>
        <source>This room cannot post on the selected site (%1).</source>
        <translation>この部屋は選択中のサイト（%1）に掲載できません。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>利用の手引き(&amp;U)</translation>
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
    <message>
        <source>Observer — read only: this seat sees what the room sees and cannot act for it.</source>
        <translation>オブザーバー — 閲覧のみ：この席は部屋に見えるものを見るだけで、部屋として操作することはできません。</translation>
    </message>
    <message>
        <source>%1 — Observer — read only — CrossDrill</source>
        <translation>%1 — オブザーバー — 閲覧のみ — CrossDrill</translation>
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
    <name>cd::gui::ScenarioNames</name>
    <message>
        <source>Control team</source>
        <translation>事務局</translation>
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
    <message>
        <source>Filter the timeline (Ctrl+F)</source>
        <translation>タイムラインを絞り込む (Ctrl+F)</translation>
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
    <name>cd::gui::SeriesLegend</name>
    <message>
        <source>Click a name, or choose it with the arrow keys and press Space, to highlight its line</source>
        <translation>名前をクリックするか、矢印キーで選んでSpaceキーを押すと、その線を太く表示します</translation>
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
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>cc: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
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
    <name>cd::gui::UserGuideDialog</name>
    <message>
        <source>CrossDrill user guide</source>
        <translation>CrossDrill 利用の手引き</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>このビルドには利用の手引きが含まれていません。</translation>
    </message>
</context>
<context>
    <name>cd::gui::Verdict</name>
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
    <message>
        <source>The exercise has ended: pages can only be read.</source>
        <translation>演習は終了しました。ページは閲覧のみできます。</translation>
    </message>
    <message>
        <source>This room can read this site but not post on it.</source>
        <translation>この部屋はこのサイトを閲覧できますが、掲載はできません。</translation>
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
        <source>Answer (Ctrl+Shift+A)</source>
        <translation>応答 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Decline (Ctrl+Shift+X)</source>
        <translation>拒否 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Hang up (Ctrl+Shift+H)</source>
        <translation>切る (Ctrl+Shift+H)</translation>
    </message>
    <message numerus="yes">
        <source>☎ %1 is calling %2, waiting %n min. Select the call and answer (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>☎ %1 が %2 に電話中（%n 分待機）。通話を選んで応答してください (Ctrl+Shift+A)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more call(s) waiting.</source>
        <translation>
            <numerusform>ほかに %n 件の着信が待機中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::gui::Workspaces</name>
    <message>
        <source>Workspace: &amp;Conduct</source>
        <translation>ワークスペース: 進行(&amp;C)</translation>
    </message>
    <message>
        <source>The MSEL timeline, the sector board and the white cell side by side</source>
        <translation>MSEL タイムライン、分野ボード、ホワイトセルを並べて表示</translation>
    </message>
    <message>
        <source>Workspace: &amp;Model</source>
        <translation>ワークスペース: モデル(&amp;M)</translation>
    </message>
    <message>
        <source>The sector board and its chart large, with the truth and the timeline</source>
        <translation>分野ボードとグラフを大きく、真相とタイムラインとともに表示</translation>
    </message>
    <message>
        <source>Workspace: Co&amp;mmunications</source>
        <translation>ワークスペース: 通信(&amp;O)</translation>
    </message>
    <message>
        <source>The communications monitor large, with the white cell</source>
        <translation>通信モニタを大きく、ホワイトセルとともに表示</translation>
    </message>
    <message>
        <source>Workspace: &amp;Evaluation</source>
        <translation>ワークスペース: 評価(&amp;E)</translation>
    </message>
    <message>
        <source>The communications monitor with the judge and the observations</source>
        <translation>通信モニタを、仮説と対応要請・評価者の所見とともに表示</translation>
    </message>
    <message>
        <source>&amp;Reset workspace</source>
        <translation>ワークスペースをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put the panels of this workspace back where they were at first</source>
        <translation>このワークスペースのパネルを初期配置に戻す</translation>
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
        <source>Documentation (in %1):</source>
        <translation>ドキュメント（%1）：</translation>
    </message>
    <message>
        <source>the docs/ folder of the source tree</source>
        <translation>ソースツリーの docs/ フォルダ</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>the exercise and its Japanese terms</source>
        <translation>演習の概要と日本語の用語集</translation>
    </message>
    <message>
        <source>the scenario file, the MSEL and player scripts</source>
        <translation>シナリオファイル、MSEL、プレイヤスクリプト</translation>
    </message>
    <message>
        <source>the interdependency model and its file formats</source>
        <translation>相互依存性モデルとそのファイル形式</translation>
    </message>
    <message>
        <source>crossdrill analyze, read by people</source>
        <translation>crossdrill analyze の結果の読み方</translation>
    </message>
    <message>
        <source>layers, events, the visibility rule, the commands</source>
        <translation>構成、イベント、可視性の規則、コマンド</translation>
    </message>
    <message>
        <source>the network protocol of remote rooms</source>
        <translation>リモート参加組織の通信プロトコル</translation>
    </message>
    <message>
        <source>how the code is written</source>
        <translation>コードの書き方（貢献者向け）</translation>
    </message>
    <message>
        <source>Commands (crossdrill COMMAND --help):</source>
        <translation>コマンド（詳細は crossdrill コマンド --help）：</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Writes the after-action report of an exercise database (JSON, HTML, Markdown or PDF).</source>
        <translation>演習データベースの事後分析報告を出力します（JSON、HTML、Markdown または PDF）。</translation>
    </message>
    <message>
        <source>The exercise database.</source>
        <translation>演習データベース。</translation>
    </message>
    <message>
        <source>The report file; its extension (.json, .html, .md, .pdf) is the format.</source>
        <translation>報告ファイル。拡張子（.json、.html、.md、.pdf）で形式が決まります。</translation>
    </message>
    <message>
        <source>ja or en (default: from the locale).</source>
        <translation>ja または en（既定: ロケールから判定）。</translation>
    </message>
    <message>
        <source>--lang: expected ja or en, got &quot;%1&quot;</source>
        <translation>--lang: ja または en を指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>%1: the output must end in .json, .html, .md or .pdf</source>
        <translation>%1: 出力ファイルの拡張子は .json、.html、.md、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <source>%1: no such exercise database</source>
        <translation>%1: 該当する演習データベースがありません</translation>
    </message>
    <message>
        <source>report: %1% %2</source>
        <translation>報告: %1% %2</translation>
    </message>
    <message>
        <source>Open the report, improvement plan and debrief replay in a window (after writing -o FILE, if given).</source>
        <translation>報告・改善計画・振り返り再生をウィンドウで開く (-o FILE があれば書き出した後に)。</translation>
    </message>
    <message>
        <source>usage: crossdrill report DB (-o OUT.{json,html,md,pdf} | --view) [--lang ja|en]</source>
        <translation>使い方: crossdrill report DB (-o OUT.{json,html,md,pdf} | --view) [--lang ja|en]</translation>
    </message>
    <message>
        <source>--view: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>--view: ウィンドウを開くディスプレイがありません (DISPLAY も WAYLAND_DISPLAY も設定されていません)</translation>
    </message>
    <message>
        <source>With --view: the page to open (report, plan or replay).</source>
        <translation>--view と共に: 開くページ (report、plan、replay)。</translation>
    </message>
    <message>
        <source>With --view: the replay&apos;s time (+HH:MM).</source>
        <translation>--view と共に: 振り返り再生の時刻 (+HH:MM)。</translation>
    </message>
    <message>
        <source>--page: expected report, plan or replay, got &quot;%1&quot;</source>
        <translation>--page: report、plan、replay のいずれかを指定してください (指定値: 「%1」)</translation>
    </message>
    <message>
        <source>--at: expected +HH:MM, got &quot;%1&quot;</source>
        <translation>--at: +HH:MM を指定してください (指定値: 「%1」)</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>%1; not continuing it</source>
        <translation>%1。この演習は続行しません</translation>
    </message>
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
    <message>
        <source>%1: is being run by another process (pid %2)</source>
        <translation>%1: 別のプロセス（pid %2）が実行中です</translation>
    </message>
</context>
<context>
    <name>JoinHandouts</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Room id: %1</source>
        <translation>部屋 ID: %1</translation>
    </message>
    <message>
        <source>In a web browser</source>
        <translation>ウェブブラウザーで参加</translation>
    </message>
    <message>
        <source>Scan the code or open this address; nothing to install.</source>
        <translation>コードを読み取るか、このアドレスを開いてください。インストールは不要です。</translation>
    </message>
    <message>
        <source>With the CrossDrill program</source>
        <translation>CrossDrill プログラムで参加</translation>
    </message>
    <message>
        <source>Run: crossdrill join followed by this address.</source>
        <translation>crossdrill join に続けてこのアドレスを指定して実行してください。</translation>
    </message>
    <message>
        <source>Keep this sheet within your room: anyone with this link can act as the room. The control team can issue a new link at any time.</source>
        <translation>この用紙は部屋の外に出さないでください。このリンクを持つ人は誰でもこの部屋として操作できます。事務局はいつでも新しいリンクを発行できます。</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: join links</source>
        <translation>%1: 参加リンク</translation>
    </message>
    <message>
        <source>Control-team seat %1</source>
        <translation>統制チームの席 %1</translation>
    </message>
    <message>
        <source>Keep this sheet with you: anyone with this link sits at this control-team seat. The control team can issue a new link at any time.</source>
        <translation>このシートは本人が保管してください。このリンクを持つ人は誰でもこの統制チームの席に着けます。統制チームはいつでも新しいリンクを発行できます。</translation>
    </message>
</context>
<context>
    <name>cd::gui::RemoteSeatSession</name>
    <message>
        <source>this seat (%1) does not see the scenario; the control console needs it</source>
        <translation>この席（%1）にはシナリオが配られないため、統制コンソールは開けません</translation>
    </message>
    <message>
        <source>the server&apos;s scenario does not load: %1</source>
        <translation>サーバーのシナリオを読み込めません: %1</translation>
    </message>
    <message>
        <source>not connected to the exercise server; try again once reconnected</source>
        <translation>演習サーバーに接続していません。再接続してからもう一度操作してください</translation>
    </message>
</context>
<context>
    <name>cd::gui::SeatConsole</name>
    <message>
        <source>Joining as seat %1 — CrossDrill</source>
        <translation>席 %1 として参加中 — CrossDrill</translation>
    </message>
    <message>
        <source>Joining the exercise&apos;s control team as seat %1</source>
        <translation>演習の統制チームに席 %1 として参加しています</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>統制担当</translation>
    </message>
    <message>
        <source>White cell</source>
        <translation>ホワイトセル</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>%1 — seat %2 (%3) — CrossDrill</source>
        <translation>%1 — 席 %2（%3） — CrossDrill</translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>席 %1: %2</translation>
    </message>
    <message>
        <source>Seat %1: %2 — %3</source>
        <translation>席 %1: %2 — %3</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>演習(&amp;X)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rooms, %n seat(s) connected</source>
        <translation>
            <numerusform>接続中: 参加組織 %1／%2、席 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s welcome cannot be read: %1</source>
        <translation>サーバーの welcome を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>cd::gui::HostSeats</name>
    <message>
        <source>Start hosting first: seats connect to the server</source>
        <translation>先にホストを開始してください（席はサーバーに接続します）</translation>
    </message>
    <message>
        <source>Control-team seats (crossdrill join SEAT_URL)</source>
        <translation>統制チームの席（crossdrill join 席のURL）</translation>
    </message>
    <message>
        <source>Add seat</source>
        <translation>席を追加</translation>
    </message>
    <message>
        <source>ID=ROLE[:LIST]: controller, whitecell:PERSONA,…, evaluator:ROOM,… or observer:ROOM,…</source>
        <translation>ID=役割[:一覧]: controller、whitecell:相手役,…、evaluator:参加組織,… または observer:参加組織,…</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Seat URL</source>
        <translation>席のURL</translation>
    </message>
    <message>
        <source>(token issued earlier: reissue to show a new URL)</source>
        <translation>（トークンは発行済み。再発行すると新しい URL を表示します）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Reissue token</source>
        <translation>トークン再発行</translation>
    </message>
    <message>
        <source>Issue a new URL for this seat; the old one stops working at once</source>
        <translation>この席の URL を新しく発行します。古い URL はすぐに使えなくなります</translation>
    </message>
</context>
<context>
    <name>cd::gui::ObserverWindow</name>
    <message>
        <source>What %1 sees; nothing can be done from here</source>
        <translation>%1 に見えているもの（ここからは何も操作できません）</translation>
    </message>
    <message>
        <source>%1 — Observer — read only — seat %2 — CrossDrill</source>
        <translation>%1 — オブザーバー — 閲覧のみ — 席 %2 — CrossDrill</translation>
    </message>
    <message>
        <source>Observer — read only: you see what %1 see; nothing can be sent from here.</source>
        <translation>オブザーバー — 閲覧のみ：%1 に見えているものを表示しています。ここからは何も送信できません。</translation>
    </message>
    <message>
        <source>Seat %1: %2 — %3</source>
        <translation>席 %1: %2 — %3</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
