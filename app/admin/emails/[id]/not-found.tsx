import Link from 'next/link';

export default function EmailNotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Email not found</h1>
      <p className="mb-4 text-lg">There is no email at this address. It may have been removed.</p>
      <p>
        <Link href="/admin/emails" className="text-[var(--link)] underline">
          Back to emails
        </Link>
      </p>
    </>
  );
}
