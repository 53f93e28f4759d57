/** @jest-environment node */
import { CsvParseError, neutraliseFormula, parseCsv, toCsv } from '@/lib/csv';

describe('toCsv', () => {
  it('writes CRLF rows, quoting commas, quotes and line breaks', () => {
    expect(
      toCsv([
        ['plain', 'Smith, Jo', 'Jo "JJ" Smith'],
        ['two\nlines', 'cr\ronly', ''],
      ]),
    ).toBe('plain,"Smith, Jo","Jo ""JJ"" Smith"\r\n"two\nlines","cr\ronly",\r\n');
  });

  it('writes numbers as numbers and empty cells for null and undefined', () => {
    expect(toCsv([[3, -2.5, 0, null, undefined]])).toBe('3,-2.5,0,,\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 1992 555557', "'+44 1992 555557"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['   =HYPERLINK("http://x")', '\'   =HYPERLINK("http://x")'],
    ['\u00A0=1', "'\u00A0=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
  ])('neutralises the formula %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('leaves ordinary text alone, including = later in the cell', () => {
    for (const text of ['Sam Taylor', 'a=b', 'Room 1 - Ground floor', 'sam@herts.gov.uk', '', ' ', '2026-01-01'])
      expect(neutraliseFormula(text)).toBe(text);
  });

  it('neutralises every text cell of an export, quoting where needed', () => {
    expect(toCsv([['=HYPERLINK("x")', '@SUM(A1)', ' +1', 'ok']])).toBe(`"'=HYPERLINK(""x"")",'@SUM(A1),' +1,ok\r\n`);
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['a', 'b, c', 'say "hi"', 'x\r\ny'],
      ['1', '', 'é', 'last'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('parseCsv', () => {
  it('handles quoted cells with commas, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,2,3\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps line breaks inside quotes, accepts LF and CR line ends and drops blank lines', () => {
    expect(parseCsv('a,"x\ny"\n\n,\n')).toEqual([['a', 'x\ny']]);
    expect(parseCsv('a,b\rc,d\r\ne,f\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('allows rows of different lengths', () => {
    expect(parseCsv('a,b,c\n1\n')).toEqual([['a', 'b', 'c'], ['1']]);
  });

  it('refuses an unclosed quote with a message naming the line', () => {
    expect(() => parseCsv('a,b\n1,"two\n3,4')).toThrow(CsvParseError);
    expect(() => parseCsv('a,b\n1,"two\n3,4')).toThrow(/not valid CSV \(near line \d+\)/);
  });

  it('returns no rows for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });
});
