// The page's own words in Japanese and English (docs/browser-room.md "Languages"). The
// language comes from the browser's preferences, or the person's choice with the switch; names
// from the scenario ({"ja", "en"} texts) follow it.

const WORDS = {
  ja: {
    about: '元のメール', affected: '影響', answer: '応答', answerSomething: '少なくとも一問に答えてください。',
    attachments: '添付', awaiting: '判定待ち', body: '本文', breach: '検証レベル超過', call: '発信',
    callLog: '通話記録', callee: '相手', calls: '通話中', cancel: '取消', cc: 'CC', clock: '演習時刻',
    compose: '新規メール', compose_new: '新規メール', compose_reply: '返信', compose_replyAll: '全員に返信',
    compose_forward: '転送', control: '事務局', decline: '拒否', direction: '方向',
    endedBanner: '演習は終了しました。アンケートへの回答と記録の閲覧のみできます。', forward: '転送', from: '差出人',
    hangUp: '切る', hypotheses: '原因の仮説', inbox: '受信箱', incoming: '着信', incomingCall: '着信',
    kind: '種別', lastCall: '直前の通話', lineToSay: '話す内容', lostAct: '接続が切れました。記録されたかどうかは一覧で確認してください。',
    mailSent: 'メールを送信しました。', needRecipient: '宛先を一つ以上選んでください。', needsApproval: '事務局の承認が必要',
    newHypothesis: '新しい仮説', noCall: '通話はありません。', noHypotheses: 'まだ仮説はありません。', noMail: 'メールはありません。',
    noPages: 'まだページはありません。', noResponses: 'このルームが要請できる対応はありません。', noSectors: '担当分野はありません。',
    noSubject: '(件名なし)', noSuchPage: 'このページはありません。', offlineAct: '接続していないため送れませんでした。再接続を待ってからやり直してください。',
    onCall: '通話', openingLine: '最初に話す内容(任意)', otherLanguage: 'English', outgoing: '発信', party: '相手',
    path: 'パス', pickMail: '左の一覧からメールを選んでください。', pickPage: '左の一覧からページを選んでください。',
    placeCall: '電話をかける', post: '掲載', postPage: 'ページを掲載', posted: 'ページを掲載しました。', reply: '返信',
    replyAll: '全員に返信', request: '要請', response: '対応', responses: '対応の要請', say: '話す', scaleHint: '1(低い)〜5(高い)',
    sector: '分野', sectors: '担当分野の状況', send: '送信', sent: '送信済み', site: 'サイト', sites: 'サイト', state: '状態',
    subject: '件名', submit: '提出', survey: 'アンケート', surveyThanks: 'ご回答ありがとうございました。',
    switchLanguage: '表示言語を英語に切り替え', tabMail: 'メール', tabPhone: '電話', tabStatus: '状況', tabWeb: 'Web',
    text: '本文', thread: 'スレッド', time: '時刻', title: 'タイトル', to: '宛先', transcript: '通話内容', unread: '未読',
    yourName: 'お名前', refused: '操作は受け付けられませんでした: {0}',
    conn_connecting: '接続中…', conn_synced: '接続済み', conn_offline: '切断 — {0} 秒後に再接続',
    conn_closed: '接続が閉じられました: {0}', conn_signin: 'サインインが必要です。事務局から受け取ったリンクを開き直してください。',
    kind_report: '報告', kind_advisory: '注意喚起', kind_query: '問合せ', kind_other: 'その他', kind_undefined: 'その他',
    call_ringing: '呼出中', call_connected: '通話中', call_ended: '終了', call_missed: '不在', call_declined: '拒否',
    call_busy: '話中', call_failed: '不通', label_ok: '正常', label_degraded: '一部障害', label_down: '停止',
    verdict_correct: '正しい', verdict_partial: '一部正しい', verdict_wrong: '誤り',
    request_requested: '要請中', request_approved: '承認', request_declined: '却下', request_applied: '実施済み',
  },
  en: {
    about: 'Original', affected: 'Affected', answer: 'Answer', answerSomething: 'Answer at least one question.',
    attachments: 'Attachments', awaiting: 'Awaiting judgement', body: 'Text', breach: 'Level breached', call: 'Call',
    callLog: 'Call log', callee: 'Callee', calls: 'Calls', cancel: 'Cancel', cc: 'Cc', clock: 'Exercise time',
    compose: 'New mail', compose_new: 'New mail', compose_reply: 'Reply', compose_replyAll: 'Reply to all',
    compose_forward: 'Forward', control: 'Control team', decline: 'Decline', direction: 'Direction',
    endedBanner: 'The exercise has ended. Only the survey and reading remain.', forward: 'Forward', from: 'From',
    hangUp: 'Hang up', hypotheses: 'Hypotheses of the cause', inbox: 'Inbox', incoming: 'Incoming',
    incomingCall: 'Incoming call', kind: 'Kind', lastCall: 'Last call', lineToSay: 'Line to say',
    lostAct: 'The connection dropped; check the lists to see whether it was recorded.', mailSent: 'Mail sent.',
    needRecipient: 'Pick at least one recipient.', needsApproval: 'needs the control team\'s approval',
    newHypothesis: 'New hypothesis', noCall: 'No call.', noHypotheses: 'No hypothesis yet.', noMail: 'No mail.',
    noPages: 'No pages yet.', noResponses: 'This room may request no response.', noSectors: 'No sector of its own.',
    noSubject: '(no subject)', noSuchPage: 'No such page.', offlineAct: 'Not connected, so not sent; retry once reconnected.',
    onCall: 'Call', openingLine: 'First line to say (optional)', otherLanguage: '日本語', outgoing: 'Outgoing', party: 'With',
    path: 'Path', pickMail: 'Pick a mail from the list.', pickPage: 'Pick a page from the list.', placeCall: 'Place a call',
    post: 'Post', postPage: 'Post a page', posted: 'Page posted.', reply: 'Reply', replyAll: 'Reply to all', request: 'Request',
    response: 'Response', responses: 'Response requests', say: 'Say', scaleHint: '1 (low) to 5 (high)', sector: 'Sector',
    sectors: 'Own sectors', send: 'Send', sent: 'Sent', site: 'Site', sites: 'Sites', state: 'State', subject: 'Subject',
    submit: 'Submit', survey: 'Survey', surveyThanks: 'Thank you for your answers.',
    switchLanguage: 'Switch the page to Japanese', tabMail: 'Mail', tabPhone: 'Phone', tabStatus: 'Status', tabWeb: 'Web',
    text: 'Text', thread: 'Thread', time: 'Time', title: 'Title', to: 'To', transcript: 'Transcript', unread: 'unread',
    yourName: 'Your name', refused: 'Not done: {0}',
    conn_connecting: 'Connecting…', conn_synced: 'Connected', conn_offline: 'Offline, reconnecting in {0} s',
    conn_closed: 'The connection was closed: {0}', conn_signin: 'Sign-in needed: open the link the control team gave you again.',
    kind_report: 'Report', kind_advisory: 'Advisory', kind_query: 'Query', kind_other: 'Other', kind_undefined: 'Other',
    call_ringing: 'Ringing', call_connected: 'Connected', call_ended: 'Ended', call_missed: 'Missed',
    call_declined: 'Declined', call_busy: 'Busy', call_failed: 'Failed', label_ok: 'OK', label_degraded: 'Degraded',
    label_down: 'Down', verdict_correct: 'Correct', verdict_partial: 'Partly correct', verdict_wrong: 'Wrong',
    request_requested: 'Requested', request_approved: 'Approved', request_declined: 'Declined', request_applied: 'Applied',
  },
};

/// The engine's and the server's reasons (English) that a person meets most, in Japanese.
const REASONS_JA = [
  [/^the exercise has ended$/, '演習は終了しています'],
  [/has no free phone line$/, '空いている電話回線がありません'],
  [/may not post on site/, 'このサイトには掲載できません'],
  [/^a room cannot call itself$/, '自分のルームには電話できません'],
  [/was already requested/, 'この対応はすでに要請しています'],
  [/^no call is (ringing|connected)$/, '該当する通話がありません'],
  [/too many/, '操作が多すぎます。少し待ってください'],
];

let current = 'en';

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = lang === 'ja' ? 'ja' : 'en';
}

/// The saved choice, else the first of the browser's languages that is Japanese or English.
export function chooseLanguage(saved, preferred) {
  if (saved === 'ja' || saved === 'en') return setLanguage(saved);
  for (const l of preferred) {
    if (/^ja\b/i.test(l)) return setLanguage('ja');
    if (/^en\b/i.test(l)) return setLanguage('en');
  }
  setLanguage('en');
}

export function t(key, ...args) {
  const w = WORDS[current][key] ?? WORDS.en[key] ?? key;
  return w.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/// A scenario text: a string, or {"ja", "en"} shown in the page's language (the other if empty).
export function txt(v) {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  return v[current] || v[current === 'ja' ? 'en' : 'ja'] || '';
}

/// Why something was not done, in the page's language (the server's own words kept beside).
export function explain(code, message) {
  let why = message || code || '';
  if (current === 'ja') {
    const hit = REASONS_JA.find(([re]) => re.test(why));
    if (hit) why = `${hit[1]} (${why})`;
  }
  return t('refused', why);
}
