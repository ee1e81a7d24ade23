// A saved query's export with progress: instead of letting the browser download the file silently, read it
// here as it streams, count the rows written against X-Total-Count, then save it. The form is a plain GET, so
// without this (or without streams in the browser) the download still works, just without a progress bar.

const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Counts finished rows in a stream of bytes. JSON Lines: one row a line. CSV: a line break inside a quoted
 * cell (multi-line feedback) is no new row; a quote inside a cell is doubled, which toggles twice and
 * changes nothing. UTF-8 never uses these two bytes inside a character, so raw bytes can be counted.
 */
export class RowCounter {
  private quoted = false;
  rows = 0;

  constructor(private readonly csv: boolean) {}

  add(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (this.csv && byte === QUOTE) {
        this.quoted = !this.quoted;
      } else if (byte === LF && !this.quoted) {
        this.rows++;
      }
    }
  }

  /** Rows of data: a CSV file's first line is its header. */
  dataRows(): number {
    return this.csv ? Math.max(0, this.rows - 1) : this.rows;
  }
}

const number = new Intl.NumberFormat();

function filename(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

async function problem(response: Response): Promise<string> {
  try {
    const body = await response.json();
    return body?.error?.message ?? `the export failed (HTTP ${response.status})`;
  } catch {
    return `the export failed (HTTP ${response.status})`;
  }
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

async function exportWithProgress(form: HTMLFormElement): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  const bar = form.querySelector<HTMLProgressElement>('progress');
  const status = form.querySelector<HTMLElement>('.export-status');
  const show = (text: string) => { if (status) status.textContent = text; };
  const url = new URL(form.action, window.location.href);
  for (const [name, value] of new FormData(form)) {
    url.searchParams.set(name, String(value));
  }
  const csv = url.searchParams.get('format') === 'csv';
  if (button) button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  show('Starting…');
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || !response.body) {
      show(await problem(response));
      return;
    }
    // X-Total-Count: feedback matched (the file holds at most the limit of them) or an aggregation's buckets;
    // absent for a warehouse query, whose rows are known only at the end: the bar then just shows it is busy
    const limit = Number(form.dataset.limit ?? Infinity);
    const announced = response.headers.get('X-Total-Count');
    const total = announced === null ? null : Math.min(Number(announced), limit);
    if (bar) {
      if (total === null) {
        bar.removeAttribute('value');
      } else {
        bar.max = Math.max(total, 1);
        bar.value = 0;
      }
      bar.hidden = false;
    }
    const counter = new RowCounter(csv);
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      counter.add(value);
      if (bar && total !== null) bar.value = Math.min(counter.dataRows(), total);
      show(total === null ? `${number.format(counter.dataRows())} rows`
        : `${number.format(counter.dataRows())} of ${number.format(total)} rows`);
    }
    const name = filename(response, csv ? 'export.csv' : 'export.jsonl');
    save(new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? '' }), name);
    show(`Done: ${number.format(counter.dataRows())} rows, saved as ${name}`);
  } catch {
    // a stream cut midway (the store failed, the network dropped): say so, and save nothing incomplete
    show('The export broke off before its end; nothing was saved. Export again.');
  } finally {
    if (button) button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-export]')) {
  form.addEventListener('submit', (event) => {
    if (typeof ReadableStream === 'undefined' || !('body' in Response.prototype)) return; // plain download
    event.preventDefault();
    void exportWithProgress(form);
  });
}
