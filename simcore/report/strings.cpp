#include "report/strings.h"

#include <QHash>

namespace cd::report {

namespace {

struct Pair
{
    const char *en;
    const char *ja;
};

const QHash<QByteArray, Pair> &table()
{
    static const QHash<QByteArray, Pair> t{
        {"title", {"After-Action Report / Improvement Plan", "事後評価報告書・改善計画"}},
        {"integrity.broken",
         {"WARNING: this report was made from an altered event log. Its hash chain breaks at seq %1 (%2); "
          "nothing from that event on can be trusted.",
          "警告: この報告書は改変されたイベントログから作成されました。ハッシュチェーンが seq %1 で途切れています（%2）。"
          "そのイベント以降の内容は信頼できません。"}},
        {"overview", {"1. Exercise overview", "1. 演習の概要"}},
        {"analysis", {"2. Analysis of objectives and themes", "2. 目標・検証課題ごとの分析"}},
        {"strengths", {"3. Strengths and areas for improvement", "3. 強みと改善を要する点"}},
        {"plan", {"Appendix A: Improvement plan", "付録A: 改善計画"}},
        {"participants", {"Appendix B: Participants", "付録B: 参加者"}},
        {"timeline", {"Appendix C: Timeline", "付録C: タイムライン"}},
        {"injects", {"Injects", "状況付与"}},
        {"expected", {"Expected actions", "期待される行動"}},
        {"flows", {"Expected information flows", "期待される情報の流れ"}},
        {"matrix", {"Who told whom (messages)", "情報共有の実績 (発信元→宛先の件数)"}},
        {"reach",
         {"Time from first impact to the first report / advisory", "初期影響から最初の情報連絡・情報提供までの時間"}},
        {"knowledge", {"Where knowledge of the cause travelled", "原因に関する知見の伝わり方"}},
        {"no_advisory", {"Rooms no advisory reached", "情報提供が届かなかった組織"}},
        {"diagnosis", {"Diagnosis (hypotheses on the cause)", "原因の特定 (仮説)"}},
        {"channels", {"Channels", "連絡手段"}},
        {"outages", {"Channel failures from the model", "モデルによる連絡手段の障害"}},
        {"model", {"The interdependency model", "相互依存性モデル"}},
        {"q_chart", {"Inoperability q(t) per sector", "分野ごとの機能不全度 q(t)"}},
        {"breaches", {"Verification-level breaches", "検証レベルの超過"}},
        {"integral", {"Impact (integral of q, node-hours)", "影響 (q の積分, ノード時間)"}},
        {"mitigations", {"Mitigations and what-if", "対応策と what-if 分析"}},
        {"observations", {"Evaluator observations", "評価者の所見"}},
        {"ratings", {"Ratings (P/S/M/U)", "評価 (P/S/M/U)"}},
        {"survey", {"Questionnaire", "アンケート"}},
        {"col.id", {"ID", "ID"}},
        {"col.time", {"Time", "時刻"}},
        {"col.fired", {"Fired", "付与"}},
        {"col.channel", {"Channel", "手段"}},
        {"col.delivered", {"Delivered", "到達"}},
        {"col.ack", {"Acknowledged", "確認"}},
        {"col.room", {"Room", "組織"}},
        {"col.action", {"Action", "行動"}},
        {"col.status", {"Status", "結果"}},
        {"col.at", {"At", "時刻"}},
        {"col.latency", {"Latency (min)", "所要時間 (分)"}},
        {"col.from", {"From", "発信元"}},
        {"col.to", {"To", "宛先"}},
        {"col.kind", {"Kind", "種別"}},
        {"col.count", {"Count", "件数"}},
        {"col.after", {"After impact (min)", "影響後 (分)"}},
        {"col.via", {"Via", "経路"}},
        {"col.hypotheses", {"Hypotheses", "仮説"}},
        {"col.correct", {"First correct", "最初の正解"}},
        {"col.busy", {"Busy", "話中"}},
        {"col.missed", {"Missed calls", "不在着信"}},
        {"col.failed", {"Failed calls", "不通"}},
        {"col.declinedBy", {"Calls it declined", "着信拒否"}},
        {"col.declinedTo", {"Its calls declined", "発信が拒否された"}},
        {"col.unread", {"Unread mail", "未読メール"}},
        {"col.node", {"Sector", "分野"}},
        {"col.start", {"Start", "開始"}},
        {"col.until", {"Until", "終了"}},
        {"col.breach", {"Breached at", "超過時刻"}},
        {"col.nodehours", {"Node-hours", "ノード時間"}},
        {"col.response", {"Response", "対応策"}},
        {"col.effective", {"Effective", "効果発現"}},
        {"col.avoided", {"Impact avoided", "回避された影響"}},
        {"col.earlier", {"Further avoided if 30 min earlier", "30分早ければ更に回避"}},
        {"col.objective", {"Objective", "目標"}},
        {"col.theme", {"Theme", "検証課題"}},
        {"col.rating", {"Rating", "評価"}},
        {"col.text", {"Text", "内容"}},
        {"col.question", {"Question", "設問"}},
        {"col.answers", {"Answers", "回答数"}},
        {"col.result", {"Result", "結果"}},
        {"col.issue", {"Issue", "課題"}},
        {"col.corrective", {"Corrective action", "是正措置"}},
        {"col.capability", {"Capability element", "能力要素"}},
        {"col.org", {"Responsible organisation", "担当組織"}},
        {"col.poc", {"Point of contact", "担当者"}},
        {"col.completion", {"Completion", "完了"}},
        {"col.role", {"Role", "役割"}},
        {"col.name", {"Name", "名称"}},
        {"col.what", {"What", "内容"}},
        {"status.met", {"met", "達成"}},
        {"status.missed", {"missed", "未達"}},
        {"status.pending", {"pending", "未判定"}},
        {"never", {"never", "なし"}},
        {"none", {"none", "なし"}},
        {"hypothesis", {"own hypothesis", "自ら特定"}},
        {"meta.title", {"Exercise", "演習名"}},
        {"meta.kind", {"Kind", "形式"}},
        {"meta.start", {"Start", "開始時刻"}},
        {"meta.duration", {"Duration", "時間"}},
        {"meta.events", {"Events recorded", "記録されたイベント数"}},
        {"meta.first_impact", {"First impact", "初期影響"}},
        {"meta.summary", {"Summary", "概要"}},
        {"meta.root_cause", {"Root cause (control only)", "原因 (事務局のみ)"}},
        {"strength.expected",
         {"%1 of %2 expected actions were met (median latency %3 min).",
          "期待される行動 %2 件中 %1 件を達成 (所要時間の中央値 %3 分)。"}},
        {"strength.flows",
         {"%1 of %2 expected information flows were met.", "期待される情報の流れ %2 件中 %1 件を達成。"}},
        {"strength.diagnosis",
         {"%1 room(s) identified the cause; the first at %2.", "%1 組織が原因を特定 (最初は %2)。"}},
        {"improve.expected", {"Missed: %1 (%2, inject %3).", "未達: %1 (%2, 状況付与 %3)。"}},
        {"improve.flow",
         {"Information flow %1 (%2 from %3 to %4) was not met.", "情報の流れ %1 (%3 から %4 への%2) が未達。"}},
        {"improve.breach", {"The verification level of %1 was breached at %2.", "%1 の検証レベルを %2 に超過。"}},
        {"improve.knowledge",
         {"Knowledge of the cause never reached: %1.", "原因に関する知見が届かなかった組織: %1。"}},
        {"plan.expected", {"%1 did not %2 %3 after %4 in time", "%1 が %4 の後、期限内に %3 へ %2 を行わなかった"}},
        {"plan.flow", {"No %1 from %2 to %3 in time", "%2 から %3 への %1 が期限内になかった"}},
        {"plan.review_procedure", {"Review the response procedure and rehearse it", "対応要領を見直し、訓練する"}},
        {"plan.review_contacts", {"Review the contact scheme and points of contact", "連絡体制と窓口を見直す"}},
        {"theme.1", {"1 Public-private information sharing", "1 官民の情報共有・連絡連携"}},
        {"theme.2", {"2 Day-to-day contacts", "2 平時の連絡体制"}},
        {"theme.3", {"3 IT-failure response procedures", "3 IT障害対応要領"}},
        {"theme.4", {"4 Interdependency analysis", "4 相互依存性解析"}},
        {"theme.5", {"5 Implementation rules", "5 実施細目の課題"}},
        {"theme.0", {"(no theme)", "(検証課題なし)"}},
        {"rating.P", {"Performed without challenges", "課題なく実施"}},
        {"rating.S", {"Performed with some challenges", "一部課題あり"}},
        {"rating.M", {"Performed with major challenges", "重大な課題あり"}},
        {"rating.U", {"Unable to be performed", "実施できず"}},
        {"mean", {"mean", "平均"}},
        {"w.functional", {"functional exercise", "機能演習"}},
        {"w.tabletop", {"tabletop exercise", "机上演習"}},
        {"w.report", {"report", "情報連絡"}},
        {"w.advisory", {"advisory", "情報提供"}},
        {"w.query", {"query", "問合せ"}},
        {"w.other", {"other", "その他"}},
        {"w.call", {"call", "電話"}},
        {"w.post", {"web post", "Web掲載"}},
        {"w.hypothesis", {"hypothesis", "原因の仮説"}},
        {"w.request", {"response request", "対応策の要請"}},
        {"w.mail", {"mail", "メール"}},
        {"w.phone", {"phone", "電話"}},
        {"w.web", {"web", "Web"}},
        {"w.nisc", {"NISC", "NISC"}},
        {"w.ministry", {"ministry", "所管省庁"}},
        {"w.ceptoar", {"CEPTOAR", "セプター"}},
        {"w.operator", {"operator", "事業者"}},
        {"w.agency", {"agency", "関係機関"}},
        {"w.observer", {"observer", "有識者"}},
        {"w.skipped", {"skipped", "中止"}},
        {"generated", {"Generated by CrossDrill from the exercise log.", "CrossDrill が演習ログから作成。"}},
    };
    return t;
}

}  // namespace

QString word(const QString &lang, const QString &value)
{
    const QByteArray key = "w." + value.toUtf8();
    return table().contains(key) ? tr(lang, key.constData()) : value;
}

QString tr(const QString &lang, const char *key)
{
    const auto it = table().constFind(QByteArray(key));
    if (it == table().cend())
        return QString::fromLatin1(key);
    return QString::fromUtf8(lang == QLatin1String("ja") ? it->ja : it->en);
}

}  // namespace cd::report
