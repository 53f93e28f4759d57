// Section 8 of the guide: certifications, programs, My Team, systems access requests, commissioning learning and
// further support.
import type { HelpTopic } from '../types';

export const MORE_TOPICS: HelpTopic[] = [
  {
    slug: 'certifications',
    section: 'more',
    title: 'Why do I have to complete a course again? What is a certification?',
    guideQuestion: 'Why do I have to re-complete courses / what is a certification?',
    summary:
      'A certification is mandatory learning you renew on a schedule; its renewal window opens before it expires.',
    keywords: [
      'certification',
      'recertify',
      'renew',
      'renewal',
      'refresher',
      'expiry',
      'expired',
      'window opens',
      'mandatory',
      'compliance',
      're-complete',
    ],
    body: [
      'Some courses have to be completed again at regular intervals. These are certifications. A certification is usually:',
      {
        kind: 'list',
        items: [
          'required for legal or compliance reasons, or recommended by a regulator such as the Information Commissioner’s Office or Ofsted;',
          'about something that puts you, the people you work with or your organisation at risk if it is not done properly;',
          'different from one organisation and service to another, in its courses and how often you renew it.',
        ],
      },
      { kind: 'heading', text: 'Your certifications' },
      'Open "My Learning" › "Record of Learning" and select the [Certifications](/record-of-learning/certifications) tab. For each certification you see its due date, its status (Certified, Window open, In progress, Expired or Not certified), its renewal status, when the window opens, when it expires, when you completed it, how many times you completed it before, and your progress.',
      {
        kind: 'list',
        items: [
          '"Window opens" is the first date you can renew, usually about a month before the expiry date. There is nothing to redo before then.',
          'When the window opens, we email you, the status shows "Window open" and "Due for renewal", and the certification’s courses start again for you. Complete them before the expiry date.',
          'If you have not renewed a week before the expiry date, we email you a reminder. If it expires, we tell you and your manager.',
          'Select the number under "Previous completions" to see the dates of your earlier completions and which one is current.',
        ],
      },
      'If a course in the certification gives a certificate, the date on your new certificate is your latest completion date.',
      'Certifications you need to act on also appear in [Required Learning](/required-learning), and your [Home](/) page may show your compliance percentage and your certifications with their status.',
    ],
    links: [
      { href: '/record-of-learning/certifications', label: 'Your certifications' },
      { href: '/required-learning', label: 'Required Learning' },
    ],
    related: ['certificate-date', 'outstanding-learning', 'programs'],
  },
  {
    slug: 'programs',
    section: 'more',
    title: 'What is a learning program?',
    guideQuestion: 'What is a learning program?',
    summary:
      'A program is a set of courses to complete, such as an induction; find yours in Record of Learning › Programs.',
    keywords: ['program', 'programme', 'induction', 'set of courses', 'pathway', 'launch course', 'assigned'],
    body: [
      'A learning program is a set of courses you need to complete. The most common is an induction program.',
      'Open "My Learning" › "Record of Learning" and select the [Programs](/record-of-learning/programs) tab. It lists the programs assigned to you, with their due date or status, previous completions and your progress through the whole program.',
      'Select a program’s name to see why it is assigned to you, the date it was assigned, its due date and your progress. Its courses are grouped in sets, each saying whether all its courses must be completed or they are optional. Select "Launch course" to open a course.',
      'Some sets open only when you have completed the sets before them: the program page says so, and so does the course page of a course that is not open yet.',
      'Courses in a program are added to your Record of Learning for you: their course page says you were enrolled because of the program.',
    ],
    links: [
      { href: '/record-of-learning/programs', label: 'Your programs' },
      { href: '/required-learning', label: 'Required Learning' },
    ],
    related: ['certifications', 'outstanding-learning', 'enrol-on-a-course'],
  },
  {
    slug: 'my-team',
    section: 'more',
    title: 'Can I see my team’s learning?',
    guideQuestion: "Can I see my teams' learning records in iLearn+?",
    summary: 'Line managers see their direct reports’ learning in My Team, with four tabs and full reports to export.',
    keywords: [
      'my team',
      'manager',
      'line manager',
      'direct reports',
      'staff',
      'team records',
      'report',
      'export',
      'compliance',
      'reminder',
    ],
    body: [
      'If you are a line manager, "My Team" appears in the task bar. It shows the learning of your direct reports.',
      {
        kind: 'list',
        items: [
          'You see only the people who report directly to you, not the people who report to them: their own manager sees them.',
          'Someone with more than one job has their records held against the manager of their main job, so you may not see them. If so, they can download their Record of Learning and share it with you.',
        ],
      },
      '[My Team](/team) has four tabs:',
      {
        kind: 'list',
        items: [
          '[My Team](/team): your direct reports, with their last login and courses started and completed. For each person, open their Profile, Bookings, Records or Required learning.',
          '[My Team Certifications](/team/certifications): each certification assigned to your team and whether each person is certified, not certified or expired.',
          '[My Team Programs](/team/programs): the programs your team is assigned, such as induction, complete or not.',
          '[My Team Courses](/team/courses): the courses your team has enrolled on, with their completion status.',
        ],
      },
      'Under each tab, "View full report" lets you filter and sort the rows and export them to Excel or CSV. [Your team’s workshop bookings](/team/bookings) lists their upcoming and past bookings with attendance.',
      'If the list of your direct reports is wrong, contact iLearn+ support with the changes needed.',
      { kind: 'contacts' },
    ],
    links: [
      { href: '/team', label: 'My Team' },
      { href: '/team/bookings', label: 'Your team’s workshop bookings' },
    ],
    related: ['certifications', 'programs', 'record-of-learning'],
  },
  {
    slug: 'systems-access',
    section: 'more',
    title: 'I have done the systems training: why can’t I use the system?',
    guideQuestion: "I've done systems training (LCS / IES / EYES) why can't I access the system?",
    summary:
      'Finish the course, then send the access request on its course page; the iLearn+ team cannot grant access.',
    keywords: [
      'system access',
      'LCS',
      'IES',
      'EYES',
      'access request',
      'systems training',
      'login to system',
      'permission',
    ],
    body: [
      'The course page of systems training says how to get access to the system. Often there is an access request activity on the course page: a form you fill in to ask the team that looks after the system for access.',
      {
        kind: 'steps',
        items: [
          'Check that you have completed the training: the course shows 100% in your [Record of Learning](/record-of-learning). Until the eLearning it needs is complete, the request page says "You cannot request access yet" and why.',
          'Open the access request activity, fill in the form and select "Send request". We email you a copy.',
          'The team that looks after the system deals with it. The request page shows its status (Submitted, In progress, Granted or Refused) and any note from the team, and we email you when the status changes. If it was refused, you can send a new request.',
        ],
      },
      { kind: 'inset', text: 'The iLearn+ support team cannot give you access to council systems.' },
      'If you have completed the training and followed the instructions on the course page, and still cannot use the system:',
      {
        kind: 'list',
        items: [
          'speak to your line manager, to check they have asked for access for you;',
          'then contact your ICT service desk.',
        ],
      },
    ],
    links: [{ href: '/record-of-learning', label: 'Record of Learning' }],
    related: ['complete-a-course', 'contact-support'],
  },
  {
    slug: 'commission-learning',
    section: 'more',
    title: 'Who do I contact to ask for new learning?',
    guideQuestion: 'Who do I contact to commission new learning?',
    summary: 'Ask your learning and development team, or your HR business partner.',
    keywords: [
      'new course',
      'commission',
      'request training',
      'create learning',
      'new elearning',
      'new workshop',
      'blended',
    ],
    body: [
      'If you want a new piece of learning, whether eLearning, workshops or a mix of both:',
      {
        kind: 'list',
        items: [
          'speak to your local learning and development team;',
          'or speak to your HR business partner;',
          'or, if you work for a partner organisation, speak to your own learning and development, training or HR team.',
        ],
      },
      'The teams that own courses in iLearn+ are named under "Course details" on each course page, with their contact details.',
    ],
    links: [{ href: '/find-learning', label: 'Find Learning' }],
    related: ['course-content-contact', 'contact-support'],
  },
  {
    slug: 'contact-support',
    section: 'more',
    title: 'Who can I contact for more help?',
    guideQuestion: 'Who can I contact for further support?',
    summary:
      'Your organisation’s iLearn+ support team; your line manager for what to learn; your ICT service desk for computer problems.',
    keywords: ['contact', 'support', 'help desk', 'helpdesk', 'phone', 'email', 'opening hours', 'ict', 'it'],
    body: [
      'For help with iLearn+ itself, such as logging in, bookings or your records, contact your organisation’s iLearn+ support team:',
      { kind: 'contacts' },
      'If you are not sure what learning you need to do, ask your line manager first.',
      'For problems with your computer, browser or work account, contact your ICT service desk.',
      'For questions about what a course covers, contact the team named under "Course details" on the course page.',
    ],
    links: [{ href: '/help', label: 'All help topics' }],
    related: ['course-content-contact', 'forgotten-password', 'commission-learning'],
  },
];
