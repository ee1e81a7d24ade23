// Small comforts on the server-rendered Explorer and feedback pages; the pages work without them.

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

// Choosing a product or an order searches at once.
for (const select of document.querySelectorAll<HTMLSelectElement>('.search select')) {
  select.addEventListener('change', () => select.form?.requestSubmit());
}

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
