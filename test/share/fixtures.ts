/** Loading the Open Badges samples in test/fixtures/open-badges/ (served by the test server) and making JWSs. */

type Json = Record<string, unknown>;

const BASE = new URL('/test/fixtures/open-badges/', location.href).href;

export const fixtureUrl = (name: string) => new URL(name, BASE).href;

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  const response = await fetch(fixtureUrl(name));
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fixtureJson(name: string): Promise<Json> {
  return JSON.parse(new TextDecoder().decode(await fixtureBytes(name))) as Json;
}

/** The OB 2.0 sample assertion with its BadgeClass and Issuer embedded instead of linked. */
export async function embeddedAssertion(): Promise<Json> {
  const [assertion, badgeClass, issuer] = await Promise.all(
    ['ob2-assertion.json', 'ob2-badgeclass.json', 'ob2-issuer.json'].map(fixtureJson),
  );
  return { ...assertion, badge: { ...badgeClass, issuer } };
}

/** A resolver that answers from a map (linked documents of the samples), as `fetch` would, and records calls. */
export function mapResolver(documents: Record<string, unknown>) {
  const calls: string[] = [];
  const resolve = (url: string): Promise<unknown> => {
    calls.push(url);
    if (!(url in documents)) return Promise.reject(new Error(`404 ${url}`));
    return Promise.resolve(documents[url]);
  };
  return { resolve, calls };
}

/** The sample OB 2.0 documents by their IDs, as a linked assertion needs them. */
export async function ob2Documents(): Promise<Record<string, unknown>> {
  const [badgeClass, issuer] = await Promise.all([fixtureJson('ob2-badgeclass.json'), fixtureJson('ob2-issuer.json')]);
  return { [badgeClass.id as string]: badgeClass, [issuer.id as string]: issuer };
}

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A compact JWS with a made-up signature: enough for code that decodes without verifying. */
export function fakeJws(payload: unknown, header: Json = { alg: 'RS256', typ: 'JWT' }): string {
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
}

/** Width of the image once an `<img>` has loaded it; rejects when it does not load. */
export async function imageWidth(blob: Blob): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    const loaded = new Promise((resolve, reject) => {
      img.onload = resolve;
      img.onerror = () => reject(new Error('the image did not load'));
    });
    img.src = url;
    await loaded;
    return img.naturalWidth;
  } finally {
    URL.revokeObjectURL(url);
  }
}
