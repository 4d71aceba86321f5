#!/usr/bin/env python3
# Fills the Japanese translations of the scenario editor (contexts cd::editor::*) in a .ts file
# after lupdate; run lupdate again afterwards to restore its formatting:
#   lupdate -no-obsolete -locations none app -ts resources/translations/crossdrill_ja.ts
#   python3 resources/translations/fill_editor_ja.py resources/translations/crossdrill_ja.ts
#   lupdate -no-obsolete -locations none app -ts resources/translations/crossdrill_ja.ts
import xml.etree.ElementTree as ET, sys
ja = {
'no breach':'超過なし','Sector':'分野','Peak q':'最大 q','Final q':'最終 q','Level breached from':'検証レベル超過の開始',
'Breach confirmed':'超過確定','∫q dt (h)':'∫q dt (時間)','The model cannot run: %1':'モデルを実行できません: %1',
'Inoperability q(t)':'機能不全度 q(t)','hours':'時間',
'Add inject %1':'状況付与 %1 を追加','Add sector %1':'分野 %1 を追加','Add room %1':'室 %1 を追加','Add shock %1':'ショック %1 を追加',
'Connect %1 to %2':'%1 → %2 を接続','Import MSEL':'MSEL の取り込み','Move inject':'状況付与の移動','Remove dependency':'依存関係の削除',
'Remove inject':'状況付与の削除','Remove sector %1':'分野 %1 を削除','Remove room':'室の削除','Remove shock':'ショックの削除','Edit %1':'%1 の編集',
'Edit dependency':'依存関係の編集','Edit inject':'状況付与の編集','Edit scenario details':'シナリオ概要の編集','Edit sector':'分野の編集',
'Edit room':'室の編集','Edit shock':'ショックの編集','Edit root cause':'根本原因の編集',
'Condition':'条件','Id':'ID','Value':'値','node, inject, expected or response id':'分野・状況付与・期待行動・対応策の ID',
'q ≥ / +HH:MM':'q ≥ / +HH:MM','Add child':'子条件を追加','Add a condition under the selected all/any/not':'選択した all/any/not の下に条件を追加',
'Remove':'削除','&Edit Scenario…':'シナリオを編集(&E)…','Open this scenario in the scenario editor':'このシナリオをシナリオエディタで開く',
'&New Scenario from Template…':'テンプレートから新規シナリオ(&N)…','&File':'ファイル(&F)','&New from Template':'テンプレートから新規作成(&N)',
'&Open…':'開く(&O)…','&Save':'保存(&S)','Save &As…':'名前を付けて保存(&A)…','&Import MSEL Spreadsheet…':'MSEL 表の取り込み(&I)…',
'Replace the injects with the rows of an MSEL spreadsheet (CSV)':'状況付与を MSEL 表 (CSV) の行で置き換える',
'&Export MSEL Spreadsheet…':'MSEL 表の書き出し(&E)…','&Close':'閉じる(&C)','&Edit':'編集(&E)','&Undo':'元に戻す(&U)','&Redo':'やり直す(&R)',
'&View':'表示(&V)','What Will the Cascade Do':'波及の予測','Edit History':'編集履歴','<opened>':'<開いた時点>','Details':'概要','MSEL':'MSEL',
'Rooms':'室','Graph':'依存関係グラフ','Truth':'真相','Timeline':'タイムライン','Other sections':'その他の項目','Untitled scenario':'無題のシナリオ',
'CrossDrill Scenario Editor':'CrossDrill シナリオエディタ','%n error(s): can be saved, cannot be run':'エラー %n 件: 保存はできますが実行できません',
'%n warning(s): ready to run':'警告 %n 件: 実行できます','Valid: ready to run':'問題なし: 実行できます','Recover Unsaved Edits':'未保存の編集の復元',
'%1 has unsaved edits from a session that ended unexpectedly. Recover them?':'%1 には、異常終了したセッションの未保存の編集があります。復元しますか?',
'Save Scenario':'シナリオの保存','Cannot save: %1':'保存できません: %1','Saved %1':'%1 を保存しました','Save Scenario As':'名前を付けてシナリオを保存',
'Scenarios (*.cxs.json)':'シナリオ (*.cxs.json)','Unsaved Edits':'未保存の編集','The scenario has unsaved edits. Save them?':'シナリオに未保存の編集があります。保存しますか?',
'Open Scenario':'シナリオを開く','Scenarios (*.cxs.json);;JSON files (*.json)':'シナリオ (*.cxs.json);;JSON ファイル (*.json)',
'%1: cannot read: %2':'%1: 読み込めません: %2','Import MSEL Spreadsheet':'MSEL 表の取り込み','CSV files (*.csv)':'CSV ファイル (*.csv)',
'Nothing was imported:':'何も取り込まれませんでした:','Export MSEL Spreadsheet':'MSEL 表の書き出し','Cannot write %1':'%1 に書き込めません',
'%1 → %2: weight %3, autonomy %4 h':'%1 → %2: 重み %3、自律時間 %4 時間','%1 h':'%1 時間','Add sector':'分野を追加','Connect':'接続',
'Click the sector depended upon, then the dependent one':'依存される分野、次に依存する分野をクリック','Delete':'削除','Name':'名称',
'Rate (per hour, or inf)':'回復率 (毎時、または inf)','Served':'利用者数','Unit':'単位','Verification level':'検証レベル','Level: units':'検証レベル: 数量',
'Level: minutes':'検証レベル: 継続時間 (分)','Initial q':'初期 q','Depended upon (from)':'依存される側 (from)','Dependent (to)':'依存する側 (to)',
'Weight':'重み','Autonomy (h)':'自律時間 (時間)','Recharge (per h)':'再充電率 (毎時)','Kind':'種類','has a verification level':'検証レベルあり',
'Select a sector or a dependency on the canvas, or add a sector.':'キャンバス上の分野または依存関係を選ぶか、分野を追加してください。',
'New sector':'新しい分野','Add':'追加','Up':'上へ','Down':'下へ','When':'時期','Delay':'遅延','Channel':'手段','From':'差出人','To / Cc':'宛先 / Cc',
'Subject':'件名','Body':'本文','Phone script':'電話の台本','Web page':'Web ページ','Page title':'ページの表題','Page body':'ページの本文',
'Attachments':'添付ファイル','Expected actions':'期待される行動','Control notes':'事務局メモ','At a time':'時刻指定','When a condition holds':'条件成立時',
'+HH:MM':'+HH:MM','+HH:MM after the condition first holds':'条件が初めて成立してからの +HH:MM','Contingency':'予備',
'Fired only by hand or by its condition':'手動または条件でのみ付与','files/a.png; files/b.pdf':'files/a.png; files/b.pdf','Room':'室','Action':'行動',
'To':'宛先','Within (min)':'期限 (分)','Theme':'検証課題','Add expected action':'期待行動を追加','Remove expected action':'期待行動を削除','Cc':'Cc',
'Site':'サイト','/path':'/パス','New inject':'新しい状況付与','Title':'表題','Summary':'概要','Clock start':'開始時刻','Duration':'演習時間',
'Model step (min)':'モデルの刻み (分)','HH:MM, the clock time at the exercise start':'HH:MM (演習開始時の時刻)','Add room':'室を追加',
'Remove room':'室を削除','Role':'役割','Own sector':'所属分野','Sectors':'所管分野','Phone lines':'電話回線数',
'sector ids separated by ; (a ministry)':'分野 ID を ; で区切る (所管省庁)','New room':'新しい室','no file name':'ファイル名がありません',
'Apply':'適用','Revert':'元に戻す',"The section edited as JSON, in the scenario file's format (docs/scenario-format.md)":'JSON で編集する項目 (シナリオファイルの形式、docs/scenario-format.md)',
'Not applied:':'適用されませんでした:','Applied.':'適用しました。','(open)':'(終了なし)','Shock c':'ショック c','Japanese':'日本語',
'English (leave empty for a single-language text)':'英語 (単一言語のテキストなら空欄)','What this room receives:':'この室が受け取るもの:',
'(condition)':'(条件)','Nothing reaches this room.':'この室には何も届きません。','Conditional':'条件付き','Root cause':'根本原因','Narrative':'経緯',
'Shocks':'ショック','Shock':'ショック','Add shock':'ショックを追加','Remove shock':'ショックを削除','from +HH:MM':'開始 +HH:MM',
'to +HH:MM (empty: open-ended)':'終了 +HH:MM (空欄: 終了なし)','Direct shock c in [0, 1]':'直接ショック c (0〜1)',
}
numerus = {"Over %1 with the truth's %n shock(s): %2 sector(s) breach their verification level.":'%1 の間、真相の %n 件のショックにより %2 分野が検証レベルを超えます。'}
p=sys.argv[1]
t=ET.parse(p); missing=[]
for ctx in t.getroot():
    name=ctx.find('name').text
    if not name.startswith('cd::editor'): continue
    for m in ctx.findall('message'):
        src=m.find('source').text; tr=m.find('translation')
        if tr.get('type')!='unfinished': continue
        if m.get('numerus')=='yes':
            text=numerus.get(src) or ja.get(src)
            if text is None: missing.append(src); continue
            for nf in tr.findall('numerusform'): tr.remove(nf)
            nf=ET.SubElement(tr,'numerusform'); nf.text=text
        else:
            if src not in ja: missing.append(src); continue
            tr.text=ja[src]
        del tr.attrib['type']
t.write(p, encoding='utf-8', xml_declaration=True)
print('missing', missing)
