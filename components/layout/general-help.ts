// The built-in answers on the Help page, written for every organisation. Organisation-specific help
// (Organisation.helpHtml) and contact details are shown alongside them.

export type HelpTopic = {
  id: string;
  question: string;
  answer: string[];
  /** The real screens the answer talks about (each path is a page of the app; a test checks). */
  links?: { href: string; label: string }[];
};

export const GENERAL_HELP: HelpTopic[] = [
  {
    id: 'logging-in',
    question: 'How do I log in?',
    answer: [
      'Go to the login page and enter your iLearn+ username and password under "Manual login". Usernames are case sensitive, so type yours exactly as it appears in your account email.',
      'Staff usernames are usually your personnel number. Partner organisations may add a prefix to the number, and other users normally have a username made from their first name and surname.',
      'New accounts start with a temporary password. The first time you log in you will be asked to choose a new one.',
    ],
  },
  {
    id: 'forgotten-details',
    question: 'I have forgotten my username or password',
    answer: [
      'You can sort this out yourself. On the login page, under "Manual login", choose "Forgotten your username or password?". That page sends you a link to set a new password, and links to the page that emails you your username.',
      'Forgotten password: enter your username or the email address on your account, and we email you a link to set a new password. The link works once and only for a short time, so use it straight away.',
      'Forgotten username: enter the email address on your account, and we email you your username.',
      'If you log in automatically from a work device, you do not have a separate iLearn+ password: use "Automatic login", and ask your IT service desk if you have forgotten your work password. If your account has no email address, ask your line manager or your organisation’s iLearn+ support team (details on this page) to reset it for you.',
    ],
    links: [
      { href: '/forgot-password', label: 'Forgotten your password?' },
      { href: '/forgot-username', label: 'Forgotten your username?' },
      { href: '/login', label: 'Go to the login page' },
    ],
  },
  {
    id: 'finding-learning',
    question: 'How do I find a course?',
    answer: [
      'Use "Find Learning" in the task bar at the top of every page to browse courses, programs and certifications by category, or type a course name or keyword into the search box next to it.',
      'What you can see depends on your organisation and role, so a colleague elsewhere may see a different list.',
    ],
  },
  {
    id: 'my-learning',
    question: 'Where can I see my learning?',
    answer: [
      'Open "My Learning" in the task bar and choose "Record of Learning" to see everything you are enrolled on or have completed, with completion dates.',
      '"Required Learning" appears in the same menu only when you have mandatory learning still to do.',
    ],
  },
  {
    id: 'certificates',
    question: 'How do I get my certificate?',
    answer: [
      'When a course gives a certificate, it becomes available on the course page as soon as you have completed the course. You can download it as a PDF to save or print.',
      'The date on a certificate is the date you completed the course. Refresher (certification) courses give a new certificate each time you recertify.',
    ],
  },
  {
    id: 'workshops',
    question: 'How do I book or cancel a workshop?',
    answer: [
      'Workshops (face-to-face or virtual sessions) are listed on their course page with dates, times, venue and the number of places left. Choose a session to see more information and sign up, or join the waiting list when it is full.',
      'You can cancel a booking from the same page, giving a reason. We email you when you book or cancel, with a calendar invite.',
    ],
  },
  {
    id: 'who-to-contact',
    question: 'Who do I contact?',
    answer: [
      'For questions about a course’s content, use the contact details shown on that course page: they belong to the team that owns it.',
      'If you are not sure what learning you need to do, ask your line manager first.',
      'For problems with iLearn+ itself, such as logging in, bookings or records, contact your organisation’s iLearn+ support team using the details on this page. For problems with your computer or browser, contact your ICT service desk.',
    ],
  },
];
