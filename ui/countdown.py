"""The answer countdown of a timed (pressure) interview, run by the page itself.

The server draws a ``.mi-countdown`` element above the chat with the question's key and limit; the page's script
(``COUNTDOWN_JS``, given to ``launch``) counts it down four times a second from when it first saw that question,
marks it ``data-counting`` once it counts, stops while the answer box is disabled (the answer is being scored), and
at zero says that time is up and marks the answer box. The time the candidate took is the page's own count, sent
with the answer (``SECONDS_JS``), so what the candidate saw is what the turn records; a client without the script
(the API) is timed by the server instead (``ui.screen.Tab``). Nothing here depends on a tick rate: each tick reads
the clock.
"""

from __future__ import annotations

from html import escape

TIMES_UP = "Time's up: send it now (marked over time)"
TIMES_UP_ZH = "时间到：请立即发送（记为超时）"

COUNTDOWN_JS = """
() => {
  const starts = new Map();
  const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const elapsed = (el) => starts.has(el.dataset.key) ? (Date.now() - starts.get(el.dataset.key)) / 1000 : null;
  window.miAnswerSeconds = () => {
    const el = document.querySelector('#progress .mi-countdown');
    return el ? elapsed(el) : null;
  };
  const tick = () => {
    const el = document.querySelector('#progress .mi-countdown');
    const box = document.querySelector('#answer');
    if (!el) { if (box) box.classList.remove('mi-over-time'); return; }
    if (!starts.has(el.dataset.key)) starts.set(el.dataset.key, Date.now());
    el.dataset.counting = '1';
    const textarea = box ? box.querySelector('textarea') : null;
    if (textarea && textarea.disabled) return;  // sent, being scored: the count stands still
    const zh = el.dataset.lang === 'zh';
    const left = Math.ceil(Number(el.dataset.limit) - elapsed(el));
    const over = left <= 0;
    el.classList.toggle('mi-countdown-low', !over && left <= 10);
    el.classList.toggle('mi-countdown-over', over);
    if (box) box.classList.toggle('mi-over-time', over);
    const text = over ? (zh ? '""" + TIMES_UP_ZH + """' : '""" + TIMES_UP.replace("'", "\\'") + """')
      : (zh ? `剩余 ${clock(left)}` : `${clock(left)} left to answer`);
    if (el.textContent !== text) el.textContent = text;
  };
  setInterval(tick, 250);
}
"""

# The answer's time, read from the page when it is sent: the submit handler's last input (an empty answer is refused
# by the handler and keeps counting).
SECONDS_JS = "(...args) => [...args.slice(0, -1), window.miAnswerSeconds ? window.miAnswerSeconds() : null]"


def countdown_html(key: str, limit: int, language: str) -> str:
    """The element the page counts down; its first text is the whole limit."""
    clock = f"{limit // 60}:{limit % 60:02d}"
    start = f"剩余 {clock}" if language == "zh" else f"{clock} left to answer"
    return (f'<span class="mi-countdown" data-key="{escape(key)}" data-limit="{limit}" '
            f'data-lang="{"zh" if language == "zh" else "en"}">{start}</span>')
