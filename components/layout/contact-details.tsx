import { telHref } from '@/lib/organisations/rules';

/** Email, phone and opening hours of an organisation's iLearn+ support, as a definition list. */
export function ContactDetails({
  email,
  phone,
  hours,
}: {
  email: string | null;
  phone: string | null;
  hours: string | null;
}) {
  const phoneHref = phone ? telHref(phone) : null;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {email ? (
        <>
          <dt className="font-semibold">Email</dt>
          <dd>
            <a href={`mailto:${email}`} className="break-all text-[var(--link)] underline">
              {email}
            </a>
          </dd>
        </>
      ) : null}
      {phone ? (
        <>
          <dt className="font-semibold">Phone</dt>
          <dd>
            {phoneHref ? (
              <a href={phoneHref} className="text-[var(--link)] underline">
                {phone}
              </a>
            ) : (
              phone
            )}
          </dd>
        </>
      ) : null}
      {hours ? (
        <>
          <dt className="font-semibold">Opening hours</dt>
          <dd>{hours}</dd>
        </>
      ) : null}
    </dl>
  );
}
