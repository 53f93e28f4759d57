// Courses whose activities follow from their format (eLearning, workshop or blended), one row each.
import type { TeamKey } from './context';
import type { CourseSpec } from './course-spec';

export function standardCourses(): CourseSpec[] {
  // One course per line reads better than prettier's one value per line.
  // prettier-ignore
  const rows: [
    string,
    string,
    string,
    TeamKey,
    CourseSpec['format'],
    string,
    string,
    string,
    string[],
    CourseSpec['enrol'],
    Partial<CourseSpec>?,
  ][] = [
    ['SGADULTS', 'Safeguarding Adults', 'acs', 'acs', 'BLENDED', 'Recognising abuse and neglect of adults at risk and what to do about it.', 'Staff who work with adults.', '1 hour eLearning and a half-day workshop', ['safeguarding', 'abuse', 'Care Act'], 'SELF_AFTER_VIEW'],
    ['SGCHILD', 'Safeguarding Children', 'cs', 'cs', 'BLENDED', 'Recognising when a child may be at risk and how to share concerns.', 'Anyone who works with children or families.', '1 hour eLearning and a half-day workshop', ['safeguarding', 'child protection'], 'SELF_AFTER_VIEW'],
    ['FIRESAFE', 'Fire Safety', 'hs', 'hs', 'ELEARNING', 'Preventing fires at work and what to do if the alarm sounds.', 'All staff.', '20 minutes', ['fire', 'evacuation'], 'SELF_BEFORE_CONTENT'],
    ['MANHANDLE', 'Manual Handling', 'hs', 'hs', 'BLENDED', 'Safe lifting and moving to prevent back injuries.', 'Staff who lift, carry or move loads or people.', '30 minutes eLearning and a 2-hour practical session', ['lifting', 'back care'], 'SELF_AFTER_VIEW'],
    ['DSE', 'Display Screen Equipment', 'hs', 'hs', 'ELEARNING', 'Setting up your workstation, at the office or at home, to avoid aches and eye strain.', 'Anyone who uses a computer for an hour or more a day.', '20 minutes', ['workstation', 'home working'], 'SELF_BEFORE_CONTENT'],
    ['CUSTSERV', 'Customer Service Excellence', 'customer', 'hr', 'WORKSHOP', 'Delivering consistently good service, face to face, on the phone and in writing.', 'Staff who deal with the public.', 'Half-day workshop', ['customers', 'complaints'], 'SELF_AFTER_VIEW'],
    ['TIMEMGMT', 'Time Management', 'personal', 'hr', 'ELEARNING', 'Prioritising, planning and protecting your time.', 'All staff.', '30 minutes', ['productivity', 'planning'], 'SELF_BEFORE_CONTENT'],
    ['STRESS', 'Managing Stress', 'personal', 'hr', 'ELEARNING', 'Recognising the signs of stress in yourself and others and where to find support.', 'All staff.', '35 minutes', ['wellbeing', 'resilience', 'mental health'], 'SELF_BEFORE_CONTENT'],
    ['COACHING', 'Coaching Skills', 'leadership', 'hr', 'WORKSHOP', 'Using coaching conversations to help people find their own solutions.', 'Managers and team leaders.', 'One-day workshop', ['coaching', 'GROW model'], 'SELF_AFTER_VIEW'],
    ['RECRUIT', 'Recruitment and Selection', 'leadership', 'hr', 'BLENDED', 'Fair, safe and effective recruitment from advert to offer.', 'Anyone who sits on an interview panel.', '45 minutes eLearning and a half-day workshop', ['interviews', 'safer recruitment'], 'SELF_AFTER_VIEW'],
    ['LONEWORK', 'Lone Working', 'hs', 'hs', 'ELEARNING', 'Staying safe when you work alone or visit people in their homes.', 'Staff who work alone or out in the community.', '25 minutes', ['personal safety', 'home visits'], 'SELF_BEFORE_CONTENT'],
    ['FIRSTAID', 'First Aid Awareness', 'hs', 'hs', 'ELEARNING', 'What to do in the first few minutes of a medical emergency.', 'All staff.', '40 minutes', ['first aid', 'CPR', 'emergency'], 'SELF_BEFORE_CONTENT'],
    ['DOMABUSE', 'Domestic Abuse Awareness', 'cs', 'cs', 'ELEARNING', 'Understanding domestic abuse, its impact on families and how to respond.', 'All staff; essential for those working with families.', '1 hour', ['domestic abuse', 'safeguarding'], 'SELF_BEFORE_CONTENT'],
    ['MENTALH', 'Mental Health Awareness', 'personal', 'hr', 'ELEARNING', 'Talking about mental health and supporting colleagues who are struggling.', 'All staff.', '45 minutes', ['wellbeing', 'mental health'], 'SELF_BEFORE_CONTENT'],
    ['PMESS', 'Project Management Essentials', 'leadership', 'hr', 'ELEARNING', 'Scoping, planning and controlling small projects.', 'Staff who run or support projects.', '1 hour', ['projects', 'planning'], 'SELF_BEFORE_CONTENT'],
    ['REPORTW', 'Report Writing', 'personal', 'hr', 'WORKSHOP', 'Structuring and writing reports that decision makers read and act on.', 'Staff who write reports for managers or members.', 'Half-day workshop', ['writing', 'reports'], 'SELF_AFTER_VIEW'],
    ['EXCEL', 'Excel Essentials', 'it', 'hr', 'ELEARNING', 'Formulas, sorting, filtering and simple charts in Microsoft Excel.', 'Anyone new to Excel.', '1 hour 30 minutes', ['Microsoft 365', 'spreadsheets'], 'SELF_BEFORE_CONTENT'],
    ['EQUALITY', 'Equality Act Essentials', 'corporate', 'hr', 'ELEARNING', 'The Equality Act 2010, protected characteristics and the public sector equality duty.', 'All staff.', '30 minutes', ['equality', 'law', 'PSED'], 'SELF_BEFORE_CONTENT'],
    ['MGRINDUCT', 'Induction for Managers', 'induction', 'hr', 'BLENDED', 'Policies, systems and support for managers who are new to the council.', 'Managers in their first three months.', 'eLearning and a one-day workshop', ['induction', 'managers'], 'SELF_AFTER_VIEW'],
    ['ACSRECORD', 'Recording in Adult Care', 'acs', 'acs', 'ELEARNING', 'Writing clear, accurate and person-centred case records.', 'Adult Care Services practitioners.', '45 minutes', ['recording', 'case notes'], 'SELF_BEFORE_CONTENT'],
    ['LIBCUST', 'Library Customer Service Standards', 'libraries', 'libraries', 'ELEARNING', 'The standards every library visitor can expect and how we meet them.', 'Libraries staff.', '30 minutes', ['libraries', 'customers'], 'SELF_BEFORE_CONTENT', { sme: 'Gill Winters' }],
    ['SCHSAFE', 'Safeguarding in Schools', 'send', 'cs', 'ELEARNING', 'Keeping Children Safe in Education: what every member of school staff must know.', 'All school staff.', '1 hour', ['KCSIE', 'schools', 'safeguarding'], 'SELF_BEFORE_CONTENT', { visibility: 'RESTRICTED', organisations: ['schools'] }],
    ['SCHBUS', 'School Business Management Essentials', 'corporate', 'hr', 'ELEARNING', 'Budgets, procurement and HR for school business managers.', 'School business managers.', '1 hour 30 minutes', ['schools', 'finance'], 'SELF_BEFORE_CONTENT', { visibility: 'RESTRICTED', organisations: ['schools'] }],
    ['WBCINDUCT', 'Watford Borough Council Induction', 'induction', 'hr', 'ELEARNING', 'An introduction to Watford Borough Council for new staff.', 'New Watford Borough Council staff.', '40 minutes', ['induction', 'Watford'], 'SELF_BEFORE_CONTENT', { visibility: 'RESTRICTED', organisations: ['wbc'] }],
    ['WBCCUST', 'Watford Customer Service Charter', 'customer', 'hr', 'ELEARNING', "The standards in Watford Borough Council's customer charter.", 'Watford Borough Council customer-facing staff.', '25 minutes', ['Watford', 'customers'], 'SELF_BEFORE_CONTENT', { visibility: 'RESTRICTED', organisations: ['wbc'] }],
  ];
  return rows.map(
    ([shortName, fullName, category, team, format, summary, forText, length, keywords, enrol, extra]) => ({
      shortName,
      fullName,
      category,
      team,
      format,
      summary,
      aim: `This course covers ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`,
      forText,
      length,
      keywords,
      enrol,
      reviewedMonthsAgo: 3 + ((shortName.length * 7) % 20),
      ...extra,
    }),
  );
}
