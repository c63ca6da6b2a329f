/**
 * Server-rendered elements come to life in the browser: the HTML Lit SSR renders in Node (the
 * `ssr-render` command, test/support/ssr-plugin.mjs) goes into the page as declarative shadow DOM,
 * the hydration support loads before any element is defined, and each element takes over what
 * the server rendered (same nodes, same text) and answers clicks, with nothing in the console.
 */
// First: it must run before LitElement is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import '../../src/cert-dashboard.js';
// The dashboard's entry registers its other sections' elements only when it shows them.
import '../../src/badge-share.js';
import '../../src/transcript-viewer.js';
import '../../src/cert-verify.js';
import { en, es, ssrData, ssrTemplate, type SsrCase } from './cases.js';

/** The text a person reads in an element's shadow root (its styles left out). */
function textOf(el: Element): string {
  return [...el.shadowRoot!.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => child.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const data = ssrData(new Date('2025-06-01T12:00:00Z'));
const CASES: Record<string, SsrCase> = {
  list: { tag: 'cert-list', lang: 'es', data },
  loadingList: { tag: 'cert-list' },
  badge: { tag: 'badge-share', data },
  transcript: { tag: 'transcript-viewer', lang: 'es', data },
  dashboard: { tag: 'cert-dashboard', lang: 'es' },
  verify: { tag: 'cert-verify', lang: 'es' },
};
let pages: Record<string, string>;

/** What reached the console or went uncaught while a case hydrated. */
function watchConsole() {
  const seen: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void seen.push(`warn: ${args.join(' ')}`);
  console.error = (...args: unknown[]) => void seen.push(`error: ${args.join(' ')}`);
  const onError = (e: ErrorEvent) => void seen.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => void seen.push(`unhandled: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      Object.assign(console, { warn, error });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Puts a case's server HTML in the page, hydrates it with the same template (and `adapter`, which
 * only the browser has), and checks that the element kept the server's nodes and text.
 */
async function hydrated<T extends HTMLElement>(name: string, landmark: string, adapter?: CertAdapter) {
  const box = document.createElement('div');
  document.body.append(box);
  box.setHTMLUnsafe(pages[name]);
  const el = box.querySelector<T & { updateComplete: Promise<boolean> }>(CASES[name].tag)!;
  const fromServer = el.shadowRoot!.querySelector(landmark);
  expect(fromServer, `the server rendered ${landmark}`).to.exist;
  const serverText = textOf(el);
  const watch = watchConsole();
  try {
    hydrate(ssrTemplate(CASES[name], adapter), box);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Compared as a boolean: chai printing DOM nodes in a failure stalls the page (test/support/focus.ts).
    expect(el.shadowRoot!.querySelector(landmark) === fromServer, `the server’s ${landmark} is kept`).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll(landmark)).to.have.length(1);
    if (!adapter) expect(textOf(el)).to.equal(serverText);
  } finally {
    watch.stop();
  }
  return { el, serverText, seen: watch.seen, box };
}

describe('hydrating server-rendered elements', () => {
  before(async () => {
    const names = Object.keys(CASES);
    const html = await executeServerCommand<string[], { cases: SsrCase[] }>('ssr-render', {
      cases: names.map((n) => CASES[n]),
    });
    pages = Object.fromEntries(names.map((name, i) => [name, html[i]]));
  });

  it('<cert-list lang="es"> with its certifications: same text, then a working Select all', async () => {
    const { el, serverText, seen } = await hydrated('list', '[part=toolbar]');
    expect(serverText).to.contain(es.certList.selectAll);
    expect(seen).to.deep.equal([]);
    const selectAll = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent === es.certList.selectAll,
    )!;
    selectAll.click();
    await waitUntil(() => /^\d+ certificados seleccionados$/.test(el.shadowRoot!.querySelector('.count')!.textContent));
  });

  it('<cert-list> with only an adapter in the browser: loading on the server, then its certifications', async () => {
    // Slow enough that hydration is checked before the certifications replace the server's "Loading…".
    const adapter = new MemoryAdapter({ latencyMs: 300 });
    const { el, serverText, seen } = await hydrated('loadingList', '[part=status]', adapter);
    expect(serverText).to.equal(en.common.loading);
    expect(seen).to.deep.equal([]);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~=item]').length > 0);
  });

  it('<badge-share> with its badge: same text, then a Share menu that opens', async () => {
    const { el, serverText, seen } = await hydrated('badge', '#share-toggle');
    expect(serverText).to.contain(data.badge.name);
    expect(seen).to.deep.equal([]);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('#share-toggle')!;
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
  });

  it('<transcript-viewer lang="es"> with its transcript: same text, then a PDF button that opens its dialog', async () => {
    const { el, serverText, seen } = await hydrated('transcript', '#pdf-button');
    expect(serverText).to.contain(es.transcript.emailLabel);
    expect(seen).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#pdf-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#pdf-dialog')?.open);
  });

  it('<cert-dashboard lang="es"> given its adapter in the browser: the learner, the sections and the tabs', async () => {
    const adapter = new MemoryAdapter({ latencyMs: 300 });
    const { el, serverText, seen } = await hydrated('dashboard', 'h1', adapter);
    expect(serverText).to.contain(es.dashboard.untitled);
    expect(textOf(el)).to.equal(serverText);
    expect(seen).to.deep.equal([]);
    const list = el.shadowRoot!.querySelector('cert-list')!;
    await waitUntil(() => textOf(el).includes(es.dashboard.greeting(data.transcript.learner.name)), undefined, {
      timeout: 5000,
    });
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~=item]').length > 0);
    expect(list.hasAttribute('defer-hydration')).to.equal(false);
    const badgesTab = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-badges')!;
    badgesTab.click();
    await waitUntil(() => badgesTab.getAttribute('aria-selected') === 'true');
  });

  it('<cert-verify lang="es"> without an ID: the same form, then a verdict for the ID typed in it', async () => {
    const adapter = new MemoryAdapter({ now: () => new Date('2025-06-01T12:00:00Z') });
    const { el, serverText, seen } = await hydrated('verify', 'form', adapter);
    expect(serverText).to.contain(es.verify.formLabel);
    expect(textOf(el)).to.equal(serverText);
    expect(seen).to.deep.equal([]);
    const before = location.href;
    try {
      el.shadowRoot!.querySelector<HTMLInputElement>('#credential-id')!.value = data.certifications[0].credentialId!;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('#verdict')?.textContent === es.verify.verdicts.valid,
        undefined,
        {
          timeout: 5000,
        },
      );
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
