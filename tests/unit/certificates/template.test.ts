// The certificate template: what it prints, that it escapes what people typed, and that it fetches nothing.
import { newVerificationCode, normaliseVerificationCode } from '@/lib/certificates/codes';
import { certificateHtml, type CertificateContent } from '@/lib/certificates/template';
import { setDisplayTimeZone } from '@/lib/format';

const fonts = {
  regular: 'data:font/ttf;base64,AAA',
  bold: 'data:font/ttf;base64,BBB',
  sans: 'data:font/ttf;base64,CCC',
};

function content(over: Partial<CertificateContent> = {}): CertificateContent {
  return {
    title: 'Certificate of completion',
    learnerName: 'Sam Taylor',
    courseName: 'Data Protection',
    completedAt: new Date('2026-03-29T00:30:00Z'), // 29 March in London, the night the clocks change
    issuedAt: new Date('2026-03-30T09:00:00Z'),
    validUntil: new Date('2028-03-29T00:30:00Z'),
    code: 'KX7P2MQR9D',
    verifyUrl: 'https://ilearn.example.org/verify/KX7P2MQR9D',
    organisation: {
      name: 'Hertfordshire County Council',
      primaryColour: '#1d4f91',
      logoText: 'HCC',
      logoDataUrl: null,
    },
    signatory: { name: 'Jo Bloggs', title: 'Head of L&D' },
    ...over,
  };
}

beforeAll(() => setDisplayTimeZone('Europe/London'));

it('prints the learner, course, dates, code, verify address, organisation and signatory', () => {
  const html = certificateHtml(content(), fonts);
  for (const text of [
    'Sam Taylor',
    'Data Protection',
    'Completed on 29 March 2026',
    'Issued on 30 March 2026 by Hertfordshire County Council',
    'Valid until 29 March 2028',
    'KX7P2MQR9D',
    'https://ilearn.example.org/verify/KX7P2MQR9D',
    'Jo Bloggs',
    'Head of L&amp;D',
    'HCC',
  ])
    expect(html).toContain(text);
  expect(html).toContain('size:A4 landscape');
});

it('leaves out the validity line and signatory when there are none, and shows a logo when given', () => {
  const html = certificateHtml(
    content({
      validUntil: null,
      signatory: null,
      organisation: { name: 'WBC', primaryColour: '#000', logoText: null, logoDataUrl: 'data:image/png;base64,QQ==' },
    }),
    fonts,
  );
  expect(html).not.toContain('Valid until');
  expect(html).not.toContain('class="sign"');
  expect(html).toContain('<img class="logo" src="data:image/png;base64,QQ=="');
});

it('escapes names and titles, and ignores a colour that is not a colour', () => {
  const html = certificateHtml(
    content({
      learnerName: '<script>alert(1)</script>',
      courseName: 'Fire & "Safety"',
      organisation: { name: 'X', primaryColour: 'red;}</style><script>', logoText: null, logoDataUrl: null },
    }),
    fonts,
  );
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('Fire &amp; &quot;Safety&quot;');
  expect(html).toContain('#1d4f91');
});

it('embeds its fonts and refers to nothing on the network', () => {
  const html = certificateHtml(content(), fonts);
  expect(html).toContain("src:url(data:font/ttf;base64,AAA) format('truetype')");
  // The only absolute address is the verify link, printed as text.
  const urls = [...html.matchAll(/(?:src|href)\s*=\s*"([^"]*)"|url\(([^)]*)\)/g)].map((m) => m[1] ?? m[2]);
  expect(urls.every((u) => u!.startsWith('data:'))).toBe(true);
});

it('verification codes: 10 unambiguous characters; typed codes are normalised', () => {
  const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
  expect(codes.size).toBe(200);
  for (const code of codes) expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{10}$/);
  expect(normaliseVerificationCode(' kx7p-2mqr 9d ')).toBe('KX7P2MQR9D');
  expect(normaliseVerificationCode('<x>')).toBeNull();
  expect(normaliseVerificationCode('')).toBeNull();
});
