// The room's state, folded from its events exactly as they arrive (docs/protocol.md): an event
// whose seq is not above the last one held is ignored, so a replay after a reconnect or a
// second tab never shows anything twice. Nothing here decides what the room may see: the
// server sends only the room's events (the visibility rule).

export class Store {
  constructor() {
    this.listeners = [];
    this.directory = null;
    this.welcome = null;
    this.reset();
  }

  reset() {
    this.lastSeq = 0;
    this.mails = new Map(); // id -> {id, from, to, cc, kind, subject, body, thread, minute, seq, inbox, sent}
    this.read = new Set();
    this.calls = new Map(); // id -> {id, from, to, kind, status, minute, lines: [{from, text, minute}]}
    this.pages = new Map(); // "site\npath" -> {site, path, title, body, version, by, minute}
    this.hypotheses = new Map();
    this.requests = new Map();
    this.sectors = new Map(); // node -> {label, q, minute, breach}
    this.survey = null; // answers, once given
    this.ended = false;
    this.paused = false;
    this.minute = 0;
    this.minuteAt = performance.now();
    this.clock = null; // the server's clock message (docs/protocol.md "clock")
    this.clockAt = 0;
  }

  /// The exercise clock from the welcome or a `clock` message: minute, speed, state, ms_to_next.
  setClock(c) {
    if (!c || typeof c !== 'object') return;
    this.clock = c;
    this.clockAt = performance.now();
    this.paused = c.state === 'paused';
    this.ended = this.ended || c.state === 'ended';
    this.setMinute(Number(c.minute) || 0, false);
  }

  /// The clock to show now: {minute, seconds}. Between the server's messages it counts on by
  /// itself at the clock's speed, at most 3 s past the next minute without news (the server
  /// announces each minute it processes), as the desktop room does.
  now() {
    const c = this.clock;
    const speed = Number(c?.speed);
    if (!c || c.state !== 'running' || !(speed > 0) || !(Number(c.ms_to_next) >= 0))
      return { minute: this.minute, seconds: 0 };
    const per = 60000 / speed;
    const toNext = Math.min(Number(c.ms_to_next), per);
    const elapsed = Math.min(performance.now() - this.clockAt, toNext + 3000);
    const into = per - toNext + elapsed; // wall ms since c.minute began
    const minute = Number(c.minute) + Math.floor(into / per);
    if (minute < this.minute) return { minute: this.minute, seconds: 0 };
    return { minute, seconds: Math.floor(((into % per) / per) * 60) };
  }

  subscribe(f) {
    this.listeners.push(f);
  }

  notify() {
    for (const f of this.listeners) f(this);
  }

  setWelcome(w) {
    this.welcome = w;
    this.directory = w.directory || null;
    this.ended = this.ended || Boolean(w.ended);
    this.setMinute(Number(w.minute) || 0, true);
    this.setClock(w.clock);
    this.notify();
  }

  setMinute(minute, exact) {
    if (exact || minute > this.minute) {
      this.minute = minute;
      this.minuteAt = performance.now();
    }
  }

  /// The room ids of the directory in order (the "all rooms" form of recipient lists).
  roomIds() {
    return (this.directory?.parties || []).filter((p) => !p.persona).map((p) => p.id);
  }

  add(events) {
    let changed = false;
    for (const raw of events) {
      if (!raw || typeof raw.seq !== 'number' || raw.seq <= this.lastSeq) continue;
      this.lastSeq = raw.seq;
      const e = this.expand(raw);
      if (!e) continue;
      this.fold(e);
      changed = true;
    }
    if (changed) this.notify();
  }

  expand(e) {
    const payload = { ...(e.payload || {}) };
    for (const field of e.all_rooms || []) {
      if ((field !== 'to' && field !== 'cc') || field in payload) return null; // malformed: dropped
      payload[field] = this.roomIds();
    }
    return { ...e, payload };
  }

  fold(e) {
    const p = e.payload;
    const me = this.directory?.room;
    this.setMinute(e.minute || 0, false);
    switch (e.kind) {
      case 'mail.sent':
      case 'mail.delivered': {
        const m = this.mails.get(p.mail) || { id: p.mail, inbox: false, sent: false };
        Object.assign(m, {
          from: p.from, to: p.to || [], cc: p.cc || [], kind: p.kind, subject: p.subject, body: p.body,
          thread: p.thread || p.mail, replyTo: p.reply_to, minute: e.minute, seq: m.seq || e.seq,
          attachments: p.attachments || [], actorName: p.actor_name,
        });
        if (e.kind === 'mail.sent' && p.from === me) m.sent = true;
        if (e.kind === 'mail.delivered') m.inbox = true;
        this.mails.set(p.mail, m);
        break;
      }
      case 'mail.read':
        this.read.add(p.mail);
        break;
      case 'call.ringing':
      case 'call.busy':
      case 'call.failed':
        this.calls.set(p.call, {
          id: p.call, from: p.from, to: p.to, kind: p.kind, minute: e.minute, lines: [],
          status: e.kind === 'call.ringing' ? 'ringing' : e.kind.slice(5), reason: p.reason,
        });
        break;
      case 'call.answered':
      case 'call.ended':
      case 'call.missed':
      case 'call.declined': {
        const c = this.calls.get(p.call);
        if (c) c.status = e.kind === 'call.answered' ? 'connected' : e.kind.slice(5);
        break;
      }
      case 'call.say': {
        const c = this.calls.get(p.call);
        if (c) c.lines.push({ from: p.from, text: p.text, minute: e.minute, name: p.actor_name });
        break;
      }
      case 'page.posted':
        this.pages.set(`${p.site}\n${p.path}`, {
          site: p.site, path: p.path, title: p.title, body: p.body, version: p.version, by: p.by, minute: e.minute,
        });
        break;
      case 'hypothesis.submitted':
        this.hypotheses.set(p.hypothesis, { id: p.hypothesis, text: p.text, minute: e.minute, verdict: null });
        break;
      case 'hypothesis.judged': {
        const x = this.hypotheses.get(p.hypothesis);
        if (x) Object.assign(x, { verdict: p.verdict, note: p.note });
        break;
      }
      case 'response.requested':
        this.requests.set(p.request, { id: p.request, response: p.response, status: 'requested', minute: e.minute });
        break;
      case 'response.approved':
      case 'response.declined':
      case 'response.applied': {
        const r = this.requests.get(p.request);
        if (r) Object.assign(r, { status: e.kind.slice(9), effective: p.effective ?? r.effective, reason: p.reason });
        break;
      }
      case 'model.status':
        this.sectors.set(p.node, { ...(this.sectors.get(p.node) || {}), label: p.label, q: p.q, minute: e.minute });
        break;
      case 'model.breach':
        this.sectors.set(p.node, { ...(this.sectors.get(p.node) || {}), breach: e.minute });
        break;
      case 'survey.answered':
        this.survey = p.answers || {};
        break;
      case 'exercise.ended':
        this.ended = true;
        break;
      case 'clock.paused':
        this.paused = true;
        break;
      case 'clock.resumed':
      case 'clock.started':
        this.paused = false;
        break;
      default:
        break; // refused events are shown from the act's result; other kinds are not the room's
    }
  }

  inbox() {
    return [...this.mails.values()].filter((m) => m.inbox).sort((a, b) => b.seq - a.seq);
  }

  sent() {
    return [...this.mails.values()].filter((m) => m.sent).sort((a, b) => b.seq - a.seq);
  }

  unread() {
    return this.inbox().filter((m) => !this.read.has(m.id)).length;
  }

  thread(id) {
    return [...this.mails.values()].filter((m) => m.thread === id).sort((a, b) => a.seq - b.seq);
  }

  /// Calls ringing at this room (incoming), newest first.
  ringing() {
    const me = this.directory?.room;
    return [...this.calls.values()].filter((c) => c.status === 'ringing' && c.to === me).reverse();
  }
}
