import Link from 'next/link';
import { telHref, type Branding } from '@/lib/organisations/rules';

/** Footer with the organisation's support contacts and links to Help and the accessibility statement. */
export function SiteFooter({ branding }: { branding: Branding | null }) {
  const hasContact = Boolean(branding?.contactEmail || branding?.contactPhone);
  const phoneHref = branding?.contactPhone ? telHref(branding.contactPhone) : null;
  return (
    <footer className="mt-auto border-t-4 border-[var(--brand)] bg-slate-100 text-slate-800">
      <div className="mx-auto grid max-w-[1100px] gap-6 px-4 py-8 md:grid-cols-2">
        {branding && hasContact ? (
          <div>
            <h2 className="text-lg font-bold">Help and contact</h2>
            <p className="mt-1">iLearn+ support for {branding.name}</p>
            <ul className="mt-2 space-y-1">
              {branding.contactEmail ? (
                <li>
                  Email:{' '}
                  <a href={`mailto:${branding.contactEmail}`} className="break-all text-[var(--link)] underline">
                    {branding.contactEmail}
                  </a>
                </li>
              ) : null}
              {branding.contactPhone ? (
                <li>
                  Phone:{' '}
                  {phoneHref ? (
                    <a href={phoneHref} className="text-[var(--link)] underline">
                      {branding.contactPhone}
                    </a>
                  ) : (
                    branding.contactPhone
                  )}
                </li>
              ) : null}
              {branding.contactHours ? <li>Opening hours: {branding.contactHours}</li> : null}
            </ul>
          </div>
        ) : (
          <div>
            <h2 className="text-lg font-bold">Help and contact</h2>
            <p className="mt-1">Problems signing in or using iLearn+? Our help page says who to contact.</p>
          </div>
        )}
        <nav aria-label="Support links">
          <h2 className="sr-only">Support links</h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 md:justify-end">
            <li>
              <Link href="/help" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
                Help
              </Link>
            </li>
            <li>
              <Link href="/accessibility" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
                Accessibility statement
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
