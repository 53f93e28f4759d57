// The certificate's HTML, rendered to an A4 landscape PDF by lib/certificates/pdf.ts. Pure: fonts and the logo
// come in as data URLs, so the page fetches nothing and renders the same offline.
import { formatDate } from '@/lib/format';

export type CertificateContent = {
  title: string;
  learnerName: string;
  courseName: string;
  completedAt: Date;
  issuedAt: Date;
  validUntil: Date | null;
  code: string;
  /** Where anyone can check the code, e.g. https://ilearn.example.org/verify/ABCD234567. */
  verifyUrl: string;
  organisation: { name: string; primaryColour: string; logoText: string | null; logoDataUrl: string | null };
  signatory: { name: string; title: string | null } | null;
};

export type CertificateFonts = { regular: string; bold: string; sans: string };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Only a plain #rgb / #rrggbb colour reaches the stylesheet; anything else falls back to the house blue. */
function safeColour(colour: string): string {
  return /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(colour) ? colour : '#1d4f91';
}

function fontFace(family: string, dataUrl: string, weight: number): string {
  return `@font-face{font-family:'${family}';src:url(${dataUrl}) format('truetype');font-weight:${weight};}`;
}

export function certificateHtml(c: CertificateContent, fonts: CertificateFonts): string {
  const colour = safeColour(c.organisation.primaryColour);
  const logo = c.organisation.logoDataUrl
    ? `<img class="logo" src="${escapeHtml(c.organisation.logoDataUrl)}" alt="">`
    : `<div class="logo-text">${escapeHtml(c.organisation.logoText ?? c.organisation.name)}</div>`;
  const validity = c.validUntil ? `<p class="meta">Valid until ${escapeHtml(formatDate(c.validUntil))}</p>` : '';
  const signatory = c.signatory
    ? `<div class="sign"><div class="line"></div><p>${escapeHtml(c.signatory.name)}</p>${
        c.signatory.title ? `<p class="meta">${escapeHtml(c.signatory.title)}</p>` : ''
      }</div>`
    : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(`${c.title}: ${c.learnerName}, ${c.courseName}`)}</title><style>
${fontFace('CertSerif', fonts.regular, 400)}${fontFace('CertSerif', fonts.bold, 700)}${fontFace('CertSans', fonts.sans, 400)}
@page{size:A4 landscape;margin:0}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:'CertSerif',serif;color:#0b0c0c;width:297mm;height:210mm}
.frame{position:absolute;inset:10mm;border:3mm solid ${colour};padding:14mm 18mm;display:flex;flex-direction:column;align-items:center;text-align:center}
.logo{max-height:22mm;max-width:80mm}
.logo-text{font-family:'CertSans',sans-serif;font-size:16pt;color:${colour};letter-spacing:.04em}
h1{font-size:34pt;font-weight:700;margin:10mm 0 6mm;color:${colour}}
.lead{font-size:14pt;margin:0}
.name{font-size:30pt;font-weight:700;margin:4mm 0}
.course{font-size:20pt;font-weight:700;margin:4mm 0 6mm}
.meta{font-family:'CertSans',sans-serif;font-size:11pt;margin:1mm 0}
.foot{margin-top:auto;width:100%;display:flex;justify-content:space-between;align-items:flex-end;text-align:left}
.sign{text-align:center;min-width:60mm}.sign p{margin:1mm 0}.line{border-top:1px solid #0b0c0c;margin-bottom:2mm}
.code{font-family:'CertSans',sans-serif;font-size:10pt}
</style></head><body><div class="frame">
${logo}
<h1>${escapeHtml(c.title)}</h1>
<p class="lead">This is to certify that</p>
<p class="name">${escapeHtml(c.learnerName)}</p>
<p class="lead">has completed</p>
<p class="course">${escapeHtml(c.courseName)}</p>
<p class="meta">Completed on ${escapeHtml(formatDate(c.completedAt))}</p>
<p class="meta">Issued on ${escapeHtml(formatDate(c.issuedAt))} by ${escapeHtml(c.organisation.name)}</p>
${validity}
<div class="foot"><div class="code"><p>Verification code: <strong>${escapeHtml(c.code)}</strong></p><p>Check it at ${escapeHtml(c.verifyUrl)}</p></div>${signatory}</div>
</div></body></html>`;
}
