/** @jest-environment node */
import { readHrFile, validateHrRow } from '@/lib/accounts/hr-rules';
import { nextFreeUsername, usernameBase } from '@/lib/accounts/username-rules';

const HEADER = 'Personnel Number,First Name,Last Name,Email,Organisation,Manager Personnel Number,Job Title';

describe('readHrFile', () => {
  it('maps headers whatever their case and spacing, numbering rows by file line', () => {
    const file = readHrFile(`${HEADER}\n90011,Sam,Taylor,Sam.Taylor@herts.gov.uk,herts,90002,Officer\n`);
    expect(file).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          cells: {
            personnel_number: '90011',
            first_name: 'Sam',
            last_name: 'Taylor',
            email: 'Sam.Taylor@herts.gov.uk',
            organisation: 'herts',
            manager_personnel_number: '90002',
            job_title: 'Officer',
          },
        },
      ],
    });
  });

  it('explains which columns are missing', () => {
    expect(readHrFile('personnel_number,first_name\n1,a')).toEqual({
      ok: false,
      message: expect.stringContaining('last_name, email, organisation'),
    });
    expect(readHrFile('')).toEqual({ ok: false, message: 'The file is empty' });
  });

  it('reads quoted cells (through lib/csv) and refuses a file with an unclosed quote', () => {
    const file = readHrFile(`${HEADER}\r\n"90011","Sam","Taylor, Jr","","herts","",""\r\n`);
    expect(file.ok && file.rows[0]?.cells.last_name).toBe('Taylor, Jr');
    expect(readHrFile(`${HEADER}\n90011,"Sam,Taylor,,herts,,\n`)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not valid CSV \(near line \d+\)/),
    });
  });
});

describe('validateHrRow', () => {
  const row = {
    personnel_number: '90011',
    first_name: 'Sam',
    last_name: 'Taylor',
    email: 'Sam.Taylor@Herts.gov.uk',
    organisation: 'herts',
    manager_personnel_number: '',
    job_title: '',
  };

  it('accepts a good row and lower-cases the email; email may be empty', () => {
    expect(validateHrRow(row)).toEqual({ ok: true, row: { ...row, email: 'sam.taylor@herts.gov.uk' } });
    expect(validateHrRow({ ...row, email: '' }).ok).toBe(true);
  });

  it('rejects rows with reasons', () => {
    expect(validateHrRow({ ...row, first_name: ' ' })).toEqual({ ok: false, reason: 'First name is missing' });
    expect(validateHrRow({ ...row, email: 'nope' })).toEqual({ ok: false, reason: 'Email address is not valid' });
    expect(validateHrRow({ ...row, personnel_number: '90 11' }).ok).toBe(false);
    expect(validateHrRow({ ...row, manager_personnel_number: '90011' })).toEqual({
      ok: false,
      reason: 'A person cannot be their own manager',
    });
  });
});

describe('usernames for approved requests', () => {
  it('builds firstname.surname without accents or spaces, and finds the next free one', () => {
    expect(usernameBase('Zoë', "O'Brien-Smith")).toBe('zoe.obrien-smith');
    expect(usernameBase('Mary Ann', 'Le Roux')).toBe('maryann.leroux');
    expect(nextFreeUsername('sam.taylor', new Set(['sam.taylor', 'sam.taylor2']))).toBe('sam.taylor3');
    expect(nextFreeUsername('sam.taylor', new Set())).toBe('sam.taylor');
  });
});
