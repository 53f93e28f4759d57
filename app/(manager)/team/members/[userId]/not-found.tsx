import Link from 'next/link';

export default function TeamMemberNotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        We could not find that person in your team. You can only see the learning of people who report directly to you.
      </p>
      <p className="mt-4">
        <Link href="/team" className="text-[var(--link)] underline">
          Go to My Team
        </Link>
      </p>
    </>
  );
}
