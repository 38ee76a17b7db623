// Rosters for the calculator tests and figures: valid resident ID numbers (GB 11643, MOD 11-2)
// and CSV text. Nothing here knows a subsidy rule: expected amounts live in the tests.
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

// birth 'YYYY-MM-DD', seq 0..999 (odd = male), area code
export function idNumber(birth, seq, area = '330302') {
  const body = area + birth.replaceAll('-', '') + String(seq % 1000).padStart(3, '0');
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * W[i];
  return body + CHECK[s % 11];
}
// the same number with a wrong check character
export function badCheck(id) {
  const right = id[17];
  return id.slice(0, 17) + CHECK[(CHECK.indexOf(right) + 1) % 11];
}

// a plausible adult born 1980..1999
export function person(i) {
  const y = 1980 + (i * 7) % 20;
  const m = String(1 + (i * 5) % 12).padStart(2, '0');
  const d = String(1 + (i * 3) % 28).padStart(2, '0');
  return { name: `学员${i + 1}`, id: idNumber(`${y}-${m}-${d}`, (i * 37) % 1000) };
}

const cell = (v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
export const toCsv = (rows) => `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
