// Every published example pair for the systems Casefile romanises, from
// ../shared/specs/korean-romanization/test-vectors.json. A pair that needs a pronunciation rule the
// spelling cannot show is listed as a known exception with the reason, and must still fail (so the
// list stays honest); everything else must pass. The pass rate per system is printed and is the
// figure the README gives.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { romaniseOdni } from './names';
import { romaniseText } from './romanise';

const vectors = JSON.parse(
  fs.readFileSync(new URL('../../../../shared/specs/korean-romanization/test-vectors.json', import.meta.url), 'utf8'),
) as {
  systems: Record<string, { name: string; tests: [string, string][] }>;
};

interface Suite {
  label: string;
  romanise: (hangul: string) => string | null;
  exceptions?: Record<string, string>;
}

const SUITES: Record<string, Suite> = {
  'moct-kor-Hang-Latn-2000': { label: 'Revised Romanization (MOCT 2000)', romanise: (h) => romaniseText(h, 'rr') },
  'bgnpcgn-kor-Hang-Latn-rok-2011': {
    label: 'Revised Romanization (BGN/PCGN 2011)',
    romanise: (h) => romaniseText(h, 'rr'),
  },
  // The 1939 tables print lower case; the BGN agreements capitalise place names.
  'var-kor-Hang-Latn-mr-1939': {
    label: 'McCune–Reischauer (1939)',
    romanise: (h) => romaniseText(h, 'mr', { capitalise: false }),
  },
  'bgn-kor-Hang-Latn-1943': { label: 'McCune–Reischauer (BGN 1943)', romanise: (h) => romaniseText(h, 'mr') },
  // The DPRK agreement keeps a word-initial ㄹ as R (Rasŏn), as the North writes it.
  'bgnpcgn-kor-Hang-Latn-kn-1945': {
    label: 'McCune–Reischauer (BGN/PCGN, DPRK)',
    romanise: (h) => romaniseText(h, 'mr', { initialSoundRule: false }),
  },
  'kp-kor-Hang-Latn-2002': {
    label: 'DPRK 2002',
    romanise: (h) => romaniseText(h, 'kp2002'),
    exceptions: {
      물곬: 'pronounced [물꼴]: a compound whose second part is tensed, which the spelling does not show (Mulgol by the letters)',
    },
  },
  'odni-kor-Hang-Latn-2015': { label: 'ODNI ICS-630-01', romanise: romaniseOdni },
};

const rates: string[] = [];
afterAll(() => {
  console.log(`Korean romanisation vectors:\n${rates.join('\n')}`);
});

describe.each(Object.entries(SUITES))('%s', (key, suite) => {
  const tests = vectors.systems[key]!.tests;
  const exceptions = suite.exceptions ?? {};
  const results = tests.map(([hangul, latin]) => ({
    hangul,
    latin,
    got: suite.romanise(hangul)?.normalize('NFC') ?? null,
  }));
  const passed = results.filter((r) => r.got === r.latin.normalize('NFC')).length;
  rates.push(
    `  ${suite.label}: ${passed}/${tests.length} (${Math.round((passed / tests.length) * 100)}%)${Object.keys(exceptions).length ? `, known exceptions: ${Object.keys(exceptions).join(', ')}` : ''}`,
  );

  it.each(results.filter((r) => !(r.hangul in exceptions)))('$hangul → $latin', ({ latin, got }) => {
    expect(got).toBe(latin.normalize('NFC'));
  });

  it.each(results.filter((r) => r.hangul in exceptions).map((r) => ({ ...r, reason: exceptions[r.hangul]! })))(
    '$hangul is a known exception: $reason',
    ({ latin, got }) => {
      expect(got).not.toBe(latin.normalize('NFC'));
    },
  );
});

describe('text that is not (only) Hangul', () => {
  it('keeps Latin, digits, Han and punctuation, and romanises the Hangul around them', () => {
    expect(romaniseText('김정은 (金正恩), 2019년', 'rr')).toBe('Gimjeongeun (金正恩), Icheonsipgunyeon');
    expect(romaniseText('Kim 여정', 'mr')).toBe('Kim Yŏjŏng');
  });

  it('keeps jamo that do not form syllables as they are, and never throws', () => {
    expect(romaniseText('ㄱㅏ', 'rr')).toBe('ㄱㅏ');
    for (const input of ['', ' ', '-', '김-', '-김', '1-', '99999999999동', '김', '\u{1F600}김']) {
      expect(() => romaniseText(input, 'mr')).not.toThrow();
    }
    // Conjoining jamo are composed first: ᄀ+ᅵ+ᆷ is the syllable 김.
    expect(romaniseText('김', 'rr')).toBe('Gim');
  });

  it('romanises a lone syllable', () => {
    expect(romaniseText('김', 'mr')).toBe('Kim');
    expect(romaniseOdni('김')).toBe('Kim');
  });

  it('gives no ODNI form for what is not a personal name', () => {
    expect(romaniseOdni('김정은2')).toBeNull();
    expect(romaniseOdni('평안남도 평성시 어딘가')).toBeNull();
  });
});
