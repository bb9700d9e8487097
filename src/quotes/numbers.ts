/**
 * Numbers written in words folded to digits, so `a hundred thousand dead people` (003) and
 * `100,000 people killed` (004) share their number when scoring similarity.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Replace each run of number words in `keys` (lower-case word keys) by its value in digits. */
export function foldNumberWords(keys: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < keys.length) {
    const k = keys[i]!;
    const startsNumber = k in UNITS || k === 'hundred' || k in SCALES || ((k === 'a' || k === 'an') && isScale(keys[i + 1]));
    if (!startsNumber) {
      out.push(k);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    if (k === 'a' || k === 'an') {
      current = 1;
      j++;
    }
    for (; j < keys.length; j++) {
      const w = keys[j]!;
      if (w in UNITS) current += UNITS[w]!;
      else if (w === 'hundred') current = (current || 1) * 100;
      else if (w in SCALES) {
        total += (current || 1) * SCALES[w]!;
        current = 0;
      } else if (w === 'and' && j + 1 < keys.length && (keys[j + 1]! in UNITS) && j > i) continue;
      else break;
    }
    out.push(String(total + current));
    i = j;
  }
  return out;
}

function isScale(k: string | undefined): boolean {
  return k !== undefined && (k === 'hundred' || k in SCALES);
}
