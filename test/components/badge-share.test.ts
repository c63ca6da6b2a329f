import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CertAdapter } from '../../src/adapter/adapter.js';
import { demoData } from '../../src/demo/demo-data.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { BadgeShare } from '../../src/components/badge-share/badge-share.js';
// The class and its view (internal/lazy-view.ts), registered by the test as a page would with cert-elements/classes.
import '../../src/components/badge-share/badge-share-view.js';
import type { BadgeShareEvent } from '../../src/events/badge-share.js';
import type { Badge } from '../../src/model.js';
import { en } from '../../src/i18n/en.js';
import { registerLocale } from '../../src/i18n/messages.js';
import { readBakedOpenBadge } from '../../src/share/open-badges.js';
import { embeddedAssertion, fakeJws, fixtureBytes, fixtureJson, fixtureUrl, ob2Documents } from '../share/fixtures.js';

if (!customElements.get('badge-share')) customElements.define('badge-share', BadgeShare);

const badge: Badge = {
  id: 'badge-cloud-administrator',
  credentialId: 'NW-CA-7f3k22qx',
  name: 'Cloud Administrator',
  description: 'Deploys and monitors workloads.',
  imageUrl: fixtureUrl('unbaked.png'),
  issuedOn: '2025-03-14',
  expiresOn: '2099-09-30',
  issuer: { name: 'Northwind Cloud Academy', url: 'https://northwind.example.org/', linkedInOrganizationId: '1337' },
  criteriaUrl: 'https://northwind.example.org/criteria',
  publicUrl: 'https://badges.example.org/public/7f3k22qx',
  openBadge: null,
};

const root = (el: BadgeShare) => el.shadowRoot!;
const textOf = (el: BadgeShare) => root(el).textContent.replace(/\s+/g, ' ').trim();
const action = (el: BadgeShare, network: string) => root(el).querySelector<HTMLElement>(`[data-network="${network}"]`);
const networksShown = (el: BadgeShare) =>
  [...root(el).querySelectorAll<HTMLElement>('[part=actions] [data-network]')].map((b) => b.dataset.network);
const toggle = (el: BadgeShare) => root(el).querySelector<HTMLButtonElement>('#share-toggle')!;
const menuOpen = (el: BadgeShare) => toggle(el).getAttribute('aria-expanded') === 'true';

/** An action as a person reaches it: the primary button, or the Share menu opened first; it must be on screen. */
async function reach(el: BadgeShare, network: string): Promise<HTMLElement> {
  const target = action(el, network);
  expect(target, network).to.exist;
  if (target!.closest('#share-menu') && !menuOpen(el)) {
    toggle(el).click();
    await elementUpdated(el);
  }
  const { width, height } = target!.getBoundingClientRect();
  expect(width * height, `${network} is visible`).to.be.greaterThan(0);
  return target!;
}

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);
const statusText = (el: BadgeShare) => root(el).querySelector('[role=status]')?.textContent?.trim();
const alertText = (el: BadgeShare) => root(el).querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Replaces `obj[key]` for one test; `restoreAll()` in afterEach puts every original back. */
const restorers: (() => void)[] = [];
function stub<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
  const own = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  restorers.push(() => (own ? Object.defineProperty(obj, key, own) : Reflect.deleteProperty(obj, key)));
}
function restoreAll(): void {
  while (restorers.length) restorers.pop()!();
}

/** window.open at its boundary: records what would have opened. */
function stubWindowOpen(): [string, string, string][] {
  const calls: [string, string, string][] = [];
  stub(window, 'open', ((url: string, target: string, features: string) => {
    calls.push([url, target, features]);
    return null;
  }) as typeof window.open);
  return calls;
}

/** `fetch` for the example.org documents the samples link to, served from the fixtures; nothing leaves 127.0.0.1. */
async function stubRemoteFetch(extra: Record<string, unknown> = {}): Promise<string[]> {
  const documents = { ...(await ob2Documents()), ...extra };
  const realFetch = window.fetch.bind(window);
  const remote: string[] = [];
  stub(window, 'fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (new URL(url).hostname === location.hostname || url.startsWith('data:') || url.startsWith('blob:'))
      return realFetch(input, init);
    remote.push(url);
    if (url in documents)
      return new Response(JSON.stringify(documents[url]), { headers: { 'content-type': 'application/ld+json' } });
    throw new TypeError('Failed to fetch');
  });
  return remote;
}

const shareFixture = (b: Badge = badge) => fixture<BadgeShare>(html`<badge-share .badge=${b}></badge-share>`);

describe('<badge-share>', () => {
  afterEach(restoreAll);

  describe('accessibility', () => {
    it('passes axe, with the embed snippet open too', async () => {
      stub(navigator, 'canShare', () => true);
      stub(navigator, 'share', () => Promise.resolve());
      const el = await shareFixture();
      await expect(el).to.be.accessible();
      (await reach(el, 'embed')).click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe for an expired badge, in Spanish, and in an error state', async () => {
      const es = await fixture<BadgeShare>(
        html`<badge-share lang="es" .badge=${{ ...badge, expiresOn: '2020-01-01' }}></badge-share>`,
      );
      await expect(es).to.be.accessible();
      const broken = await fixture<BadgeShare>(html`<badge-share .credential=${'{oops'}></badge-share>`);
      await waitUntil(() => alertText(broken));
      await expect(broken).to.be.accessible();
    });

    it('names the image after the badge and every button by its text', async () => {
      const el = await shareFixture();
      expect(root(el).querySelector('img')!.alt).to.equal('Badge: Cloud Administrator');
      for (const control of root(el).querySelectorAll('button, a')) expect(control.textContent.trim()).to.not.equal('');
      expect(root(el).querySelector('[part=actions]')!.getAttribute('aria-label')).to.equal(
        'Share Cloud Administrator',
      );
    });

    it('reaches every action with Tab, in order, opening the Share menu with Enter', async () => {
      const el = await shareFixture({ ...badge, issuer: { ...badge.issuer, url: null }, criteriaUrl: null });
      const controls = [...root(el).querySelectorAll<HTMLElement>('[part=actions] button, [part=actions] a')];
      controls[0].focus();
      const reached = [root(el).activeElement];
      for (let i = 1; i < controls.length; i++) {
        if (root(el).activeElement === toggle(el)) await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Tab' });
        reached.push(root(el).activeElement);
      }
      expect(reached).to.deep.equal(controls);
      const next = Object.assign(document.createElement('button'), { textContent: 'Next on the page' });
      el.after(next);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(next);
      await elementUpdated(el);
      expect(menuOpen(el), 'Tab out of the menu closes it').to.be.false;
    });

    it('gives every target at least 24 by 24 pixels', async () => {
      const el = await shareFixture();
      for (const control of root(el).querySelectorAll('[part=actions] > *')) {
        const { width, height } = control.getBoundingClientRect();
        expect(width, control.textContent).to.be.at.least(24);
        expect(height, control.textContent).to.be.at.least(24);
      }
    });
  });

  describe('the Share menu', () => {
    /** A control's text as a screen reader names it: without its aria-hidden arrow. */
    const nameOf = (control: HTMLElement) => {
      const copy = control.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
      return copy.textContent.trim();
    };
    const visibleControls = (el: BadgeShare) =>
      [...root(el).querySelectorAll<HTMLElement>('[part=actions] :is(button, a)')].filter(
        (c) => c.getBoundingClientRect().height > 0,
      );

    it('one primary action, Add to LinkedIn, and a Share button that discloses every other action', async () => {
      const el = await shareFixture();
      expect(visibleControls(el).map(nameOf)).to.deep.equal(['Add to LinkedIn profile', 'Share']);
      const primary = action(el, 'linkedin-profile')!;
      expect(primary.classList.contains('primary')).to.be.true;
      expect(getComputedStyle(primary).backgroundColor).to.not.equal(getComputedStyle(toggle(el)).backgroundColor);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      const list = root(el).getElementById(toggle(el).getAttribute('aria-controls')!)!;
      expect(list.hidden).to.be.true;
      toggle(el).click();
      await elementUpdated(el);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.be.false;
      expect([...list.querySelectorAll<HTMLElement>('[data-network]')].map((c) => c.textContent.trim())).to.deep.equal([
        'Share on LinkedIn',
        'Share on X',
        'Share on Facebook',
        'Share by e-mail',
        'Copy link',
        'Embed',
        'Download image',
      ]);
    });

    it('keyboard: Enter and Space open it, the arrow keys move, Escape closes it onto its button', async () => {
      const el = await shareFixture();
      const active = () => root(el).activeElement?.textContent?.trim();
      toggle(el).focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(menuOpen(el)).to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal('Share on LinkedIn');
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal('Share on X');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(active(), 'wraps around').to.equal('Download image');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(), 'wraps around').to.equal('Share on LinkedIn');
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(menuOpen(el)).to.be.false;
      expect(root(el).activeElement).to.equal(toggle(el));
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(menuOpen(el)).to.be.true;
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(menuOpen(el)).to.be.false;
      await sendKeys({ press: 'ArrowUp' });
      await elementUpdated(el);
      expect([menuOpen(el), active()], 'an arrow on the closed button opens it').to.deep.equal([
        true,
        'Download image',
      ]);
    });

    it('closes on a click outside it, and after an action, with focus back on its button', async () => {
      stub(navigator, 'clipboard', { writeText: () => Promise.resolve() } as unknown as Clipboard);
      const el = await shareFixture();
      toggle(el).click();
      await elementUpdated(el);
      root(el).querySelector<HTMLElement>('#share-menu')!.click();
      await elementUpdated(el);
      expect(menuOpen(el), 'a click inside the list keeps it').to.be.true;
      root(el).querySelector<HTMLElement>('[part=name]')!.click();
      await elementUpdated(el);
      expect(menuOpen(el), 'a click elsewhere in the card closes it').to.be.false;
      toggle(el).click();
      await elementUpdated(el);
      document.body.click();
      await elementUpdated(el);
      expect(menuOpen(el), 'a click on the page closes it').to.be.false;
      (await reach(el, 'copy')).click();
      await waitUntil(() => !menuOpen(el));
      await waitUntil(() => root(el).activeElement === toggle(el), 'focus back on Share');
      expect(statusText(el)).to.equal('Link copied');
    });

    it('Embed closes the menu and takes focus to the snippet', async () => {
      const el = await shareFixture();
      (await reach(el, 'embed')).click();
      await waitUntil(() => root(el).activeElement?.localName === 'textarea', 'focus on the snippet');
      expect(menuOpen(el)).to.be.false;
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe with the menu closed and open, ${scheme}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        try {
          const el = await shareFixture();
          await expect(el).to.be.accessible();
          toggle(el).click();
          await elementUpdated(el);
          expect(menuOpen(el)).to.be.true;
          await expect(el).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }

    it('no Share button when only Add to LinkedIn is asked for', async () => {
      const el = await fixture<BadgeShare>(
        html`<badge-share networks="linkedin-profile" .badge=${badge}></badge-share>`,
      );
      expect(visibleControls(el).map(nameOf)).to.deep.equal(['Add to LinkedIn profile']);
      expect(root(el).querySelector('#share-toggle')).to.equal(null);
    });
  });

  describe('what it shows', () => {
    it('name, issuer, dates, description and criteria link', async () => {
      const el = await shareFixture();
      expect(root(el).querySelector('[part=name]')!.textContent).to.equal('Cloud Administrator');
      const text = textOf(el);
      for (const part of [
        'Issued by Northwind Cloud Academy',
        'Issued March 14, 2025',
        'Expires September 30, 2099',
        'Deploys and monitors workloads.',
      ]) {
        expect(text).to.contain(part);
      }
      expect(text).to.not.contain('Expired');
      expect(
        root(el).querySelector<HTMLAnchorElement>('a[href="https://northwind.example.org/criteria"]')!.textContent,
      ).to.equal('How to earn this badge');
    });

    it('shows an expired badge as expired', async () => {
      const el = await shareFixture({ ...badge, expiresOn: '2024-01-31' });
      expect(textOf(el)).to.contain('Expired January 31, 2024');
      expect(root(el).querySelector('.expired')!.textContent).to.equal('Expired January 31, 2024');
    });

    it('speaks Spanish', async () => {
      const el = await fixture<BadgeShare>(html`<badge-share lang="es" .badge=${badge}></badge-share>`);
      expect(textOf(el)).to.contain('Emitida el 14 de marzo de 2025');
      expect(action(el, 'linkedin-profile')!.textContent).to.equal('Añadir al perfil de LinkedIn');
    });

    // Hebrew: right to left and no built-in table (Arabic has one), so its messages are English until registered.
    it('keeps non-Latin names as text, and lays out right to left once Hebrew messages are registered', async () => {
      const name = 'مسؤول الحوسبة السحابية <b>';
      const el = await fixture<BadgeShare>(
        html`<div lang="he"><badge-share .badge=${{ ...badge, name }}></badge-share></div>`,
      ).then((d) => d.querySelector('badge-share')!);
      await elementUpdated(el);
      expect(root(el).querySelector('article')!.dir, 'English messages stay left to right').to.equal('ltr');
      registerLocale('he', en);
      await elementUpdated(el);
      expect(root(el).querySelector('article')!.dir).to.equal('rtl');
      expect(root(el).querySelector('[part=name]')!.textContent).to.equal(name);
      expect(root(el).querySelector('b')).to.equal(null);
    });

    it('offers only the networks asked for, in the canonical order', async () => {
      const el = await fixture<BadgeShare>(
        html`<badge-share networks="copy x nonsense linkedin-profile" .badge=${badge}></badge-share>`,
      );
      expect(networksShown(el)).to.deep.equal(['linkedin-profile', 'x', 'copy']);
    });
  });

  describe('share URLs', () => {
    /** What the add-to-profile URL of `badge` holds besides its certId. */
    const badgeParams = {
      startTask: 'CERTIFICATION_NAME',
      name: 'Cloud Administrator',
      organizationId: '1337',
      issueYear: '2025',
      issueMonth: '3',
      expirationYear: '2099',
      expirationMonth: '9',
      certUrl: 'https://badges.example.org/public/7f3k22qx',
    };

    it('add to profile: every parameter, with expiry and organization ID', async () => {
      const opened = stubWindowOpen();
      const el = await shareFixture();
      (await reach(el, 'linkedin-profile')).click();
      expect(opened).to.have.length(1);
      const [url, target, features] = opened[0];
      expect([target, features]).to.deep.equal(['_blank', 'noopener,noreferrer']);
      expect(url.split('?')[0]).to.equal('https://www.linkedin.com/profile/add');
      expect(params(url)).to.deep.equal({ ...badgeParams, certId: 'NW-CA-7f3k22qx' });
    });

    it('add to profile: no expiry, no organization ID, a non-ASCII name', async () => {
      const opened = stubWindowOpen();
      const name = 'Campeona de Accesibilidad — «Ñandú» 資格';
      const el = await shareFixture({
        ...badge,
        name,
        expiresOn: null,
        issuer: { name: 'Instituto Ibérico', url: null },
      });
      (await reach(el, 'linkedin-profile')).click();
      const p = params(opened[0][0]);
      expect(p).to.deep.equal({
        startTask: 'CERTIFICATION_NAME',
        name,
        organizationName: 'Instituto Ibérico',
        issueYear: '2025',
        issueMonth: '3',
        certUrl: 'https://badges.example.org/public/7f3k22qx',
        certId: 'NW-CA-7f3k22qx',
      });
      expect(opened[0][0]).to.not.match(/[^\x21-\x7e]/);
    });

    /** The add-to-profile URL the button opens, once the badge is on screen. */
    async function addToProfileParams(el: BadgeShare): Promise<Record<string, string>> {
      const opened = stubWindowOpen();
      await waitUntil(() => action(el, 'linkedin-profile'), 'the badge is shown');
      (await reach(el, 'linkedin-profile')).click();
      expect(opened).to.have.length(1);
      expect(opened[0][0].split('?')[0]).to.equal('https://www.linkedin.com/profile/add');
      return params(opened[0][0]);
    }

    it('add to profile from an OB 2.0 assertion: certId is the assertion’s id', async () => {
      const assertion = { ...(await embeddedAssertion()), image: fixtureUrl('unbaked.png') };
      const el = await fixture<BadgeShare>(html`<badge-share .credential=${assertion}></badge-share>`);
      expect(await addToProfileParams(el)).to.deep.equal({
        startTask: 'CERTIFICATION_NAME',
        name: 'Awesome Robotics Badge',
        organizationName: 'An Example Badge Issuer',
        issueYear: '2016',
        issueMonth: '12',
        expirationYear: '2017',
        expirationMonth: '6',
        certUrl: 'https://example.org/beths-robotics-badge.json',
        certId: 'https://example.org/beths-robotics-badge.json',
      });
    });

    it('add to profile from an OB 3.0 credential, plain and as a VC-JWT: certId is the credential’s id', async () => {
      const credential = await fixtureJson('ob3-basic.json');
      const expected = {
        startTask: 'CERTIFICATION_NAME',
        name: 'Teamwork',
        organizationName: 'Example Corp',
        issueYear: '2010',
        issueMonth: '1',
        certUrl: 'http://example.com/credentials/3527',
        certId: 'http://example.com/credentials/3527',
      };
      const plain = await fixture<BadgeShare>(html`<badge-share .credential=${credential}></badge-share>`);
      expect(await addToProfileParams(plain)).to.deep.equal(expected);
      restoreAll();
      const { id, ...withoutId } = credential;
      const jwt = fakeJws({ vc: withoutId, jti: id, iss: 'https://example.com/issuers/876543' });
      const signed = await fixture<BadgeShare>(html`<badge-share .credential=${jwt}></badge-share>`);
      expect(await addToProfileParams(signed)).to.deep.equal(expected);
    });

    it('add to profile with no credential data: no certId at all, never the internal badge id', async () => {
      const el = await shareFixture({ ...badge, credentialId: undefined, openBadge: null });
      const p = await addToProfileParams(el);
      expect(p).to.deep.equal(badgeParams);
      expect(JSON.stringify(p)).to.not.contain(badge.id);
    });

    it('add to profile: a backend-given credential ID wins over the Open Badges id', async () => {
      const el = await shareFixture({ ...badge, openBadge: await embeddedAssertion() });
      expect((await addToProfileParams(el)).certId).to.equal('NW-CA-7f3k22qx');
    });

    it('LinkedIn, X and Facebook', async () => {
      const opened = stubWindowOpen();
      const el = await shareFixture();
      for (const network of ['linkedin', 'x', 'facebook']) (await reach(el, network)).click();
      const [linkedin, x, facebook] = opened.map(([url]) => url);
      expect(linkedin.split('?')[0]).to.equal('https://www.linkedin.com/sharing/share-offsite/');
      expect(params(linkedin)).to.deep.equal({ url: badge.publicUrl });
      expect(x.split('?')[0]).to.equal('https://twitter.com/intent/tweet');
      expect(params(x)).to.deep.equal({
        text: 'I earned the “Cloud Administrator” badge from Northwind Cloud Academy.',
        url: badge.publicUrl,
      });
      expect(facebook.split('?')[0]).to.equal('https://www.facebook.com/sharer/sharer.php');
      expect(params(facebook)).to.deep.equal({ u: badge.publicUrl });
      expect(opened.every(([, t, f]) => t === '_blank' && f === 'noopener,noreferrer')).to.be.true;
    });

    it('X keeps a very long name within 280 characters', async () => {
      const opened = stubWindowOpen();
      const el = await shareFixture({ ...badge, name: 'Very long badge name '.repeat(30) });
      (await reach(el, 'x')).click();
      expect(params(opened[0][0]).text.length + 1 + 23).to.be.at.most(280);
    });

    it('e-mail: a mailto link with subject and body', async () => {
      const el = await shareFixture();
      const href = action(el, 'email')!.getAttribute('href')!;
      expect(href.startsWith('mailto:?')).to.be.true;
      expect(params(href)).to.deep.equal({
        subject: 'My badge: Cloud Administrator',
        body: `I earned the “Cloud Administrator” badge from Northwind Cloud Academy.\n\nSee it here: ${badge.publicUrl}`,
      });
    });
  });

  describe('the badge-share event', () => {
    it('fires first, bubbling and composed, with network and url', async () => {
      const opened = stubWindowOpen();
      const el = await shareFixture();
      const facebook = await reach(el, 'facebook');
      setTimeout(() => facebook.click());
      const event = await oneEvent<BadgeShareEvent>(document, 'badge-share');
      expect(event.detail).to.deep.equal({ network: 'facebook', url: opened[0][0] });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    });

    it('prevented: nothing opens, nothing is copied, no share sheet, no download', async () => {
      const opened = stubWindowOpen();
      const copied: string[] = [];
      stub(navigator, 'clipboard', { writeText: (t: string) => Promise.resolve(void copied.push(t)) } as Clipboard);
      stub(navigator, 'canShare', () => true);
      let shared = 0;
      stub(navigator, 'share', () => Promise.resolve(void shared++));
      let clicked = 0;
      stub(HTMLAnchorElement.prototype, 'click', function () {
        clicked++;
      });
      const el = await shareFixture();
      const seen: string[] = [];
      el.addEventListener('badge-share', (e) => {
        seen.push(e.detail.network);
        e.preventDefault();
      });
      for (const network of ['linkedin-profile', 'linkedin', 'x', 'facebook', 'copy', 'native', 'download'])
        (await reach(el, network)).click();
      const mailClick = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      (await reach(el, 'email')).dispatchEvent(mailClick);
      expect(mailClick.defaultPrevented, 'the mailto: link is not followed').to.be.true;
      expect(await el.download()).to.equal(null);
      await aTimeout(50);
      expect(seen).to.deep.equal([
        'linkedin-profile',
        'linkedin',
        'x',
        'facebook',
        'copy',
        'native',
        'download',
        'email',
        'download',
      ]);
      expect(opened).to.deep.equal([]);
      expect(copied).to.deep.equal([]);
      expect([shared, clicked]).to.deep.equal([0, 0]);
    });
  });

  describe('copy, embed and native share', () => {
    it('copies the link and says so in a status region', async () => {
      const copied: string[] = [];
      stub(navigator, 'clipboard', { writeText: (t: string) => Promise.resolve(void copied.push(t)) } as Clipboard);
      const el = await shareFixture();
      expect(root(el).querySelector('[role=status]')).to.exist; // present before it speaks
      (await reach(el, 'copy')).click();
      await waitUntil(() => statusText(el) === 'Link copied');
      expect(copied).to.deep.equal([badge.publicUrl]);
    });

    it('says when the browser refuses to copy', async () => {
      stub(navigator, 'clipboard', {
        writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      } as unknown as Clipboard);
      const el = await shareFixture();
      (await reach(el, 'copy')).click();
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal(
        `Your browser did not let us copy. Select the text and copy it yourself. ${badge.publicUrl}`,
      );
    });

    it('shows an escaped embed snippet in a readonly textarea and copies it', async () => {
      const copied: string[] = [];
      stub(navigator, 'clipboard', { writeText: (t: string) => Promise.resolve(void copied.push(t)) } as Clipboard);
      const el = await shareFixture({ ...badge, name: 'A "quoted" <name> & more' });
      const embed = await reach(el, 'embed');
      expect(embed.getAttribute('aria-expanded')).to.equal('false');
      embed.click();
      await elementUpdated(el);
      expect(embed.getAttribute('aria-expanded')).to.equal('true');
      const textarea = root(el).querySelector('textarea')!;
      expect(textarea.readOnly).to.be.true;
      expect(textarea.labels[0].textContent).to.equal('HTML to show this badge on your web page');
      expect(textarea.value).to.equal(
        `<a href="${badge.publicUrl}" target="_blank" rel="noopener noreferrer"><img src="${badge.imageUrl}" alt="A &#34;quoted&#34; &#60;name&#62; &#38; more" width="120" height="120" loading="lazy"></a>`,
      );
      action(el, 'embed-copy')!.click();
      await waitUntil(() => statusText(el) === 'HTML copied');
      expect(copied).to.deep.equal([textarea.value]);
    });

    it('offers the share sheet only where canShare says yes', async () => {
      stub(navigator, 'canShare', () => false);
      stub(navigator, 'share', () => Promise.resolve());
      expect(action(await shareFixture(), 'native')).to.equal(null);
    });

    it('shares title, text and url; the person cancelling is not an error, a failure is', async () => {
      const asked: ShareData[] = [];
      stub(navigator, 'canShare', (data: ShareData) => asked.push(data) > 0);
      const shared: ShareData[] = [];
      let outcome: Error | null = new DOMException('Share canceled', 'AbortError');
      stub(navigator, 'share', (data: ShareData) => {
        shared.push(data);
        return outcome ? Promise.reject(outcome) : Promise.resolve();
      });
      const el = await shareFixture();
      expect(asked[0]).to.deep.equal({
        title: 'Cloud Administrator',
        text: 'I earned the “Cloud Administrator” badge from Northwind Cloud Academy.',
        url: badge.publicUrl,
      });
      (await reach(el, 'native')).click();
      await aTimeout(20);
      expect(shared).to.deep.equal([asked[0]]);
      expect(alertText(el)).to.equal(undefined);
      outcome = new DOMException('nope', 'NotAllowedError');
      (await reach(el, 'native')).click();
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('The share sheet could not be opened. Try another way to share.');
    });
  });

  describe('download', () => {
    function captureDownloads(): { href: string; download: string }[] {
      const downloads: { href: string; download: string }[] = [];
      stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        downloads.push({ href: this.href, download: this.download });
      });
      return downloads;
    }

    it('gives the plain image when the badge has no Open Badges data', async () => {
      const downloads = captureDownloads();
      const el = await shareFixture();
      (await reach(el, 'download')).click();
      await waitUntil(() => downloads.length === 1);
      expect(downloads[0].download).to.equal('Cloud Administrator.png');
      expect(downloads[0].href.startsWith('blob:')).to.be.true;
      const bytes = new Uint8Array(await (await fetch(downloads[0].href)).arrayBuffer());
      expect(bytes).to.deep.equal(await fixtureBytes('unbaked.png'));
      await waitUntil(() => statusText(el) === 'Image downloaded');
    });

    it('bakes the assertion into a PNG that still decodes', async () => {
      captureDownloads();
      const assertion = await embeddedAssertion();
      const el = await shareFixture({ ...badge, name: 'Robotics: a/b\\c', openBadge: assertion });
      const file = (await el.download())!;
      expect(file.filename).to.equal('Robotics - a_b_c.png');
      expect(file.blob.type).to.equal('image/png');
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect(JSON.parse((await readBakedOpenBadge(bytes)) as string)).to.deep.equal(assertion);
      const bitmap = await createImageBitmap(file.blob);
      expect([bitmap.width, bitmap.height]).to.deep.equal([21, 19]);
    });

    it('bakes an OB 3.0 JWS into an SVG from a data: URL (the demo badges)', async () => {
      captureDownloads();
      const svg = new TextDecoder().decode(await fixtureBytes('unbaked.svg'));
      const jws = fakeJws(await fixtureJson('ob3-basic.json'));
      const el = await shareFixture({
        ...badge,
        imageUrl: `data:image/svg+xml,${encodeURIComponent(svg)}`,
        openBadge: jws,
      });
      const file = (await el.download())!;
      expect(file.filename).to.equal('Cloud Administrator.svg');
      const text = await file.blob.text();
      expect(text).to.contain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
      expect(await readBakedOpenBadge(new TextEncoder().encode(text))).to.equal(jws);
    });

    it('says so when the image cannot be fetched', async () => {
      captureDownloads();
      const el = await shareFixture({ ...badge, imageUrl: fixtureUrl('missing.png') });
      (await reach(el, 'download')).click();
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('The badge image could not be downloaded. Try again.');
    });

    it('revokes its blob URLs when removed', async () => {
      const downloads = captureDownloads();
      const el = await shareFixture();
      await el.download();
      el.remove();
      let failed = false;
      await fetch(downloads[0].href).catch(() => (failed = true));
      expect(failed).to.be.true;
    });
  });

  describe('URLs from data', () => {
    it('javascript: and data: in any field never reach an href or window.open', async () => {
      const opened = stubWindowOpen();
      stub(navigator, 'canShare', () => true);
      stub(navigator, 'share', () => Promise.resolve());
      for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)']) {
        const el = await shareFixture({
          ...badge,
          imageUrl: bad,
          publicUrl: bad,
          criteriaUrl: bad,
          issuer: { name: 'Evil', url: bad, linkedInOrganizationId: bad },
        });
        expect(root(el).querySelector('img')).to.equal(null);
        expect(networksShown(el)).to.deep.equal(['linkedin-profile']);
        for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href'), bad).to.match(/^https:/);
        (await reach(el, 'linkedin-profile')).click();
        expect(textOf(el)).to.contain(bad); // shown as text
      }
      for (const [url] of opened) {
        expect(url.startsWith('https://www.linkedin.com/profile/add?')).to.be.true;
        expect(decodeURIComponent(url)).to.not.match(/javascript:|data:/i);
        expect(params(url)).to.not.have.any.keys('certUrl', 'organizationId');
      }
    });
  });

  describe('Open Badges in', () => {
    it('credential: an OB 3.0 OpenBadgeCredential', async () => {
      const el = await fixture<BadgeShare>(
        html`<badge-share .credential=${await fixtureJson('ob3-basic.json')}></badge-share>`,
      );
      await waitUntil(() => root(el).querySelector('[part=name]'));
      expect(root(el).querySelector('[part=name]')!.textContent).to.equal('Teamwork');
      expect(textOf(el)).to.contain('Issued by Example Corp');
      expect(textOf(el)).to.contain('Issued January 1, 2010');
    });

    it('credential: an OB 2.0 assertion with linked BadgeClass and Issuer (fetched), and as a JWS', async () => {
      const remote = await stubRemoteFetch();
      const el = await fixture<BadgeShare>(
        html`<badge-share .credential=${await fixtureJson('ob2-assertion.json')}></badge-share>`,
      );
      await waitUntil(() => root(el).querySelector('[part=name]'));
      expect(remote).to.deep.equal([
        'https://example.org/robotics-badge.json',
        'https://example.org/organization.json',
      ]);
      expect(textOf(el)).to.contain('Awesome Robotics Badge');
      expect(textOf(el)).to.contain('Expired June 30, 2017');
      el.credential = fakeJws({
        ...(await embeddedAssertion()),
        badge: { ...((await embeddedAssertion()).badge as object), name: 'Подписанный' },
      });
      await waitUntil(() => root(el).querySelector('[part=name]')?.textContent === 'Подписанный');
    });

    it('credential: malformed data gives a clear message, no crash', async () => {
      const el = await fixture<BadgeShare>(html`<badge-share .credential=${'{"type": "Assertion",'}></badge-share>`);
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('This badge’s data is damaged or incomplete, so it cannot be shown.');
      el.credential = { hello: 'world' };
      await waitUntil(() => alertText(el) === 'This is not an Open Badge.');
    });

    it('src: Open Badges JSON, a baked PNG and a baked SVG', async () => {
      const badgeClass = (await ob2Documents())['https://example.org/robotics-badge.json'];
      // The baked samples link to BadgeClasses nobody hosts: serve the sample BadgeClass at those IDs.
      const remote = await stubRemoteFetch({
        'http://example.org/badge1': badgeClass,
        'https://example.org/badge.json': badgeClass,
      });
      const el = await fixture<BadgeShare>(
        html`<badge-share src=${fixtureUrl('ob3-skill-assertion.json')}></badge-share>`,
      );
      await waitUntil(() => root(el).querySelector('[part=name]'));
      expect(root(el).querySelector('[part=name]')!.textContent).to.equal('Robot Programming');
      el.src = fixtureUrl('baked-ob2.png');
      await waitUntil(() => root(el).querySelector('img')?.getAttribute('src') === fixtureUrl('baked-ob2.png'));
      expect(textOf(el)).to.contain('Issued April 1, 2015');
      el.src = fixtureUrl('baked-ob2.svg');
      await waitUntil(() => textOf(el).includes('Issued November 5, 2013'));
      expect(remote.filter((u) => u.includes('badge'))).to.deep.equal([
        'http://example.org/badge1',
        'https://example.org/badge.json',
      ]);
    });

    it('src: an unbaked image, a missing file, a BadgeClass: localized errors', async () => {
      const el = await fixture<BadgeShare>(
        html`<badge-share lang="es" src=${fixtureUrl('unbaked.png')}></badge-share>`,
      );
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('Esta imagen no contiene datos de Open Badges.');
      el.src = fixtureUrl('nope.json');
      await waitUntil(() => alertText(el) === 'No encontramos lo que buscabas.');
      el.src = fixtureUrl('ob2-badgeclass.json');
      await waitUntil(() => alertText(el) === 'Esto no es una Open Badge.');
    });

    it('src: loading, then aborted when removed', async () => {
      let signal: AbortSignal | undefined;
      stub(window, 'fetch', (_: RequestInfo | URL, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise(() => undefined);
      });
      const el = await fixture<BadgeShare>(html`<badge-share src="/badge.json"></badge-share>`);
      expect(statusText(el)).to.equal('Loading…');
      await waitUntil(() => signal, 'the Open Badges reader never fetched');
      expect(signal!.aborted).to.be.false;
      el.remove();
      expect(signal!.aborted).to.be.true;
    });
  });

  describe('badge-id through the adapter', () => {
    const captureDownloadsQuietly = () => stub(HTMLAnchorElement.prototype, 'click', () => undefined);

    it('loads the badge from listBadges and picks it by id', async () => {
      const adapter = new MemoryAdapter();
      const el = await fixture<BadgeShare>(
        html`<badge-share badge-id="badge-threat-detection" .adapter=${adapter}></badge-share>`,
      );
      await waitUntil(() => root(el).querySelector('[part=name]'));
      expect(root(el).querySelector('[part=name]')!.textContent).to.equal('Threat Detection Fundamentals');
    });

    it('says when there is no badge with that id, and shows adapter errors', async () => {
      const el = await fixture<BadgeShare>(
        html`<badge-share badge-id="nope" .adapter=${new MemoryAdapter()}></badge-share>`,
      );
      await waitUntil(() => alertText(el));
      expect(alertText(el)).to.equal('We could not find what you asked for.');
      const failing: Pick<CertAdapter, 'listBadges'> = {
        listBadges: () => Promise.reject(new TypeError('Failed to fetch')),
      };
      const broken = await fixture<BadgeShare>(html`<badge-share badge-id="x" .adapter=${failing}></badge-share>`);
      await waitUntil(() => alertText(broken));
      expect(alertText(broken)).to.contain('We could not reach the server.');
    });

    it('the demo’s raster badge downloads as a PNG with its OB 3.0 credential in an iTXt chunk', async () => {
      const downloads: { href: string; download: string }[] = [];
      stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        downloads.push({ href: this.href, download: this.download });
      });
      const el = await fixture<BadgeShare>(
        html`<badge-share badge-id="badge-community-mentor" .adapter=${new MemoryAdapter()}></badge-share>`,
      );
      await waitUntil(() => action(el, 'download'), 'the badge is shown');
      (await reach(el, 'download')).click();
      await waitUntil(() => downloads.length === 1);
      expect(downloads[0].download).to.equal('Community Mentor.png');
      const blob = await (await fetch(downloads[0].href)).blob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.subarray(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(new TextDecoder('latin1').decode(bytes)).to.contain('iTXtopenbadgecredential\0');
      const baked = JSON.parse((await readBakedOpenBadge(bytes)) as string) as Record<string, unknown>;
      expect(baked.id).to.equal('https://badges.example.org/credentials/m3nt0r88');
      expect(baked.type).to.deep.equal(['VerifiableCredential', 'OpenBadgeCredential']);
      const bitmap = await createImageBitmap(blob);
      expect([bitmap.width, bitmap.height], 'still a picture').to.deep.equal([192, 192]);
    });

    it('picks PNG or SVG by the image’s bytes, not by what its URL says', async () => {
      captureDownloadsQuietly();
      const png = await fixtureBytes('unbaked.png');
      const misnamed = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...png))}`;
      const el = await shareFixture({ ...badge, imageUrl: misnamed, openBadge: await embeddedAssertion() });
      const file = (await el.download())!;
      expect([file.filename, file.blob.type]).to.deep.equal(['Cloud Administrator.png', 'image/png']);
      expect(await readBakedOpenBadge(new Uint8Array(await file.blob.arrayBuffer()))).to.contain('"type":"Assertion"');
    });

    it('the demo badge with its OB 2.0 assertion downloads baked', async () => {
      const downloads: string[] = [];
      stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
      const [demo] = demoData().badges;
      const el = await shareFixture(demo);
      const file = (await el.download())!;
      expect(file.filename).to.equal('Cloud Administrator – Associate.svg');
      expect(await readBakedOpenBadge(new Uint8Array(await file.blob.arrayBuffer()))).to.contain('"type":"Assertion"');
      expect(downloads).to.deep.equal([file.filename]);
    });
  });
});
