import Link from 'next/link';
import type { Branding } from '@/lib/organisations/rules';

/** The product name and, when signed in, the organisation it is branded for. Links home. */
export function BrandLogo({ branding, showOrganisation }: { branding: Branding; showOrganisation: boolean }) {
  return (
    <Link href="/" className="inline-flex min-h-11 flex-col justify-center py-1 text-white no-underline">
      <span className="text-2xl leading-tight font-bold">{branding.logoText}</span>
      {showOrganisation && branding.organisationId !== null && branding.name !== branding.logoText ? (
        <span className="text-sm leading-tight">{branding.name}</span>
      ) : null}
    </Link>
  );
}
