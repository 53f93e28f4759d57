import Link from 'next/link';

export default function ProgramNotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Program not found</h1>
      <p className="mb-4">
        There is no program or certification you manage at this address. It may have been deleted, or another team may
        own it.
      </p>
      <Link href="/admin/programs" className="text-[var(--link)] underline">
        Back to programs and certifications
      </Link>
    </>
  );
}
