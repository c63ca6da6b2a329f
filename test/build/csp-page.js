// Runs inside /csp/page.html (strict CSP): render the dashboard from the built bundle, make a ZIP,
// open a certificate preview, and tell the test page what happened, violations included.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

const report = (result) => parent.postMessage({ source: 'csp-page', violations, ...result }, location.origin);
const until = async (test, what) => {
  for (let i = 0; i < 200; i++) {
    const value = test();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

try {
  const { MemoryAdapter } = await import('/dist/cert-elements.js');
  const dashboard = document.querySelector('cert-dashboard');
  dashboard.adapter = new MemoryAdapter();
  const list = await until(() => dashboard.shadowRoot?.querySelector('cert-list'), 'cert-list');
  await until(() => list.shadowRoot?.querySelector('[part=item]'), 'certifications');
  const heading = await until(
    () =>
      dashboard.shadowRoot.querySelector('h1')?.textContent.includes('María') &&
      dashboard.shadowRoot.querySelector('h1').textContent,
    'the heading',
  );
  list.addEventListener('cert-download', (e) => e.preventDefault());
  // The preview first, before anything loads jsPDF: an SVG drawn from the layout, under this policy, with no PDF code.
  await list.preview('cert-cloud-administrator');
  const previewName = await until(
    () =>
      [...(list.shadowRoot.querySelectorAll('dialog svg[role=img] text') ?? [])]
        .map((t) => t.textContent)
        .find((t) => t.includes('María')),
    'the preview',
  );
  const previewLabel = list.shadowRoot.querySelector('dialog svg[role=img]').getAttribute('aria-label');
  const previewFrames = list.shadowRoot.querySelectorAll('iframe').length;
  const previewViolations = [...violations];
  const jspdfBeforeDownload = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/jspdf[^/]*\.js/i.test(name));
  list.shadowRoot.querySelector('dialog').close();
  list.selectAll();
  const { blob, filename } = await list.downloadSelected();
  const head = Array.from(new Uint8Array(await blob.slice(0, 4).arrayBuffer()));
  const zipViolations = [...violations];
  const items = list.selectedIds.length;
  const jspdfAfterDownload = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/jspdf[^/]*\.js/i.test(name));
  report({
    ok: true,
    heading,
    filename,
    size: blob.size,
    head,
    items,
    zipViolations,
    previewName,
    previewLabel,
    previewFrames,
    previewViolations,
    jspdfBeforeDownload,
    jspdfAfterDownload,
  });
} catch (error) {
  report({ ok: false, error: String(error?.stack ?? error) });
}
