/** @jest-environment node */
import {
  brandCssVariables,
  contrastRatio,
  DEFAULT_BRANDING,
  helpHtmlToParagraphs,
  safeBrandColour,
  telHref,
} from '@/lib/organisations/rules';

describe('contrastRatio', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 1);
  });
});

describe('brand colours', () => {
  it('keeps a valid colour that white text can sit on', () => {
    expect(safeBrandColour('#8A1538', '#000000')).toBe('#8a1538');
  });

  it('falls back for pale colours, malformed values and CSS injection attempts', () => {
    expect(safeBrandColour('#ffdd00', '#1d4f91')).toBe('#1d4f91');
    expect(safeBrandColour('red', '#1d4f91')).toBe('#1d4f91');
    expect(safeBrandColour('#123', '#1d4f91')).toBe('#1d4f91');
    expect(safeBrandColour('#000000; background: url(x)', '#1d4f91')).toBe('#1d4f91');
    expect(safeBrandColour(null, '#1d4f91')).toBe('#1d4f91');
  });

  it('sets the brand, accent, link and yellow focus variables', () => {
    expect(brandCssVariables({ primaryColour: '#0b4f6c', accentColour: '#eeeeee' })).toEqual({
      '--brand': '#0b4f6c',
      '--brand-accent': DEFAULT_BRANDING.accentColour,
      '--link': '#0b4f6c',
      '--focus': '#ffdd00',
    });
  });

  it('the default brand passes 4.5:1 with white', () => {
    expect(contrastRatio(DEFAULT_BRANDING.primaryColour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DEFAULT_BRANDING.accentColour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('helpHtmlToParagraphs', () => {
  it('turns blocks and line breaks into paragraphs of plain text', () => {
    expect(
      helpHtmlToParagraphs(
        '<p>Call us on <strong>01992 555557</strong>.</p><ul><li>Email &amp; phone</li><li>Mon&ndash;Fri</li></ul>line<br/>two',
      ),
    ).toEqual(['Call us on 01992 555557.', 'Email & phone', 'Mon–Fri', 'line', 'two']);
  });

  it('drops scripts, styles, comments and every attribute', () => {
    expect(
      helpHtmlToParagraphs(
        '<script>alert(1)</script><style>p{}</style><!-- hidden --><p onclick="x()">Safe <a href="javascript:alert(1)">link</a></p>',
      ),
    ).toEqual(['Safe link']);
  });

  it('decodes numeric entities and returns nothing for empty input', () => {
    expect(helpHtmlToParagraphs('&#163;135 &#x2014; &lt;b&gt; &unknown;')).toEqual(['£135 — <b> &unknown;']);
    expect(helpHtmlToParagraphs(null)).toEqual([]);
    expect(helpHtmlToParagraphs('  <p> </p> ')).toEqual([]);
  });
});

describe('telHref', () => {
  it('keeps the number and drops the extension note', () => {
    expect(telHref('01992 555557 (option 5)')).toBe('tel:01992555557');
    expect(telHref('+44 1992 555557')).toBe('tel:+441992555557');
    expect(telHref('Ask at reception')).toBeNull();
  });
});
