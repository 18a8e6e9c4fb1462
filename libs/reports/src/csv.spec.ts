import { csvCell, csvDocument } from './csv';

describe('csv', () => {
  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\t=1'])('neutralises %j so a spreadsheet reads text, not a formula', (text) => {
    expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes numbers as numbers (negative ones too) and null as an empty cell', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('ends every row with CRLF, header first', () => {
    expect(csvDocument(['number', 'subject'], [[10001, 'a, b']])).toBe('number,subject\r\n10001,"a, b"\r\n');
  });
});
