// The browser room (docs/browser-room.md): mail, phone, web, status and play, over the same
// room protocol as `crossdrill join`. Started by index.html as an ES module; no build step.
import { Connection } from './conn.js';
import { fill } from './dom.js';
import { chooseLanguage, explain, language, setLanguage, t, txt } from './i18n.js';
import { mountMail } from './mail.js';
import { mountPhone } from './phone.js';
import { mountRing } from './ring.js';
import { mountStatus } from './status.js';
import { Store } from './store.js';
import { mountWeb } from './web.js';

const TABS = ['mail', 'phone', 'web', 'status'];
const room = decodeURIComponent(location.pathname.split('/')[2] || '');
const csrf = document.querySelector('meta[name=csrf]').content;
const store = new Store();
let views = {};
let noticeTimer = null;

function nameOf(id) {
  if (!id) return '';
  if (id === 'control' || id === 'system') return t('control');
  const p = (store.directory?.parties || []).find((x) => x.id === id);
  return p ? txt(p.name) : id;
}

/// Exercise time of day of `minute` (HH:MM from the directory's start).
function when(minute, seconds) {
  const [hh, mm] = (store.directory?.start || store.welcome?.start || '00:00').split(':').map(Number);
  const m = hh * 60 + mm + Math.floor(minute);
  const pad = (n) => String(n).padStart(2, '0');
  const base = `${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}`;
  return seconds === undefined ? base : `${base}:${pad(seconds)}`;
}

function notice(text, kind = 'error') {
  const el = document.getElementById('notice');
  fill(el, text);
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { el.hidden = true; }, kind === 'ok' ? 4000 : 12000);
}

const conn = new Connection({
  room, csrf, store, name: localStorage.getItem('crossdrill.name') || '',
  onStatus: (state, detail) => {
    fill(document.getElementById('conn'), t('conn_' + state, detail));
    if (state === 'closed' || state === 'signin') notice(t('conn_' + state, detail));
  },
  onError: (code, message) => notice(explain(code, message)),
});

/// Performs an action; a refusal (by the engine, the server or the connection) is explained.
async function act(action, { quiet = false } = {}) {
  const r = await conn.act(action);
  if (!r.ok && !quiet) notice(r.offline ? t('offlineAct') : r.lost ? t('lostAct') : explain('refused', r.message));
  return r;
}

const ctx = { store, conn, t, txt, nameOf, when, notice, act, showTab };

function showTab(name) {
  for (const tab of TABS) {
    const on = tab === name;
    const button = document.getElementById(`tab-${tab}`);
    button.setAttribute('aria-selected', String(on));
    button.tabIndex = on ? 0 : -1;
    document.getElementById(`panel-${tab}`).hidden = !on;
  }
  document.body.dataset.tab = name;
}

function mountAll() {
  document.documentElement.lang = language();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const sw = document.getElementById('lang-switch');
  sw.textContent = t('otherLanguage');
  sw.setAttribute('aria-label', t('switchLanguage'));
  views = {
    mail: mountMail(document.getElementById('panel-mail'), ctx),
    phone: mountPhone(document.getElementById('panel-phone'), ctx),
    web: mountWeb(document.getElementById('panel-web'), ctx),
    status: mountStatus(document.getElementById('panel-status'), ctx),
    ring: mountRing(ctx),
  };
  render();
}

function render() {
  const d = store.directory;
  if (d) {
    fill(document.getElementById('room-name'), txt(d.room_name));
    fill(document.getElementById('exercise-title'), txt(d.title));
    document.title = `${txt(d.room_name)} - CrossDrill`;
  }
  const ended = document.getElementById('ended-banner');
  ended.hidden = !store.ended;
  fill(ended, t('endedBanner'));
  document.body.dataset.ended = String(store.ended);
  const unread = store.unread();
  fill(document.getElementById('unread-badge'), unread ? String(unread) : '');
  for (const v of Object.values(views)) v.update();
  document.body.dataset.lastSeq = String(store.lastSeq);
  tick();
}

function tick() {
  const el = document.getElementById('clock');
  if (!store.directory) return;
  if (store.clock) {
    const now = store.ended ? { minute: store.minute, seconds: 0 } : store.now();
    fill(el, when(now.minute, now.seconds));
    el.dataset.minute = String(now.minute);
    return;
  }
  // A server without the clock message (docs/protocol.md): count on at x1 from the last event.
  const running = !store.ended && !store.paused;
  const elapsed = running ? (performance.now() - store.minuteAt) / 1000 : 0;
  const seconds = Math.floor(elapsed);
  fill(el, when(store.minute + Math.floor(seconds / 60), seconds % 60));
  el.dataset.minute = String(store.minute);
}

function route() {
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    return;
  }
  if (hash.startsWith('web/')) {
    showTab('web');
    views.web.route(location.hash.slice(5));
  } else if (TABS.includes(hash)) {
    showTab(hash);
  }
}

function setup() {
  chooseLanguage(localStorage.getItem('crossdrill.lang'), navigator.languages || [navigator.language]);
  const tabs = document.getElementById('tabs');
  tabs.addEventListener('click', (e) => {
    const b = e.target.closest('[data-tab]');
    if (b) showTab(b.dataset.tab);
  });
  tabs.addEventListener('keydown', (e) => {
    const i = TABS.indexOf(document.body.dataset.tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(i + step + TABS.length) % TABS.length];
    showTab(next);
    document.getElementById(`tab-${next}`).focus();
  });
  document.getElementById('lang-switch').addEventListener('click', () => {
    setLanguage(language() === 'ja' ? 'en' : 'ja');
    localStorage.setItem('crossdrill.lang', language());
    const tab = document.body.dataset.tab;
    mountAll();
    showTab(tab);
  });
  const person = document.getElementById('person-name');
  person.value = conn.name;
  person.addEventListener('change', () => {
    const name = person.value.trim().slice(0, 64);
    localStorage.setItem('crossdrill.name', name);
    conn.rename(name);
  });
  store.subscribe(render);
  mountAll();
  showTab('mail');
  route();
  addEventListener('hashchange', route);
  setInterval(tick, 1000);
  tick();
  conn.start();
}

setup();
