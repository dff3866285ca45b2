/**
 * The search interface (the edition's search-ui.js), added by the tiny loader (loader.ts) only
 * when a reader goes to search. It takes over the loader's queue of what the reader asked for:
 * the header field ("focus", or "open" as a dialog on small screens), the search page ("page"),
 * or marking the searched-for words on a result's page ("highlight").
 */
import { backend } from './backends';
import { openDialog, setupHeader } from './header';
import { highlight } from './highlight';
import { setupPage } from './page';
import type { Action } from './loader';

function handle(action: Action): void {
  if (action === 'focus') setupHeader();
  else if (action === 'open') openDialog();
  else if (action === 'page') setupPage();
  else highlight();
  // Start loading the index while the reader types.
  if (action !== 'highlight') void backend().catch(() => undefined);
}

// what the loader queued before this script ran (src/client/search/loader.ts)
const pending = window.idlibSearch;
const queued = pending instanceof Array ? pending : [];
window.idlibSearch = { push: handle };
for (const a of queued) handle(a);
