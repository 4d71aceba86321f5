<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</TS>
