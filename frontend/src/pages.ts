// Small comforts on the server-rendered pages (Explorer, feedback, emerging issues, compare, saved query); each
// only acts where its elements are, and the pages work without any of them.
import './export-progress';

// "/" focuses the search box, as in most search-heavy tools.
document.addEventListener('keydown', (event) => {
  const box = document.querySelector<HTMLInputElement>('.search input[type=search]');
  if (event.key === '/' && box && document.activeElement !== box) {
    event.preventDefault();
    box.focus();
  }
});

// Times are rendered as UTC instants; show them in the reader's time zone, relative when recent.
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
for (const el of document.querySelectorAll<HTMLTimeElement>('time[datetime]')) {
  const when = new Date(el.dateTime);
  if (Number.isNaN(when.getTime())) continue;
  const hours = (when.getTime() - Date.now()) / 3_600_000;
  el.title = absolute.format(when);
  el.textContent = Math.abs(hours) < 48 ? relative.format(Math.round(hours), 'hour') : absolute.format(when);
}

// Choosing a product or an order searches at once (where nothing else needs typing first).
for (const select of document.querySelectorAll<HTMLSelectElement>('form[data-autosubmit] select')) {
  select.addEventListener('change', () => select.form?.requestSubmit());
}

// Counting takes a moment over much feedback: say it is under way, and keep a second click from
// starting it again. A page brought back by the back button is shown as it was left, so undo it there.
for (const form of document.querySelectorAll<HTMLFormElement>('form.search')) {
  form.addEventListener('submit', () => {
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (!button) return;
    button.dataset.label = button.textContent ?? '';
    button.textContent = 'Working…';
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
  });
}
window.addEventListener('pageshow', () => {
  for (const button of document.querySelectorAll<HTMLButtonElement>('form.search button[data-label]')) {
    button.textContent = button.dataset.label ?? button.textContent;
    button.disabled = false;
    button.closest('form')?.removeAttribute('aria-busy');
  }
});

// On a phone the facets start folded, so the results come first.
const facets = document.querySelector<HTMLDetailsElement>('details.facets');
if (facets && window.matchMedia('(max-width: 800px)').matches) {
  facets.open = false;
}

// "Back to the Explorer" returns to the very view the reader came from (its filters and page) when there is one.
const back = document.querySelector<HTMLAnchorElement>('a.back');
if (back && document.referrer) {
  const from = new URL(document.referrer);
  if (from.origin === window.location.origin && from.pathname === '/') {
    back.href = from.pathname + from.search;
  }
}
