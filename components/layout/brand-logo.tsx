import Link from 'next/link';
import type { Branding } from '@/lib/organisations/rules';

/**
 * The product name and, when signed in, the organisation it is branded for. Links home. The name may wrap: at 200 %
 * text on a phone "Hertfordshire County Council" is wider than the screen.
 */
export function BrandLogo({ branding, showOrganisation }: { branding: Branding; showOrganisation: boolean }) {
  return (
    <Link
      href="/"
      className="inline-flex min-h-11 max-w-full min-w-0 flex-col justify-center py-1 text-white no-underline [overflow-wrap:anywhere]"
    >
      <span className="text-2xl leading-tight font-bold">{branding.logoText}</span>
      {showOrganisation && branding.organisationId !== null && branding.name !== branding.logoText ? (
        <span className="text-sm leading-tight">{branding.name}</span>
      ) : null}
    </Link>
  );
}
