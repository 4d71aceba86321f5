// Web: the sites this room may read and their pages (latest version), and posting where the
// room may post. The old portal's page addresses (/room/ROOM/site/SITE/PATH) redirect here as
// #web/SITE/PATH.
import { fill, h, labelled, textBlock } from './dom.js';

export function mountWeb(root, ctx) {
  const { t } = ctx;
  const view = { site: null, path: null };
  const sites = h('nav', { id: 'web-sites', 'aria-label': t('sites') });
  const page = h('div', { id: 'web-page', tabindex: '-1' });
  const site = h('select', { id: 'post-site' });
  const path = h('input', { id: 'post-path', value: '/', required: true, maxlength: '300' });
  const title = h('input', { id: 'post-title', required: true, maxlength: '300' });
  const body = h('textarea', { id: 'post-body', rows: '8' });
  const post = h('form', { class: 'post', id: 'post-form', onsubmit: (e) => { e.preventDefault(); send(); } },
    h('h2', { text: t('postPage') }),
    h('div', { class: 'grid' }, labelled(t('site'), site), labelled(t('path'), path)),
    labelled(t('title'), title), labelled(t('text'), body),
    h('button', { type: 'submit', id: 'post-send', class: 'primary' }, t('post')));
  fill(root, h('div', { class: 'split' }, h('div', { class: 'side' }, sites), h('div', { class: 'pane' }, page, post)));

  async function send() {
    let p = path.value.trim();
    if (!p.startsWith('/')) p = `/${p}`;
    const r = await ctx.act({ do: 'post', site: site.value, path: p, title: title.value, body: body.value });
    if (!r.ok) return;
    ctx.notice(t('posted'), 'ok');
    title.value = '';
    body.value = '';
    open(site.value, p);
  }

  function open(s, p) {
    view.site = s;
    view.path = p;
    history.replaceState(null, '', `#web/${encodeURIComponent(s)}${p.split('/').map(encodeURIComponent).join('/')}`);
    update();
    page.focus();
  }

  function siteName(id) {
    const s = (ctx.store.directory?.sites || []).find((x) => x.id === id);
    return s ? ctx.txt(s.name) : id;
  }

  function showPage() {
    const p = ctx.store.pages.get(`${view.site}\n${view.path}`);
    if (!p) return fill(page, h('p', { class: 'empty', text: view.site ? t('noSuchPage') : t('pickPage') }));
    fill(page, h('article', { class: 'page', dataset: { site: p.site, path: p.path } },
      h('div', { class: 'meta', text: `${siteName(p.site)} › ${p.path}` }),
      h('h2', { text: ctx.txt(p.title) }),
      textBlock('div', ctx.txt(p.body), 'body'),
      h('p', { class: 'meta', text: `v${p.version} · ${ctx.when(p.minute)} · ${ctx.nameOf(p.by)}` })));
  }

  function update() {
    const s = ctx.store;
    const readable = s.directory?.sites || [];
    const pages = [...s.pages.values()];
    const focused = document.activeElement?.closest?.('#web-sites button')?.dataset.key;
    fill(sites, readable.map((x) => h('section', { class: 'site', dataset: { site: x.id } },
      h('h2', { text: ctx.txt(x.name) }),
      h('ul', {}, pages.filter((p) => p.site === x.id).map((p) => h('li', {},
        h('button', { type: 'button', class: 'link', dataset: { key: `${p.site}\n${p.path}` }, 'aria-current': view.site === p.site && view.path === p.path ? 'page' : null,
          onclick: () => open(p.site, p.path) }, ctx.txt(p.title) || p.path),
        h('span', { class: 'meta', text: ` ${p.path} v${p.version}` })))),
      pages.some((p) => p.site === x.id) ? null : h('p', { class: 'meta', text: t('noPages') }))));
    if (focused) [...sites.querySelectorAll('button')].find((b) => b.dataset.key === focused)?.focus();
    const postable = readable.filter((x) => x.can_post);
    const keep = site.value;
    fill(site, postable.map((x) => h('option', { value: x.id, text: ctx.txt(x.name) })));
    if (keep) site.value = keep;
    post.hidden = postable.length === 0;
    for (const el of [...post.elements]) el.disabled = s.ended;
    showPage();
  }

  /// #web/SITE/PATH (an old portal link, or a reload).
  function route(rest) {
    const parts = rest.split('/').map((x) => {
      try {
        return decodeURIComponent(x);
      } catch {
        return x;
      }
    });
    view.site = parts[0] || null;
    view.path = `/${parts.slice(1).join('/')}`;
    update();
  }

  return { update, route };
}
