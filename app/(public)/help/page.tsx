import Link from 'next/link';
import type { Metadata } from 'next';
import { ContactDetails } from '@/components/layout/contact-details';
import { GENERAL_HELP } from '@/components/layout/general-help';
import { getViewer } from '@/lib/auth/viewer';
import { getBranding, listOrganisationContacts } from '@/lib/organisations/queries';
import { helpHtmlToParagraphs } from '@/lib/organisations/rules';

export const metadata: Metadata = { title: 'Help and contact' };

export default async function HelpPage() {
  const viewer = await getViewer();
  const branding = viewer ? await getBranding(viewer.organisationId) : null;
  const contacts = branding ? [] : await listOrganisationContacts();
  const orgHelp = helpHtmlToParagraphs(branding?.helpHtml);

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">Help and contact</h1>
      <p className="mt-2 text-lg">Answers to common questions about iLearn+, and who to contact when you need help.</p>

      <nav aria-label="On this page" className="mt-6">
        <h2 className="text-lg font-bold">On this page</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href="#contact" className="text-[var(--link)] underline">
              Contact iLearn+ support
            </a>
          </li>
          {GENERAL_HELP.map((topic) => (
            <li key={topic.id}>
              <a href={`#${topic.id}`} className="text-[var(--link)] underline">
                {topic.question}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="contact" className="mt-8">
        <h2 id="contact" className="text-2xl font-bold">
          Contact iLearn+ support
        </h2>
        {branding ? (
          <>
            <p className="mt-2">Support for {branding.name}:</p>
            {branding.contactEmail || branding.contactPhone ? (
              <ContactDetails
                email={branding.contactEmail}
                phone={branding.contactPhone}
                hours={branding.contactHours}
              />
            ) : (
              <p className="mt-2">Ask your line manager or your learning and development team.</p>
            )}
            {orgHelp.map((paragraph, i) => (
              <p key={i} className="mt-3">
                {paragraph}
              </p>
            ))}
          </>
        ) : contacts.length > 0 ? (
          <>
            <p className="mt-2">Contact the iLearn+ support team of the organisation you work for.</p>
            {contacts.map((org) => (
              <div key={org.id} className="mt-4">
                <h3 className="text-xl font-bold">{org.name}</h3>
                <ContactDetails email={org.contactEmail} phone={org.contactPhone} hours={org.contactHours} />
              </div>
            ))}
          </>
        ) : (
          <p className="mt-2">Ask your line manager or your learning and development team.</p>
        )}
      </section>

      {GENERAL_HELP.map((topic) => (
        <section key={topic.id} aria-labelledby={topic.id} className="mt-8">
          <h2 id={topic.id} className="text-2xl font-bold">
            {topic.question}
          </h2>
          {topic.answer.map((paragraph, i) => (
            <p key={i} className="mt-3">
              {paragraph}
            </p>
          ))}
          {topic.links?.length ? (
            <ul className="mt-3 space-y-1">
              {topic.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="inline-flex min-h-11 items-center text-[var(--link)] underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
