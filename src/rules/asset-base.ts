/**
 * Where the library's own files are fetched from: the PDF fonts and the demo badges' pictures, all
 * in one flat folder (`src/assets/`, shipped as `dist/lib/assets/`). By default each file is found
 * where the module that names it says (`new URL('../assets/x.woff', import.meta.url)`), which a
 * bundler or the script tag gets right. A site that copies the folder elsewhere says where, either
 * with `setAssetBase(url)` or once with an attribute on any script tag of the page:
 * `<script type="module" src="app.js" data-cert-elements-asset-base="/static/cert-elements/"></script>`.
 * It lives in rules/ beside `page-base.ts` because, like it, it reads the page only where there is one
 * (not on a server nor in a worker), and both the PDF code (export/) and `MemoryAdapter`'s demo
 * badges (adapter/) need it.
 */

/** The attribute read (once, on the first asset fetched) when `setAssetBase` was not called. */
export const ASSET_BASE_ATTRIBUTE = 'data-cert-elements-asset-base';

let configured: string | null = null;
let fromPage: string | null | undefined;

function asDirectory(url: string | URL): string {
  // Not pageBaseUrl(): importing page-base.ts here (from the lazy PDF and MemoryAdapter code) makes
  // bundlers split it, which every element's first render needs, into a chunk of its own.
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  const href = new URL(String(url), base).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Tells the library the URL of the folder holding its asset files: the `.woff` fonts of the PDFs and
 * the demo badges' pictures. Copy the one folder `node_modules/cert-elements/dist/lib/assets/` as it
 * is. Relative URLs are resolved against the page. `null` goes back to the default. Throws a
 * `TypeError` for a string that is not a URL.
 */
export function setAssetBase(url: string | URL | null): void {
  configured = url === null ? null : asDirectory(url);
}

/** The folder set by `setAssetBase`, else by the page's `data-cert-elements-asset-base`, else `null`. */
export function assetBase(): string | null {
  if (configured) return configured;
  if (fromPage === undefined) {
    const value =
      typeof document === 'undefined'
        ? null
        : document.querySelector(`script[${ASSET_BASE_ATTRIBUTE}]`)?.getAttribute(ASSET_BASE_ATTRIBUTE)?.trim();
    fromPage = value ? asDirectory(value) : null;
  }
  return fromPage;
}

/** The URL to fetch a library file from: `defaultUrl` itself, or the file of that name in the asset base. */
export function assetUrl(defaultUrl: string): string {
  const base = assetBase();
  if (!base) return defaultUrl;
  const name = new URL(defaultUrl).pathname.split('/').pop() ?? '';
  return new URL(name, base).href;
}
