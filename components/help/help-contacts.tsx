import { ContactDetails } from '@/components/layout/contact-details';
import type { HelpContext } from '@/lib/help/queries';

/** The reader's organisation's iLearn+ support contacts (organisation settings), or everyone's when signed out. */
export function HelpContacts({ context }: { context: HelpContext }) {
  const { contacts, organisation } = context;
  if (contacts.length === 0) {
    return (
      <p className="mt-3">
        Ask your line manager or your learning and development team
        {organisation ? ` at ${organisation.name}` : ''}.
      </p>
    );
  }
  if (organisation) {
    const [own] = contacts;
    return (
      <div className="mt-3 border-l-4 border-[var(--brand-accent)] bg-slate-50 p-4" data-testid="help-contacts">
        <p className="font-semibold">iLearn+ support for {organisation.name}</p>
        <ContactDetails email={own!.contactEmail} phone={own!.contactPhone} hours={own!.contactHours} />
      </div>
    );
  }
  return (
    <div className="mt-3 border-l-4 border-[var(--brand-accent)] bg-slate-50 p-4" data-testid="help-contacts">
      <p>Contact the iLearn+ support team of the organisation you work for:</p>
      <ul className="mt-2 space-y-4">
        {contacts.map((org) => (
          <li key={org.id}>
            <p className="font-semibold">{org.name}</p>
            <ContactDetails email={org.contactEmail} phone={org.contactPhone} hours={org.contactHours} />
          </li>
        ))}
      </ul>
    </div>
  );
}
