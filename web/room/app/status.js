// Status and play: the room's own sectors and their state, hypotheses, response requests and
// their decision, and after the end the survey (the only action left then).
import { fill, h, labelled } from './dom.js';

export function mountStatus(root, ctx) {
  const { t } = ctx;
  const sectors = h('tbody', { id: 'sectors' });
  const hyps = h('ul', { id: 'hypotheses', class: 'list plain' });
  const hypText = h('textarea', { id: 'hypothesis-text', rows: '3', maxlength: '4000' });
  const hypForm = h('form', { id: 'hypothesis-form', onsubmit: (e) => { e.preventDefault(); submit(); } },
    labelled(t('newHypothesis'), hypText), h('button', { type: 'submit', id: 'hypothesis-send' }, t('submit')));
  const responses = h('tbody', { id: 'responses' });
  const survey = h('section', { id: 'survey', class: 'card' });
  fill(root, h('div', { class: 'columns' },
    h('div', {},
      h('section', { class: 'card' },
        h('table', { class: 'log' }, h('caption', { text: t('sectors') }),
          h('thead', {}, h('tr', {}, [t('sector'), t('state'), t('affected'), t('breach')].map((x) => h('th', { scope: 'col', text: x })))),
          sectors)),
      h('section', { class: 'card' },
        h('table', { class: 'log' }, h('caption', { text: t('responses') }),
          h('thead', {}, h('tr', {}, [t('response'), t('state'), ''].map((x) => h('th', { scope: 'col', text: x })))),
          responses))),
    h('div', {},
      h('section', { class: 'card' }, h('h2', { text: t('hypotheses') }), hyps, hypForm),
      survey)));

  async function submit() {
    if (!hypText.value.trim()) return;
    const r = await ctx.act({ do: 'hypothesis', text: hypText.value });
    if (r.ok) hypText.value = '';
  }

  function surveyForm(questions) {
    const fields = questions.map((q) => {
      if (q.type === 'scale5' || q.type === 'choice') {
        const options = q.type === 'scale5' ? [1, 2, 3, 4, 5].map((n) => [n, String(n)]) : (q.options || []).map((o, i) => [i, ctx.txt(o)]);
        return h('fieldset', { class: 'question', dataset: { question: q.id } }, h('legend', { text: ctx.txt(q.text) }),
          q.type === 'scale5' ? h('span', { class: 'meta', text: t('scaleHint') }) : null,
          options.map(([value, label]) => h('label', { class: 'check' },
            h('input', { type: 'radio', name: `q-${q.id}`, value: String(value) }), label)));
      }
      const area = h('textarea', { rows: '3', name: `q-${q.id}`, dataset: { question: q.id } });
      return h('div', { class: 'question' }, labelled(ctx.txt(q.text), area));
    });
    const form = h('form', { id: 'survey-form', onsubmit: async (e) => {
      e.preventDefault();
      const answers = {};
      for (const q of questions) {
        const el = q.type === 'text' ? form.querySelector(`textarea[name="q-${q.id}"]`) : form.querySelector(`input[name="q-${q.id}"]:checked`);
        if (!el || !el.value.trim()) continue;
        answers[q.id] = q.type === 'text' ? el.value : Number(el.value);
      }
      if (!Object.keys(answers).length) return ctx.notice(t('answerSomething'));
      const r = await ctx.act({ do: 'survey', answers });
      if (r.ok) ctx.notice(t('surveyThanks'), 'ok');
    } }, fields, h('button', { type: 'submit', id: 'survey-send', class: 'primary' }, t('submit')));
    return form;
  }

  function answered(questions, answers) {
    return h('dl', { id: 'survey-answers' }, questions.filter((q) => q.id in answers).map((q) => {
      const a = answers[q.id];
      const shown = q.type === 'choice' && typeof a === 'number' ? ctx.txt((q.options || [])[a]) : String(a);
      return [h('dt', { text: ctx.txt(q.text) }), h('dd', { text: shown })];
    }));
  }

  function update() {
    const s = ctx.store;
    const d = s.directory || {};
    fill(sectors, (d.sectors || []).map((x) => {
      const st = s.sectors.get(x.id) || {};
      return h('tr', { dataset: { sector: x.id, label: st.label || 'ok' } },
        h('th', { scope: 'row', text: ctx.txt(x.name) }),
        h('td', { class: `label ${st.label || 'ok'}`, text: t('label_' + (st.label || 'ok')) }),
        h('td', { text: st.q === undefined ? '-' : `${Math.round(st.q * 100)}%` }),
        h('td', { text: st.breach === undefined ? '-' : ctx.when(st.breach) }));
    }));
    if (!(d.sectors || []).length) fill(sectors, h('tr', {}, h('td', { colspan: '4', class: 'empty', text: t('noSectors') })));
    fill(hyps, [...s.hypotheses.values()].reverse().map((x) => h('li', { dataset: { hypothesis: x.id } },
      h('span', { class: 'meta', text: `${ctx.when(x.minute)} · ${x.verdict ? t('verdict_' + x.verdict) : t('awaiting')}` }),
      h('div', { class: 'text', text: x.text }),
      x.note ? h('div', { class: 'meta', text: x.note }) : null)));
    if (!s.hypotheses.size) fill(hyps, h('li', { class: 'empty', text: t('noHypotheses') }));
    for (const el of [...hypForm.elements]) el.disabled = s.ended;
    const byResponse = new Map([...s.requests.values()].map((r) => [r.response, r]));
    fill(responses, (d.responses || []).map((x) => {
      const r = byResponse.get(x.id);
      return h('tr', { dataset: { response: x.id } },
        h('th', { scope: 'row' }, ctx.txt(x.name), x.needs_approval ? h('span', { class: 'meta', text: ` (${t('needsApproval')})` }) : null),
        h('td', { text: r ? t('request_' + r.status) + (r.effective !== undefined && r.status === 'approved' ? ` (${ctx.when(r.effective)})` : '') : '-' }),
        h('td', {}, h('button', { type: 'button', disabled: Boolean(r) || s.ended,
          onclick: () => ctx.act({ do: 'request', response: x.id }) }, t('request'))));
    }));
    if (!(d.responses || []).length) fill(responses, h('tr', {}, h('td', { colspan: '3', class: 'empty', text: t('noResponses') })));
    const questions = d.survey || [];
    survey.hidden = !s.ended || !questions.length;
    if (!survey.hidden) {
      const has = survey.dataset.answered === String(Boolean(s.survey));
      if (!has || !survey.firstChild) {
        survey.dataset.answered = String(Boolean(s.survey));
        fill(survey, h('h2', { text: t('survey') }),
          s.survey ? [h('p', { text: t('surveyThanks') }), answered(questions, s.survey)] : surveyForm(questions));
      }
    }
  }

  return { update };
}
