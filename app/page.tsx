// Placeholder home page (the lead replaces it).
export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-3xl font-bold">iLearn+</h1>
      <p className="mt-4">Find learning, book sessions and keep your record of learning in one place.</p>
    </main>
  );
}
