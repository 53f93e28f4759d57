/** The password rules, shown beside every field where a new password is chosen. */
export function PasswordPolicyHint({ lines, id = 'password-policy' }: { lines: string[]; id?: string }) {
  return (
    <div id={id} className="mb-6 border-l-4 border-slate-400 bg-slate-50 p-4">
      <p className="font-semibold">Your password must have:</p>
      <ul className="mt-2 list-disc pl-6">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
