/** Entry: a hash router that renders one page at a time into <main>. */
import './style.css';
import { ApiError } from './_api.ts';
import { clear, focusOn, h, link } from './_dom.ts';
import { parseRoute, type Route } from './_router.ts';
import { PATTERNS } from './patterns.ts';
import { documentPage } from './pages/document.ts';
import { entityPage } from './pages/entity.ts';
import { searchPage } from './pages/search.ts';
import { storiesPage } from './pages/stories.ts';
import { storyPage } from './pages/story.ts';
import { uploadPage } from './pages/upload.ts';

type PageFn = (route: Route, main: HTMLElement) => Promise<void>;
const PAGES: Record<string, PageFn> = { stories: storiesPage, story: storyPage, document: documentPage, entity: entityPage, search: searchPage, upload: uploadPage };

const main = document.getElementById('main') as HTMLElement;
let renderSeq = 0;

async function render(): Promise<void> {
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return; // an in-page anchor, not a route
  const seq = ++renderSeq;
  const route = parseRoute(hash);
  const page = PAGES[route.name];
  const box = h('div', { class: 'page' });
  main.setAttribute('aria-busy', 'true');
  try {
    if (!page) box.append(h('h1', null, 'Not found'), h('p', null, 'This page does not exist.'), h('p', null, link('#/', 'Back to the stories')));
    else await page(route, box);
  } catch (err) {
    const missing = err instanceof ApiError && err.status === 404;
    box.replaceChildren(h('h1', null, missing ? 'Not found' : 'Something went wrong'),
      h('p', { class: 'error' }, err instanceof Error ? err.message : 'error'),
      h('p', null, missing
        ? 'The link may be from before new articles were analysed (stories can be regrouped then). Find it again from the story list or by searching.'
        : 'The server could not answer. Check that triangulate serve is still running, then reload the page.'),
      h('p', null, link('#/', 'Back to the stories'), ' · ', link('#/search', 'Search')));
  }
  if (seq !== renderSeq) return;
  clear(main);
  main.append(box);
  main.removeAttribute('aria-busy');
  document.querySelectorAll('header nav a').forEach((a) => a.toggleAttribute('aria-current', a.getAttribute('href') === `#/${hash.slice(2).split(PATTERNS.routeSep)[0]}`));
  // ?focus=<element id> (e.g. a claim or statement on a story page), else a highlighted span (#target).
  const focusId = route.query.get('focus');
  const target = (focusId ? document.getElementById(focusId) : null) ?? document.getElementById('target');
  if (target) {
    focusOn(target, 'center');
  } else {
    window.scrollTo(0, 0);
    // After in-app navigation, move focus to the new content; on first load leave it at the top (skip link first).
    if (seq > 1) main.focus({ preventScroll: true });
  }
  document.body.dataset.ready = String(seq);
}

document.getElementById('skip')?.addEventListener('click', (e) => { e.preventDefault(); main.focus(); });
window.addEventListener('hashchange', () => void render());
void render();
