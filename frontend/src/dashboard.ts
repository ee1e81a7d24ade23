// Small comforts on the server-rendered search page; the page works without them.

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

// Choosing a product searches at once.
document.querySelector<HTMLSelectElement>('.search select[name=product]')?.addEventListener('change', (event) => {
  (event.target as HTMLSelectElement).form?.requestSubmit();
});
