import { expect } from '@open-wc/testing';
import { embedSnippet, escapeHtml } from '../../src/share/embed.js';

describe('embedSnippet', () => {
  it('links the image to the public URL', () => {
    expect(
      embedSnippet({ name: 'Teamwork', imageUrl: 'https://example.org/t.png', publicUrl: 'https://example.org/b/1' }),
    ).to.equal(
      '<a href="https://example.org/b/1" target="_blank" rel="noopener noreferrer"><img src="https://example.org/t.png" alt="Teamwork" width="120" height="120" loading="lazy"></a>',
    );
  });

  it('escapes every value', () => {
    const snippet = embedSnippet({
      name: '"><script>alert(1)</script>',
      imageUrl: 'https://example.org/t.png?a="b"&c=<d>',
      publicUrl: "https://example.org/b/1?q='x'",
    })!;
    expect(snippet).to.not.contain('<script>');
    // Parse the snippet the way a partner's page would.
    const body = new DOMParser().parseFromString(snippet, 'text/html').body;
    const a = body.querySelector('a')!;
    const img = body.querySelector('img')!;
    expect(body.children.length).to.equal(1);
    expect(body.querySelector('script')).to.equal(null);
    expect(img.alt).to.equal('"><script>alert(1)</script>');
    expect(a.getAttribute('href')).to.equal('https://example.org/b/1?q=%27x%27');
    expect(img.getAttribute('src')).to.equal('https://example.org/t.png?a=%22b%22&c=%3Cd%3E');
    expect(escapeHtml(`<&>"'`)).to.equal('&#60;&#38;&#62;&#34;&#39;');
  });

  it('never uses javascript: or data: URLs', () => {
    expect(
      embedSnippet({ name: 'T', imageUrl: 'data:image/png;base64,AAAA', publicUrl: 'javascript:alert(1)' }),
    ).to.equal(null);
    expect(embedSnippet({ name: 'T', imageUrl: 'javascript:alert(1)', publicUrl: 'https://example.org/b' })).to.equal(
      '<a href="https://example.org/b" target="_blank" rel="noopener noreferrer">T</a>',
    );
  });
});
