// The incoming-call banner and its ring, a tone made with WebAudio (no sound file to serve). The
// browser lets a page make sound only after the person has interacted with it, so the audio
// starts on the first key or click; the banner shows regardless.
import { fill } from './dom.js';

let audio = null;
let ringTimer = null;

function unlock() {
  if (!audio) {
    try {
      audio = new AudioContext();
    } catch {
      audio = null;
    }
  }
  audio?.resume?.();
}

/// One ring: two tones (the 440 + 480 Hz of a ringback) for a second.
function ringOnce() {
  if (!audio || audio.state !== 'running') return;
  const gain = audio.createGain();
  gain.gain.value = 0.08;
  gain.connect(audio.destination);
  for (const f of [440, 480]) {
    const o = audio.createOscillator();
    o.frequency.value = f;
    o.connect(gain);
    o.start();
    o.stop(audio.currentTime + 1);
  }
}

let bound = null; // the listeners are added once; a language switch mounts the views again

export function mountRing(ctx) {
  const banner = document.getElementById('call-banner');
  const text = document.getElementById('call-banner-text');
  if (!bound) {
    bound = { current: null };
    addEventListener('pointerdown', unlock);
    addEventListener('keydown', unlock);
    document.getElementById('call-answer').addEventListener('click', async () => {
      if (!bound.current) return;
      const r = await ctx.act({ do: 'answer', call: bound.current });
      if (r.ok) ctx.showTab('phone');
    });
    document.getElementById('call-decline').addEventListener('click', () => {
      if (bound.current) ctx.act({ do: 'hangup', call: bound.current });
    });
  }

  function update() {
    const ringing = ctx.store.ended ? [] : ctx.store.ringing();
    const c = ringing[0];
    bound.current = c ? c.id : null;
    banner.hidden = !c;
    document.body.dataset.ringing = c ? 'yes' : 'no';
    if (c) {
      fill(text, `${ctx.t('incomingCall')}: ${ctx.nameOf(c.from)} · ${ctx.t('kind_' + c.kind)}`);
      banner.dataset.call = c.id;
      if (!ringTimer) {
        ringOnce();
        ringTimer = setInterval(ringOnce, 3000);
      }
    } else if (ringTimer) {
      clearInterval(ringTimer);
      ringTimer = null;
    }
    const n = ringing.length;
    fill(document.getElementById('call-badge'), n ? String(n) : '');
  }
  return { update };
}
