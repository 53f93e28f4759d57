// The one HTML sanitiser configuration: rich text from admins (course overviews, activity pages, session details,
// terms) and learners (special requirements) is sanitised with it before it is stored or shown.
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'a',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** Safe HTML for dangerouslySetInnerHTML: no scripts, styles, event handlers or javascript: links. */
export function sanitiseHtml(html: string | null | undefined): string {
  if (!html) return '';
  return sanitizeHtml(html, OPTIONS);
}

function escapeText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Rich text typed into a form: HTML is sanitised; plain text becomes paragraphs keeping its line breaks. */
export function sanitiseRichText(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) return '';
  const looksLikeHtml = /<[a-z][\s\S]*>/i.test(trimmed);
  const html = looksLikeHtml
    ? trimmed
    : trimmed
        .split(/\r?\n\r?\n/)
        .map((p) => `<p>${escapeText(p).replace(/\r?\n/g, '<br>')}</p>`)
        .join('');
  return sanitiseHtml(html).trim();
}
