// The people of the demo, planned in memory from the seeded PRNG: an HCC hierarchy per directorate (director ->
// heads of service -> team managers -> staff), schools and Watford, with the fixed demo accounts in place.
import type { OrgKey, Person } from './context';
import type { Rng } from './random';

export type Plan = Omit<Person, 'id'> & { authMethod: 'MANUAL' | 'SSO'; isSiteAdmin: boolean; hrStartDays: number };

const FIRST = [
  'Aisha',
  'Ben',
  'Chloe',
  'Daniel',
  'Eleanor',
  'Farhan',
  'Grace',
  'Harry',
  'Imogen',
  'Jack',
  'Kiran',
  'Laura',
  'Mohammed',
  'Nadia',
  'Oliver',
  'Poppy',
  'Rajesh',
  'Sophie',
  'Tom',
  'Uma',
  'Victoria',
  'William',
  'Yasmin',
  'Zara',
  'Amelia',
  'Callum',
  'Deborah',
  'Ethan',
  'Fiona',
  'George',
  'Hannah',
  'Isaac',
  'Jasmine',
  'Kwame',
  'Lucy',
  'Martin',
  'Niamh',
  'Owen',
  'Paula',
  'Rosie',
  'Stuart',
  'Tariq',
  'Vanessa',
  'Wendy',
  'Adam',
  'Bethany',
  'Carl',
  'Dawn',
  'Emeka',
  'Frances',
  'Gemma',
  'Hugo',
  'Ivy',
  'Joanne',
  'Liam',
  'Megan',
  'Nathan',
  'Olivia',
];
const LAST = [
  'Adams',
  'Begum',
  'Clarke',
  'Davies',
  'Evans',
  'Fletcher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Mitchell',
  'Nowak',
  'Okafor',
  'Parker',
  'Quinn',
  'Robinson',
  'Singh',
  'Thompson',
  'Turner',
  'Walker',
  'Wright',
  'Young',
  'Ahmed',
  'Bennett',
  'Campbell',
  'Dixon',
  'Ellis',
  'Foster',
  'Gray',
  'Harris',
  'Jackson',
  'Kelly',
  'Lawrence',
  'Murphy',
  'Nelson',
  'Owen',
  'Patel',
  'Reid',
  'Shaw',
  'Taylor',
  'Wilson',
  'Ward',
  'Chapman',
  'Barker',
  'Cooper',
  'Doyle',
  'Fisher',
  'Hall',
  'Marshall',
  'Palmer',
  'Russell',
  'Stevens',
  'Webb',
];

const HCC_DOMAIN = 'hertfordshire.gov.uk';

class Roster {
  readonly plans: Plan[] = [];
  private readonly names = new Set<string>();
  private nextNumber = 31207;

  constructor(private readonly rng: Rng) {}

  private name(): [string, string] {
    for (;;) {
      const first = this.rng.pick(FIRST);
      const last = this.rng.pick(LAST);
      const key = `${first}.${last}`.toLowerCase();
      if (!this.names.has(key)) {
        this.names.add(key);
        return [first, last];
      }
    }
  }

  reserve(first: string, last: string): void {
    this.names.add(`${first}.${last}`.toLowerCase());
  }

  personnelNumber(): string {
    this.nextNumber += this.rng.int(3, 61);
    return String(this.nextNumber);
  }

  add(plan: Partial<Plan> & Pick<Plan, 'org' | 'title' | 'department' | 'managerUsername'>): Plan {
    const [first, last] = plan.firstName && plan.lastName ? [plan.firstName, plan.lastName] : this.name();
    const username =
      plan.username ??
      (plan.org === 'hcc'
        ? this.personnelNumber()
        : plan.org === 'wbc'
          ? `wbc-${this.personnelNumber()}`
          : `${first}.${last}`.toLowerCase());
    const domain =
      plan.org === 'hcc' ? HCC_DOMAIN : plan.org === 'wbc' ? 'watford.gov.uk' : schoolDomain(plan.department);
    const full: Plan = {
      username,
      firstName: first,
      lastName: last,
      email: plan.email === null ? null : (plan.email ?? `${first}.${last}@${domain}`.toLowerCase()),
      org: plan.org,
      title: plan.title,
      department: plan.department,
      managerUsername: plan.managerUsername,
      isManager: plan.isManager ?? false,
      status: plan.status ?? 'ACTIVE',
      authMethod: plan.authMethod ?? 'MANUAL',
      isSiteAdmin: plan.isSiteAdmin ?? false,
      hrStartDays: plan.hrStartDays ?? -this.rng.int(120, 4000),
    };
    this.plans.push(full);
    return full;
  }

  /** A manager's team of `count` staff with job titles drawn from `titles`. */
  team(org: OrgKey, department: string, managerUsername: string, titles: readonly string[], count: number): Plan[] {
    return Array.from({ length: count }, () =>
      this.add({ org, department, managerUsername, title: this.rng.pick(titles) }),
    );
  }
}

function schoolDomain(school: string): string {
  return `${school.split(' ')[0]?.toLowerCase() ?? 'school'}.herts.sch.uk`;
}

/** The hierarchy, planned in memory first so it is the same on every run. */
export function planPeople(rng: Rng): Plan[] {
  const r = new Roster(rng);
  const fixedNames: [string, string][] = [
    ['Alex', 'Morgan'],
    ['Priya', 'Shah'],
    ['Sam', 'Taylor'],
    ['Desiree', 'Blair'],
    ['Gill', 'Winters'],
    ['Jordan', 'Reeves'],
    ['John', 'Smith'],
    ['Chris', 'Patel'],
  ];
  for (const [f, l] of fixedNames) r.reserve(f, l);

  // Adult Care Services: Alex Morgan (head of service) -> Priya Shah (team manager) -> Sam Taylor and 7 others.
  const acsTitles = [
    'Social Care Practitioner',
    'Care Assistant',
    'Occupational Therapist',
    'Social Worker',
    'Reablement Support Worker',
  ].map((t) => `${t} - Adult Care Services`);
  const acsDirector = r.add({
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: null,
    title: 'Director of Adult Care Services',
    isManager: true,
  });
  r.add({
    username: '90001',
    firstName: 'Alex',
    lastName: 'Morgan',
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: acsDirector.username,
    title: 'Head of Service - Adult Care Services',
    isManager: true,
  });
  r.add({
    username: '90002',
    firstName: 'Priya',
    lastName: 'Shah',
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: '90001',
    title: 'Team Manager - Adult Care Services',
    isManager: true,
  });
  r.add({
    username: '90011',
    firstName: 'Sam',
    lastName: 'Taylor',
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: '90002',
    title: 'Social Care Practitioner - Adult Care Services',
    hrStartDays: -1200,
  });
  for (let n = 12; n <= 18; n++) {
    r.add({
      username: `900${n}`,
      org: 'hcc',
      department: 'Adult Care Services',
      managerUsername: '90002',
      title: rng.pick(acsTitles),
      // One of Priya's team has no email address (credentials go to the manager) and one signs in with SSO.
      email: n === 16 ? null : undefined,
      authMethod: n === 14 ? 'SSO' : 'MANUAL',
      hrStartDays: n === 18 ? -20 : undefined,
    });
  }
  const acsTm2 = r.add({
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: '90001',
    title: 'Team Manager - Adult Care Services',
    isManager: true,
  });
  r.team('hcc', 'Adult Care Services', acsTm2.username, acsTitles, 6);
  const acsHead2 = r.add({
    org: 'hcc',
    department: 'Adult Care Services',
    managerUsername: acsDirector.username,
    title: 'Head of Service - Adult Care Services',
    isManager: true,
  });
  for (let t = 0; t < 2; t++) {
    const tm = r.add({
      org: 'hcc',
      department: 'Adult Care Services',
      managerUsername: acsHead2.username,
      title: 'Team Manager - Adult Care Services',
      isManager: true,
    });
    r.team('hcc', 'Adult Care Services', tm.username, acsTitles, 6);
  }

  // Children's Services.
  const csTitles = [
    'Social Worker',
    'Family Support Worker',
    'SEND Officer',
    'Early Years Practitioner',
    'Youth Worker',
  ].map((t) => `${t} - Children's Services`);
  const csDirector = r.add({
    org: 'hcc',
    department: "Children's Services",
    managerUsername: null,
    title: "Director of Children's Services",
    isManager: true,
  });
  for (let h = 0; h < 2; h++) {
    const head = r.add({
      org: 'hcc',
      department: "Children's Services",
      managerUsername: csDirector.username,
      title: "Head of Service - Children's Services",
      isManager: true,
    });
    for (let t = 0; t < 2; t++) {
      const tm = r.add({
        org: 'hcc',
        department: "Children's Services",
        managerUsername: head.username,
        title: "Team Manager - Children's Services",
        isManager: true,
      });
      const staff = r.team('hcc', "Children's Services", tm.username, csTitles, 7);
      if (h === 1 && t === 1 && staff[2]) staff[2].status = 'SUSPENDED';
      if (h === 0 && staff[4]) staff[4].email = null;
    }
  }

  // Libraries (Gill Winters runs Libraries L&D).
  const libDirector = r.add({
    org: 'hcc',
    department: 'Libraries',
    managerUsername: null,
    title: 'Director of Community Services',
    isManager: true,
  });
  const libHead = r.add({
    org: 'hcc',
    department: 'Libraries',
    managerUsername: libDirector.username,
    title: 'Head of Libraries',
    isManager: true,
  });
  r.add({
    username: '90004',
    firstName: 'Gill',
    lastName: 'Winters',
    org: 'hcc',
    department: 'Libraries',
    managerUsername: libHead.username,
    title: 'Libraries Workforce Development Officer',
  });
  const libTitles = [
    'Customer Service Supervisor - Libraries',
    'Assistant Customer Service Supervisor - Libraries',
    'Library Assistant',
    'Library Assistant',
    'Library Assistant',
  ];
  for (const town of ['Stevenage', 'Hertford', 'St Albans']) {
    const manager = r.add({
      org: 'hcc',
      department: 'Libraries',
      managerUsername: libHead.username,
      title: `Library Manager - ${town}`,
      isManager: true,
    });
    const staff = r.team('hcc', 'Libraries', manager.username, libTitles, 6);
    if (town === 'Hertford' && staff[5]) staff[5].email = null;
  }

  // Resources: HR (Desiree Blair, Jordan Reeves), ICT, Finance.
  const resDirector = r.add({
    org: 'hcc',
    department: 'Resources',
    managerUsername: null,
    title: 'Director of Resources',
    isManager: true,
  });
  const hrHead = r.add({
    org: 'hcc',
    department: 'Resources',
    managerUsername: resDirector.username,
    title: 'Head of HR and Organisational Development',
    isManager: true,
  });
  const ldManager = r.add({
    org: 'hcc',
    department: 'Resources',
    managerUsername: hrHead.username,
    title: 'Learning and Development Manager',
    isManager: true,
  });
  r.add({
    username: '90003',
    firstName: 'Desiree',
    lastName: 'Blair',
    org: 'hcc',
    department: 'Resources',
    managerUsername: ldManager.username,
    title: 'Learning and Development Adviser - HR L&D',
  });
  r.add({
    username: 'ilearn.admin',
    firstName: 'Jordan',
    lastName: 'Reeves',
    org: 'hcc',
    department: 'Resources',
    managerUsername: ldManager.username,
    title: 'iLearn+ Systems Administrator',
    isSiteAdmin: true,
  });
  r.team(
    'hcc',
    'Resources',
    ldManager.username,
    ['Learning and Development Adviser - HR L&D', 'Learning and Development Coordinator'],
    4,
  );
  const ictHead = r.add({
    org: 'hcc',
    department: 'Resources',
    managerUsername: resDirector.username,
    title: 'Head of ICT',
    isManager: true,
  });
  for (const area of ['Service Desk', 'Information Governance']) {
    const tm = r.add({
      org: 'hcc',
      department: 'Resources',
      managerUsername: ictHead.username,
      title: `${area} Manager`,
      isManager: true,
    });
    const staff = r.team('hcc', 'Resources', tm.username, [`${area} Analyst`, `${area} Officer`], 6);
    for (const s of staff.slice(0, 2)) s.authMethod = 'SSO';
  }

  // Environment and Infrastructure.
  const envDirector = r.add({
    org: 'hcc',
    department: 'Environment and Infrastructure',
    managerUsername: null,
    title: 'Director of Environment and Infrastructure',
    isManager: true,
  });
  const envHead = r.add({
    org: 'hcc',
    department: 'Environment and Infrastructure',
    managerUsername: envDirector.username,
    title: 'Head of Highways Operations',
    isManager: true,
  });
  for (const area of ['Highways Inspection', 'Waste Management', 'Countryside Access']) {
    const tm = r.add({
      org: 'hcc',
      department: 'Environment and Infrastructure',
      managerUsername: envHead.username,
      title: `${area} Team Manager`,
      isManager: true,
    });
    r.team('hcc', 'Environment and Infrastructure', tm.username, [`${area} Officer`, `${area} Technician`], 6);
  }

  // Hertfordshire Schools: head teachers and their staff; usernames are firstname.surname.
  const schools = [
    'Oakwood Primary School',
    'Hatfield Meadows Academy',
    'Bishops Stortford High School',
    'Ware Park Infant School',
  ];
  const schoolTitles = ['Teaching Assistant', 'Class Teacher', 'School Business Manager', 'Midday Supervisor', 'SENCo'];
  schools.forEach((school, index) => {
    const head = r.add({
      org: 'schools',
      department: school,
      managerUsername: null,
      title: `Head Teacher - ${school}`,
      isManager: true,
    });
    if (index === 0) {
      r.add({
        username: 'john.smith',
        firstName: 'John',
        lastName: 'Smith',
        org: 'schools',
        department: school,
        managerUsername: head.username,
        title: `Teaching Assistant - ${school}`,
      });
    }
    const staff = r.team(
      'schools',
      school,
      head.username,
      schoolTitles.map((t) => `${t} - ${school}`),
      7,
    );
    if (index === 2 && staff[3]) staff[3].email = null;
  });

  // Watford Borough Council: wbc- usernames.
  const wbcHead = r.add({
    org: 'wbc',
    department: 'Watford Borough Council',
    managerUsername: null,
    title: 'Head of Customer Services',
    isManager: true,
  });
  const wbcTitles = [
    'Customer Services Officer',
    'Revenues Officer',
    'Housing Officer',
    'Environmental Health Officer',
  ];
  for (let t = 0; t < 2; t++) {
    const tm = r.add({
      org: 'wbc',
      department: 'Watford Borough Council',
      managerUsername: wbcHead.username,
      title: 'Team Leader',
      isManager: true,
    });
    if (t === 0) {
      r.add({
        username: 'wbc-40001',
        firstName: 'Chris',
        lastName: 'Patel',
        org: 'wbc',
        department: 'Watford Borough Council',
        managerUsername: tm.username,
        title: 'Customer Services Officer',
      });
    }
    r.team('wbc', 'Watford Borough Council', tm.username, wbcTitles, 9);
  }
  return r.plans;
}
