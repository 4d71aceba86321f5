// The room's WebSocket, the same protocol as `crossdrill join` (docs/protocol.md). The room
// token stays in the HttpOnly cookie: before each connection the page asks its own server for a
// one-use ticket (POST ticket, with the CSRF token of the page) and connects with that
// (docs/browser-room.md). A dropped connection comes back with exponential backoff (250 ms ..
// 15 s, with jitter) and says hello with the last seq it holds, so nothing is missed or doubled.

const PROTOCOL = 3;
/// Close codes after which reconnecting cannot help (docs/protocol.md "Close codes").
const FINAL = new Set([4000, 4001, 4003, 4004]);
/// Error codes that come just before the server closes: the connection status tells them, not
/// a notice about an action.
const CLOSING = new Set(['shutdown', 'busy', 'room_full', 'abuse', 'storage', 'revoked', 'unauthorized',
  'hello_timeout', 'unsupported_protocol', 'bad_hello', 'hello_first', 'hello_twice', 'bad_path']);

export class Connection {
  constructor({ room, csrf, store, name, onStatus, onError }) {
    Object.assign(this, { room, csrf, store, name, onStatus, onError });
    this.ws = null;
    this.backoff = 250;
    this.pending = new Map();
    this.nextId = 0;
    this.stopped = false;
    this.timer = null;
  }

  start() {
    this.connect();
  }

  /// Says hello again under a new name (the name goes with hello only).
  rename(name) {
    this.name = name;
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, 'rename');
  }

  status(state, detail) {
    document.body.dataset.state = state;
    this.onStatus(state, detail);
  }

  async connect() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.status('connecting');
    let answer;
    try {
      const r = await fetch('ticket', { method: 'POST', headers: { 'X-CSRF': this.csrf }, cache: 'no-store' });
      if (r.status === 401 || r.status === 403) return this.stop('signin');
      if (!r.ok) return this.retry();
      answer = await r.json();
    } catch {
      return this.retry();
    }
    const scheme = answer.tls || location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.hostname}:${answer.port}/room/${encodeURIComponent(this.room)}` +
      `?ticket=${encodeURIComponent(answer.ticket)}`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      const hello = { type: 'hello', protocol: PROTOCOL, since: this.store.lastSeq };
      if (this.name) hello.name = this.name;
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (m) => this.receive(m.data);
    ws.onclose = (c) => this.closed(ws, c);
  }

  receive(text) {
    let m;
    try {
      m = JSON.parse(text);
    } catch {
      return;
    }
    switch (m.type) {
      case 'welcome':
        this.store.setWelcome(m);
        break;
      case 'clock':
        this.store.setClock(m);
        this.store.notify();
        break;
      case 'events':
        this.store.add(m.events || []);
        break;
      case 'event':
        this.store.add([m.event]);
        break;
      case 'synced':
        this.backoff = 250;
        this.status('synced');
        break;
      case 'result':
        this.settle(m.id, { ok: Boolean(m.ok), message: m.message || '' });
        break;
      case 'error':
        if (m.id && this.pending.has(m.id)) this.settle(m.id, { ok: false, message: m.message || m.code });
        else if (!CLOSING.has(m.code)) this.onError(m.code, m.message || '');
        else this.closeReason = m.message || m.code;
        break;
      default:
        break;
    }
  }

  settle(id, result) {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve(result);
  }

  closed(ws, c) {
    if (ws !== this.ws) return;
    this.ws = null;
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, lost: true, message: '' });
    if (FINAL.has(c.code)) return this.stop('closed', c.reason || this.closeReason || String(c.code));
    this.retry();
  }

  retry() {
    if (this.stopped) return;
    const wait = this.backoff * (0.75 + Math.random() * 0.5);
    this.backoff = Math.min(this.backoff * 2, 15000);
    this.status('offline', Math.ceil(wait / 1000));
    this.timer = setTimeout(() => this.connect(), wait);
  }

  stop(state, detail) {
    this.stopped = true;
    this.status(state, detail);
  }

  /// Performs an action as this room; resolves to {ok, message} (lost: the connection dropped
  /// before the result came; whether it was recorded shows in the room's events).
  act(action) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return Promise.resolve({ ok: false, offline: true });
    const id = `b${++this.nextId}`;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ type: 'act', id, action }));
    });
  }
}
