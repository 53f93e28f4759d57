// Section 2 of the guide: finding and sharing learning (Find Learning, Record of Learning, Required Learning,
// the course page's Share link).
import type { HelpTopic } from '../types';

export const FINDING_LEARNING_TOPICS: HelpTopic[] = [
  {
    slug: 'find-a-course',
    section: 'finding-learning',
    title: 'How do I find a course?',
    guideQuestion: 'How can I find a course on iLearn+?',
    summary: 'Search from the task bar or Find Learning, filter by type and format, or browse by category.',
    keywords: [
      'search',
      'catalogue',
      'browse',
      'category',
      'find learning',
      'course search',
      'program',
      'certification',
    ],
    body: [
      'Type a course name or keyword in the search box in the task bar at the top of every page and select "Search", or open [Find Learning](/find-learning).',
      'Find Learning searches courses, programs and certifications by name and keywords. Be as specific as you can: a broad word such as "safeguarding" finds many results. Narrow them down with the filters: Type (courses, programs or certifications), Format (eLearning, workshop or blended) and Category, then select "Apply filters".',
      'You can also browse: Find Learning lists the categories under "Browse by category", and each category page lists its learning.',
      'What you see depends on your organisation and your role, so a colleague elsewhere may see a different list.',
    ],
    links: [{ href: '/find-learning', label: 'Find Learning' }],
    related: ['enrol-on-a-course', 'share-a-course', 'record-of-learning'],
  },
  {
    slug: 'record-of-learning',
    section: 'finding-learning',
    title: 'Where can I see the learning I have enrolled on or completed?',
    guideQuestion: "How do I see a list of the learning I've enrolled on or completed?",
    summary: 'My Learning › Record of Learning lists every course with its progress and completion dates.',
    keywords: ['my learning', 'history', 'completed courses', 'transcript', 'export', 'evidence', 'progress'],
    body: [
      'Open "My Learning" in the task bar and select [Record of Learning](/record-of-learning). The Courses tab lists every course you have enrolled on, with your progress, the completion date and any previous completions. Select a course title to go back to the course and finish what is left.',
      {
        kind: 'list',
        items: [
          '100% means the course is complete. Anything less means some of its activities are still to do.',
          '"See course criteria" means the course does not record completion: select it to read on the course page what the course expects.',
        ],
      },
      'Depending on your learning, Record of Learning also has these tabs:',
      {
        kind: 'list',
        items: [
          '[Programs](/record-of-learning/programs): sets of courses assigned to you, such as an induction.',
          '[Certifications](/record-of-learning/certifications): mandatory learning you renew on a schedule.',
          '[Other Evidence](/record-of-learning/evidence): learning you did outside iLearn+. Select "Add evidence" to upload a record of it.',
        ],
      },
      'To keep a copy of your whole record, for an audit or a new job, use "Download your whole record" at the top of the page: PDF, Excel or CSV.',
    ],
    links: [
      { href: '/record-of-learning', label: 'Record of Learning' },
      { href: '/record-of-learning/evidence/new', label: 'Add evidence of learning done elsewhere' },
    ],
    related: ['outstanding-learning', 'complete-a-course', 'certifications'],
  },
  {
    slug: 'outstanding-learning',
    section: 'finding-learning',
    title: 'How do I see the learning I still have to do?',
    guideQuestion: 'How do I see a list of outstanding learning?',
    summary: 'Required Learning lists the mandatory programs and certifications you have not completed yet.',
    keywords: ['required learning', 'mandatory', 'overdue', 'due', 'outstanding', 'to do', 'compliance'],
    body: [
      'Open "My Learning" in the task bar. When you have mandatory learning to do, it shows [Required Learning](/required-learning) as well as Record of Learning.',
      {
        kind: 'list',
        items: [
          'Required Learning lists only the mandatory programs and certifications you have not completed, with their due dates, and says when one is overdue.',
          'Record of Learning lists everything you are enrolled on, complete or not.',
        ],
      },
      'If you have no required learning, "Required Learning" does not appear in the menu. Your Home page also shows what is due next.',
      {
        kind: 'inset',
        text: 'Your manager or your learning and development team may ask you to do other learning as well as your Required Learning.',
      },
    ],
    links: [
      { href: '/required-learning', label: 'Required Learning' },
      { href: '/record-of-learning', label: 'Record of Learning' },
      { href: '/', label: 'Home' },
    ],
    related: ['record-of-learning', 'certifications', 'programs'],
  },
  {
    slug: 'share-a-course',
    section: 'finding-learning',
    title: 'How do I share a course with a colleague?',
    guideQuestion: 'How do I share a course from iLearn+?',
    summary: 'Copy the course page address, or use the course page’s Share link to start an email.',
    keywords: ['share', 'link', 'url', 'send', 'email a course', 'colleague', 'recommend'],
    body: [
      'Find the course and open its page. Copy the web address from your browser’s address bar and paste it into an email or message.',
      'Many course pages also have a "Share" link under the course title. It opens a new email with the course name and its address already filled in.',
      'Not everyone can see every course: what people see depends on their organisation. Share courses only with colleagues in your organisation, as people outside it may not be able to open them.',
    ],
    links: [{ href: '/find-learning', label: 'Find Learning' }],
    related: ['find-a-course', 'enrol-on-a-course'],
  },
];
