// Mail: inbox and sent, threads, unread marks, compose / reply / forward with to and cc picked
// from the room's directory and the message kinds of the engine (docs/browser-room.md).
import { fill, h, labelled, textBlock } from './dom.js';

export const KINDS = ['report', 'advisory', 'query', 'other'];

export function mountMail(root, ctx) {
  const { t } = ctx;
  const view = { folder: 'inbox', selected: null, composing: null };
  const folders = h('div', { class: 'folders', role: 'group' });
  const list = h('ul', { class: 'list', id: 'mail-list' });
  const pane = h('div', { class: 'pane', id: 'mail-pane', tabindex: '-1' });
  fill(root, h('div', { class: 'split' }, h('div', { class: 'side' }, folders, list), pane));

  function recipients(text, names) {
    return names.map((id) => ctx.nameOf(id)).join(', ') || text;
  }

  function row(m) {
    const unread = m.inbox && !ctx.store.read.has(m.id);
    const who = view.folder === 'sent' ? `${t('to')}: ${recipients('', m.to)}` : ctx.nameOf(m.from);
    return h('li', {},
      h('button', {
        type: 'button', class: `row${unread ? ' unread' : ''}${view.selected === m.id ? ' current' : ''}`,
        'aria-current': view.selected === m.id ? 'true' : null, dataset: { mail: m.id },
        onclick: () => open(m.id),
      },
      h('span', { class: 'who', text: who }),
      h('span', { class: 'subject', text: ctx.txt(m.subject) || t('noSubject') }),
      h('span', { class: 'meta', text: `${ctx.when(m.minute)} · ${t('kind_' + m.kind)}${unread ? ' · ' + t('unread') : ''}` })));
  }

  function open(id) {
    view.selected = id;
    view.composing = null;
    const m = ctx.store.mails.get(id);
    if (m && m.inbox && !ctx.store.read.has(id)) {
      // After the end the engine records nothing but the survey: the mark is then this page's own.
      if (ctx.store.ended) ctx.store.read.add(id);
      else ctx.act({ do: 'read', mail: id }, { quiet: true });
    }
    update();
    pane.focus();
  }

  function message(m) {
    const line = (label, value) => h('div', { class: 'hdr' }, h('span', { class: 'k', text: label }), h('span', { text: value }));
    return h('article', { class: 'mail', dataset: { mail: m.id } },
      h('h3', { text: ctx.txt(m.subject) || t('noSubject') }),
      line(t('from'), ctx.nameOf(m.from) + (m.actorName ? ` (${m.actorName})` : '')),
      line(t('to'), recipients('-', m.to)),
      m.cc.length ? line(t('cc'), recipients('-', m.cc)) : null,
      line(t('kind'), t('kind_' + m.kind)),
      line(t('time'), ctx.when(m.minute)),
      m.attachments.length ? line(t('attachments'), m.attachments.join(', ')) : null,
      textBlock('div', ctx.txt(m.body), 'body'));
  }

  function reading() {
    const m = ctx.store.mails.get(view.selected);
    if (!m) return fill(pane, h('p', { class: 'empty', text: t('pickMail') }));
    const closed = ctx.store.ended;
    fill(pane,
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'mail-reply', disabled: closed, onclick: () => compose('reply', m) }, t('reply')),
        h('button', { type: 'button', id: 'mail-reply-all', disabled: closed, onclick: () => compose('replyAll', m) }, t('replyAll')),
        h('button', { type: 'button', id: 'mail-forward', disabled: closed, onclick: () => compose('forward', m) }, t('forward'))),
      h('h2', { class: 'thread-title', text: t('thread') }),
      ctx.store.thread(m.thread).map(message));
  }

  function checks(legend, name, preset) {
    const me = ctx.store.directory?.room;
    const parties = (ctx.store.directory?.parties || []).filter((p) => p.id !== me);
    return h('fieldset', { class: 'parties', id: `compose-${name}` }, h('legend', { text: legend }),
      parties.map((p) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name, value: p.id, checked: preset.includes(p.id) }), ctx.txt(p.name))));
  }

  function compose(mode, m) {
    view.composing = mode;
    const to = mode === 'new' || mode === 'forward' ? checks(t('to'), 'to', []) : null;
    const cc = to ? checks(t('cc'), 'cc', []) : null;
    const kind = h('select', { id: 'compose-kind' }, KINDS.map((k) => h('option', { value: k, text: t('kind_' + k) })));
    if (m) kind.value = m.kind && KINDS.includes(m.kind) ? m.kind : 'other';
    const subject = h('input', { id: 'compose-subject', maxlength: '300' });
    if (m) subject.value = (mode === 'forward' ? 'Fw: ' : 'Re: ') + (ctx.txt(m.subject) || '');
    const body = h('textarea', { id: 'compose-body', rows: '10' });
    const form = h('form', { class: 'compose', id: 'compose-form', onsubmit: (e) => { e.preventDefault(); send(); } },
      h('h2', { text: t('compose_' + mode) }),
      m ? h('p', { class: 'meta', text: `${t('about')}: ${ctx.txt(m.subject)}` }) : null,
      to, cc,
      h('div', { class: 'grid' }, labelled(t('kind'), kind), mode === 'forward' ? null : labelled(t('subject'), subject)),
      labelled(t('body'), body),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', id: 'compose-send', class: 'primary' }, t('send')),
        h('button', { type: 'button', onclick: () => { view.composing = null; update(); } }, t('cancel'))));
    async function send() {
      const picked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((x) => x.value);
      let action;
      if (mode === 'new')
        action = { do: 'mail', to: picked('to'), cc: picked('cc'), kind: kind.value, subject: subject.value, body: body.value };
      else if (mode === 'forward')
        action = { do: 'forward', mail: m.id, to: picked('to'), cc: picked('cc'), body: body.value, kind: kind.value };
      else
        action = { do: 'reply', mail: m.id, body: body.value, kind: kind.value, subject: subject.value, all: mode === 'replyAll' };
      if ((mode === 'new' || mode === 'forward') && action.to.length === 0) return ctx.notice(t('needRecipient'));
      const r = await ctx.act(action);
      if (!r.ok) return;
      view.composing = null;
      view.folder = 'sent';
      view.selected = null;
      ctx.notice(t('mailSent'), 'ok');
      update();
    }
    fill(pane, form);
    (to ? to.querySelector('input') : body)?.focus();
  }

  function update() {
    const s = ctx.store;
    const unread = s.unread();
    fill(folders,
      h('button', { type: 'button', id: 'folder-inbox', 'aria-pressed': String(view.folder === 'inbox'),
        onclick: () => { view.folder = 'inbox'; update(); } }, `${t('inbox')}${unread ? ` (${unread})` : ''}`),
      h('button', { type: 'button', id: 'folder-sent', 'aria-pressed': String(view.folder === 'sent'),
        onclick: () => { view.folder = 'sent'; update(); } }, t('sent')),
      h('button', { type: 'button', id: 'mail-compose', class: 'primary', disabled: s.ended,
        onclick: () => compose('new', null) }, t('compose')));
    const mails = view.folder === 'sent' ? s.sent() : s.inbox();
    // A new event redraws the list: keep the keyboard where it was.
    const focused = document.activeElement?.closest?.('#mail-list button')?.dataset.mail;
    fill(list, mails.length ? mails.map(row) : h('li', { class: 'empty', text: t('noMail') }));
    if (focused) list.querySelector(`button[data-mail="${CSS.escape(focused)}"]`)?.focus();
    if (!view.composing) reading();
  }

  return { update, openNew: () => compose('new', null) };
}
