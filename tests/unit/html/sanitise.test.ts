/** @jest-environment node */
import { sanitiseHtml, sanitiseRichText } from '@/lib/html/sanitise';

describe('sanitiseRichText', () => {
  it('removes scripts, handlers and unsafe links, keeps basic formatting', () => {
    const out = sanitiseRichText(
      '<p onclick="x()">Need <strong>step-free</strong> access<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>',
    );
    expect(out).toBe('<p>Need <strong>step-free</strong> access</p><a rel="noopener noreferrer">x</a>');
  });
  it('turns plain text into paragraphs and escapes it', () => {
    expect(sanitiseRichText('Wheelchair user\nHearing loop < please')).toBe(
      '<p>Wheelchair user<br />Hearing loop &lt; please</p>',
    );
    expect(sanitiseRichText('   ')).toBe('');
  });
});

describe('sanitiseHtml (the one configuration)', () => {
  it('keeps headings, tables and safe links for course pages, and marks links noopener', () => {
    expect(
      sanitiseHtml(
        '<h2>Aim</h2><table><tr><th scope="col">A</th></tr></table><a href="https://x.test" title="t">x</a>',
      ),
    ).toBe(
      '<h2>Aim</h2><table><tr><th scope="col">A</th></tr></table><a href="https://x.test" title="t" rel="noopener noreferrer">x</a>',
    );
  });

  it('drops styles, images, iframes and javascript: links', () => {
    expect(
      sanitiseHtml(
        '<p style="color:red">a</p><img src="x" onerror="y()"><iframe src="https://x"></iframe><a href="javascript:x()">b</a>',
      ),
    ).toBe('<p>a</p><a rel="noopener noreferrer">b</a>');
  });

  it('gives the same result for rich text typed into a workshop form and a course page', () => {
    const html = '<h3>Parking</h3><p>Use <a href="tel:01992555555">reception</a></p>';
    expect(sanitiseRichText(html)).toBe(sanitiseHtml(html));
  });
});
