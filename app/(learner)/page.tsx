import type { Metadata } from 'next';
import Link from 'next/link';
import { isNavMenu, resolveNav, type NavLink } from '@/components/layout/nav-items';
import { requirePageViewer } from '@/lib/auth/guards';
import { getBranding } from '@/lib/organisations/queries';
import { hasRequiredLearning } from '@/lib/programs/queries';

export const metadata: Metadata = { title: 'Home' };

export default async function HomePage() {
  const viewer = await requirePageViewer('/');
  const [branding, requiredLearning] = await Promise.all([
    getBranding(viewer.organisationId),
    hasRequiredLearning(viewer),
  ]);
  // The same links as the task bar (so the same people see them), with their descriptions.
  const areas = resolveNav({ viewer, hasRequiredLearning: requiredLearning })
    .flatMap((entry): NavLink[] => (isNavMenu(entry) ? entry.items : [entry]))
    .filter((link) => link.description);

  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Welcome back, {viewer.firstName}</h1>
      <p className="mt-2 text-lg">You are signed in to iLearn+ for {branding.name}.</p>
      {requiredLearning ? (
        <p className="mt-4 border-l-4 border-[var(--brand)] pl-4 text-lg">
          You have mandatory learning to complete.{' '}
          <Link href="/required-learning" className="text-[var(--link)] underline">
            See your required learning
          </Link>
          .
        </p>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Where do you want to go?</h2>
      <ul className="mt-4 grid list-none gap-4 md:grid-cols-2">
        {areas.map((area) => (
          <li key={area.href} className="border-t-4 border-[var(--brand)] bg-slate-50 p-4">
            <h3 className="text-xl font-bold">
              <Link href={area.href} className="text-[var(--link)] underline underline-offset-2 hover:decoration-2">
                {area.label}
              </Link>
            </h3>
            <p className="mt-1">{area.description}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        Need a hand?{' '}
        <Link href="/help" className="text-[var(--link)] underline">
          Read our help and contact details
        </Link>
        .
      </p>
    </>
  );
}
