import Link from 'next/link';

export default function OrganisationNotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Organisation not found</h1>
      <p className="mb-4 text-lg">There is no organisation at this address.</p>
      <p>
        <Link href="/admin/organisations" className="text-[var(--link)] underline">
          Back to organisations
        </Link>
      </p>
    </>
  );
}
