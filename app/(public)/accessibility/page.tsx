import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Accessibility statement' };

const H2 = 'mt-8 text-2xl font-bold';
const LINK = 'text-[var(--link)] underline';

export default function AccessibilityPage() {
  return (
    <div className="max-w-3xl space-y-3">
      <h1 className="text-3xl font-bold md:text-4xl">Accessibility statement for iLearn+</h1>
      <p className="text-lg">
        iLearn+ is the learning portal for council staff and partner organisations. We want as many people as possible
        to be able to use it.
      </p>

      <h2 className={H2}>Using iLearn+</h2>
      <p>You should be able to:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use every page with a keyboard only, with a visible highlight showing where you are</li>
        <li>use a screen reader, screen magnifier or speech recognition software</li>
        <li>use iLearn+ on a phone as well as on a computer</li>
        <li>turn off animations by choosing reduced motion in your device settings</li>
      </ul>
      <p>
        We built iLearn+ to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, following the
        patterns of the GOV.UK Design System.
      </p>

      <h2 className={H2}>What may not be accessible</h2>
      <p>Some content is produced outside iLearn+ and may be harder to use:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          eLearning modules are made by different suppliers and open in their own window. Some may not work fully with a
          keyboard or screen reader.
        </li>
        <li>Documents attached to courses, such as PDFs, may not be tagged for screen readers.</li>
        <li>Certificates are PDF files designed for printing.</li>
      </ul>
      <p>
        If you cannot use a piece of learning, tell the team that owns the course (their contact details are on the
        course page) and they will arrange another way for you to complete it.
      </p>

      <h2 className={H2}>Feedback and reporting a problem</h2>
      <p>
        If you find a problem that we have not listed, or you need information in a different format, contact your
        organisation&apos;s iLearn+ support team. Their details are on our{' '}
        <Link href="/help#contact" className={LINK}>
          help and contact page
        </Link>
        . Tell us the web address of the page, what the problem is and what device and software you are using.
      </p>

      <h2 className={H2}>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to
        your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2 className={H2}>How we test iLearn+</h2>
      <p>
        Every change is checked by automated tests that sign in as each kind of user, use the pages with a keyboard at
        desktop and phone widths, and scan them for accessibility problems. We fix anything serious before it is
        released.
      </p>
      <p>This statement was prepared on 28 November 2026.</p>
    </div>
  );
}
