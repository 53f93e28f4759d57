// Branding and help text rules: pure functions, no I/O.

export type Branding = {
  organisationId: number | null;
  name: string;
  shortName: string;
  logoText: string;
  primaryColour: string;
  accentColour: string;
  contactEmail: string | null;
  contactPhone: string | null;
  contactHours: string | null;
  helpHtml: string | null;
};

export const FOCUS_COLOUR = '#ffdd00';
const DEFAULT_PRIMARY = '#1d4f91';
const DEFAULT_ACCENT = '#00703c';

/** The brand for signed-out pages and for viewers whose organisation cannot be read. */
export const DEFAULT_BRANDING: Branding = {
  organisationId: null,
  name: 'iLearn+',
  shortName: 'iLearn+',
  logoText: 'iLearn+',
  primaryColour: DEFAULT_PRIMARY,
  accentColour: DEFAULT_ACCENT,
  contactEmail: null,
  contactPhone: null,
  contactHours: null,
  helpHtml: null,
};

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour usable behind white text and as link colour on white (≥ 4.5:1), or the fallback. */
export function safeBrandColour(value: string | null | undefined, fallback: string): string {
  if (!value || !isHexColour(value)) return fallback;
  return contrastRatio(value, '#ffffff') >= 4.5 ? value.toLowerCase() : fallback;
}

/** The CSS custom properties the shell sets from an organisation's brand. */
export function brandCssVariables(branding: Pick<Branding, 'primaryColour' | 'accentColour'>): Record<string, string> {
  const brand = safeBrandColour(branding.primaryColour, DEFAULT_PRIMARY);
  return {
    '--brand': brand,
    '--brand-accent': safeBrandColour(branding.accentColour, DEFAULT_ACCENT),
    '--link': brand,
    '--focus': FOCUS_COLOUR,
  };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  pound: '£',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Organisation help text is stored as HTML written by admins. We show it as plain paragraphs (rendered as React
 * text, so nothing in it can run): block tags and <br> become paragraph breaks, every other tag is dropped.
 */
export function helpHtmlToParagraphs(html: string | null | undefined): string[] {
  if (!html) return [];
  const withBreaks = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|section|article|tr|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A tel: link for a phone number written for people ("01992 555557 (option 5)" → "tel:01992555557"). */
export function telHref(phone: string): string | null {
  const main = phone.replace(/\(.*?\)/g, '').replace(/option.*$/i, '');
  const digits = main.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 6 ? `tel:${digits}` : null;
}
