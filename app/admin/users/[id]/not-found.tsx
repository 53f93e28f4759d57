import Link from 'next/link';

export default function UserNotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Account not found</h1>
      <p className="mb-4">There is no account at this address. It may have been deleted, or the link may be wrong.</p>
      <Link href="/admin/users" className="text-[var(--link)] underline">
        Back to users
      </Link>
    </>
  );
}
