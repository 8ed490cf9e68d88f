// TIMEX3 values of mixed precision as time ranges, the way the store reads
// them: a year covers the whole year, a decade ten years, "1990-WI" January
// and February 1990. Times are UTC milliseconds; `hi` is exclusive.

const DAY = 86400000;
const SEASONS = {
  SP: [3, 21, 6, 20], SU: [6, 21, 9, 22], FA: [9, 23, 12, 20], AU: [9, 23, 12, 20],
  WI: [1, 1, 2, 29], H1: [1, 1, 6, 30], H2: [7, 1, 12, 31],
  Q1: [1, 1, 3, 31], Q2: [4, 1, 6, 30], Q3: [7, 1, 9, 30], Q4: [10, 1, 12, 31],
};

function utc(y, m, d) {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getTime();
}

function monthDays(y, m) {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function yearSpan(year) {
  if (!/^[0-9]{1,4}X*$/.test(year) || year.length !== 4) return null;
  const digits = year.replace(/X+$/, '');
  const width = 10 ** (4 - digits.length);
  const base = parseInt(digits, 10) * width;
  return [base, base + width - 1, width];
}

/** {lo, hi, precision} for a TIMEX3 value, or null when it is not a calendar date. */
export function parse(value) {
  if (!value || typeof value !== 'string') return null;
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const ra = parse(a), rb = parse(b);
    return ra && rb && ra.lo < rb.hi ? { lo: ra.lo, hi: rb.hi, precision: 'range' } : null;
  }
  const parts = value.split('-');
  const ys = yearSpan(parts[0]);
  if (!ys) return null;
  const [y0, y1, width] = ys;
  if (parts.length === 1) {
    const precision = width === 1 ? 'year' : width === 10 ? 'decade' : 'century';
    return { lo: utc(y0, 1, 1), hi: utc(y1 + 1, 1, 1), precision };
  }
  if (width !== 1 || parts.length > 3) return null;
  const y = y0, second = parts[1];
  if (SEASONS[second] && parts.length === 2) {
    const [m0, d0, m1, d1] = SEASONS[second];
    return { lo: utc(y, m0, d0), hi: utc(y, m1, Math.min(d1, monthDays(y, m1))) + DAY, precision: 'season' };
  }
  const w = /^W([0-9]{1,2})$/.exec(second);
  if (w && parts.length === 2) {
    const n = parseInt(w[1], 10);
    if (n < 1 || n > 53) return null;
    const lo = utc(y, 1, 1) + (n - 1) * 7 * DAY;
    return { lo, hi: Math.min(lo + 7 * DAY, utc(y + 1, 1, 1)), precision: 'week' };
  }
  if (!/^[0-9]{2}$/.test(second)) return null;
  const m = parseInt(second, 10);
  if (m < 1 || m > 12) return null;
  if (parts.length === 2) return { lo: utc(y, m, 1), hi: utc(y, m, monthDays(y, m)) + DAY, precision: 'month' };
  if (!/^[0-9]{2}$/.test(parts[2])) return null;
  const d = parseInt(parts[2], 10);
  if (d < 1 || d > monthDays(y, m)) return null;
  return { lo: utc(y, m, d), hi: utc(y, m, d) + DAY, precision: 'day' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASON_NAMES = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter', H1: 'first half', H2: 'second half', Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4' };

/** A reader's label for a TIMEX3 value: "March 1991", "the 1960s", "winter 1990". */
export function label(value) {
  if (!value) return 'undated';
  if (value.includes('/')) return value.split('/').map(label).join(' – ');
  const parts = value.split('-');
  const ys = yearSpan(parts[0]);
  if (!ys) return value;
  if (parts.length === 1) {
    if (ys[2] === 10) return 'the ' + ys[0] + 's';
    if (ys[2] === 100) return 'the ' + ys[0] + 's (century)';
    return String(ys[0]);
  }
  const y = parts[0];
  if (SEASON_NAMES[parts[1]]) return SEASON_NAMES[parts[1]] + ' ' + y;
  if (/^W/.test(parts[1])) return 'week ' + parts[1].slice(1) + ', ' + y;
  const m = parseInt(parts[1], 10);
  if (!(m >= 1 && m <= 12)) return value;
  if (parts.length === 2) return MONTHS[m - 1] + ' ' + y;
  return parseInt(parts[2], 10) + ' ' + MONTHS[m - 1] + ' ' + y;
}

export { DAY, MONTHS, utc };
