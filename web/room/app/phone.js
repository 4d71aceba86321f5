// Phone: place a call to a room or persona, the calls in progress with their transcript and a
// line to speak, hang up, and the call log (ringing, busy, missed, declined ...). The incoming
// banner and its ring are in ring.js.
import { fill, h, labelled } from './dom.js';
import { KINDS } from './mail.js';

export function mountPhone(root, ctx) {
  const { t } = ctx;
  const to = h('select', { id: 'call-to' });
  const kind = h('select', { id: 'call-kind' }, KINDS.map((k) => h('option', { value: k, text: t('kind_' + k) })));
  kind.value = 'query';
  const opening = h('input', { id: 'call-opening', maxlength: '2000' });
  const place = h('form', { class: 'call-place', id: 'call-form', onsubmit: (e) => { e.preventDefault(); dial(); } },
    h('h2', { text: t('placeCall') }),
    h('div', { class: 'grid' }, labelled(t('callee'), to), labelled(t('kind'), kind)),
    labelled(t('openingLine'), opening),
    h('button', { type: 'submit', id: 'call-place', class: 'primary' }, t('call')));
  const active = h('div', { id: 'calls-active' });
  const sayCall = h('select', { id: 'say-call' });
  const sayText = h('input', { id: 'say-text', maxlength: '2000' });
  const say = h('form', { class: 'say', id: 'say-form', onsubmit: (e) => { e.preventDefault(); speak(); } },
    labelled(t('onCall'), sayCall), labelled(t('lineToSay'), sayText),
    h('button', { type: 'submit', id: 'say-send' }, t('say')));
  const log = h('tbody', { id: 'call-log' });
  const table = h('table', { class: 'log' },
    h('caption', { text: t('callLog') }),
    h('thead', {}, h('tr', {}, [t('time'), t('direction'), t('party'), t('kind'), t('state')].map((x) => h('th', { scope: 'col', text: x })))),
    log);
  fill(root, h('div', { class: 'split' }, h('div', { class: 'side' }, place, table), h('div', { class: 'pane' }, active, say)));

  async function dial() {
    const action = { do: 'call', to: to.value, kind: kind.value };
    if (opening.value.trim()) action.say = opening.value;
    const r = await ctx.act(action);
    if (r.ok) opening.value = '';
  }

  async function speak() {
    if (!sayCall.value || !sayText.value.trim()) return;
    const r = await ctx.act({ do: 'say', call: sayCall.value, text: sayText.value });
    if (r.ok) sayText.value = '';
  }

  const other = (c) => (c.from === ctx.store.directory?.room ? c.to : c.from);

  function card(c) {
    const me = ctx.store.directory?.room;
    const incoming = c.to === me;
    const buttons = [];
    if (c.status === 'ringing' && incoming) {
      buttons.push(h('button', { type: 'button', class: 'primary', onclick: () => ctx.act({ do: 'answer', call: c.id }) }, t('answer')));
      buttons.push(h('button', { type: 'button', onclick: () => ctx.act({ do: 'hangup', call: c.id }) }, t('decline')));
    } else if (c.status === 'connected' || c.status === 'ringing') {
      buttons.push(h('button', { type: 'button', class: 'hangup', dataset: { call: c.id },
        onclick: () => ctx.act({ do: 'hangup', call: c.id }) }, t('hangUp')));
    }
    return h('article', { class: `call ${c.status}`, dataset: { call: c.id, status: c.status } },
      h('h3', { text: `${incoming ? t('from') : t('to')}: ${ctx.nameOf(other(c))}` }),
      h('p', { class: 'meta', text: `${t('call_' + c.status)} · ${t('kind_' + c.kind)} · ${ctx.when(c.minute)}` }),
      h('ol', { class: 'transcript', 'aria-label': t('transcript') },
        c.lines.map((l) => h('li', { class: l.from === me ? 'mine' : 'theirs' },
          h('span', { class: 'speaker', text: `${ctx.nameOf(l.from)}${l.name ? ` (${l.name})` : ''}: ` }),
          h('span', { class: 'line', text: ctx.txt(l.text) })))),
      h('div', { class: 'actions' }, buttons));
  }

  function update() {
    const s = ctx.store;
    const me = s.directory?.room;
    const keep = to.value;
    fill(to, (s.directory?.parties || []).filter((p) => p.id !== me)
      .map((p) => h('option', { value: p.id, text: ctx.txt(p.name) })));
    if (keep) to.value = keep;
    const calls = [...s.calls.values()];
    const live = calls.filter((c) => c.status === 'connected' || c.status === 'ringing').reverse();
    const recent = calls.filter((c) => c.status === 'ended' && c.lines.length).slice(-1);
    fill(active, h('h2', { text: t('calls') }),
      live.length ? live.map(card) : h('p', { class: 'empty', text: t('noCall') }),
      recent.length && !live.length ? [h('h3', { class: 'meta', text: t('lastCall') }), recent.map(card)] : null);
    for (const b of active.querySelectorAll('button')) if (s.ended) b.disabled = true;
    const connected = live.filter((c) => c.status === 'connected');
    const keepCall = sayCall.value;
    fill(sayCall, connected.map((c) => h('option', { value: c.id, text: ctx.nameOf(other(c)) })));
    if (connected.some((c) => c.id === keepCall)) sayCall.value = keepCall;
    say.hidden = connected.length === 0;
    for (const el of [...place.elements]) el.disabled = s.ended;
    fill(log, calls.slice().reverse().map((c) => h('tr', { dataset: { call: c.id } },
      h('td', { text: ctx.when(c.minute) }),
      h('td', { text: c.to === me ? t('incoming') : t('outgoing') }),
      h('td', { text: ctx.nameOf(other(c)) }),
      h('td', { text: t('kind_' + c.kind) }),
      h('td', { text: t('call_' + c.status) + (c.reason ? ` (${c.reason})` : '') }))));
  }

  return { update };
}
