// Real newspaper sentences for the benchmark library. Tiny seeded articles (a title and one line)
// hide what search costs on a real library, where an article is a few kilobytes and common words
// occur in almost every document. So the bench builds ~5 KB articles from the sentences of the 30
// saved web pages in ../shared/corpus/web-pages (the Readability test pages), and gives one article
// in eight a Korean or Chinese paragraph, as an analyst's library of East Asian reporting has.
import fs from 'node:fs';
import path from 'node:path';

const CORPUS = path.resolve(import.meta.dirname, '../../../../shared/corpus/web-pages');

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Every sentence of the corpus pages' paragraphs that reads like prose (no markup, no code). */
export function corpusSentences(): string[] {
  const seen = new Set<string>();
  for (const name of fs.readdirSync(CORPUS).sort()) {
    const file = path.join(CORPUS, name, 'source.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
    for (const [, inner] of html.matchAll(/<p[\s>][^>]*>?([\s\S]*?)<\/p>/gi)) {
      const text = decodeEntities(inner!.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim();
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"‘])/u)) {
        if (
          sentence.length >= 40 &&
          sentence.length <= 400 &&
          /[.!?”"]$/.test(sentence) &&
          !/[{}<>|\\]|https?:|lorem|ipsum|©/i.test(sentence)
        )
          seen.add(sentence);
      }
    }
  }
  return [...seen];
}

/** News-style paragraphs in Korean and Chinese (border trade, customs, smuggling). */
export const CJK_PARAGRAPHS = [
  '양강도 혜산시 세관을 통해 마스크와 의약품이 밀반입되고 있다고 현지 소식통이 전했다. 소식통에 따르면 무역회사 간부들이 야간에 물품을 옮겼다.',
  '김여정 노동당 부부장의 담화가 발표된 뒤 국경 지역의 단속이 강화되었다. 주민들은 중국산 물품 가격이 크게 올랐다고 말했다.',
  '신의주 세관 앞에는 화물차가 길게 늘어서 있었고, 검역 절차 때문에 통관이 며칠씩 지연되었다고 무역 관계자가 밝혔다.',
  '함경북도 무산군에서는 밀수 혐의로 주민 여러 명이 체포되었으며, 보위부가 휴대전화 사용을 집중적으로 감시하고 있다.',
  '据知情人士透露，丹东海关近期加强了对朝鲜方向货物的检查，多家贸易公司的集装箱被扣留。',
  '消息人士称，一家贸易公司在夜间通过图们口岸运送医疗物资，当地边防部队对此睁一只眼闭一只眼。',
  '中国商务部公布的数据显示，中朝贸易额在今年前三个月大幅下降，主要原因是边境防疫措施。',
  '延边地区的走私活动仍在继续，海关官员表示将对违规企业依法处罚。',
];

/** A small, fast, deterministic generator, so every bench run builds the same library. */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  title: string;
  text: string;
  /** [start, end) of each sentence in `text`, for excerpts to anchor to. */
  sentences: [number, number][];
}

/** An article of about `bytes` UTF-8 bytes: a title line, then paragraphs of corpus sentences. */
export function generateArticle(
  pool: readonly string[],
  random: () => number,
  n: number,
  bytes = 5000,
): GeneratedArticle {
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  const title = pick()
    .replace(/[.!?”"]+$/, '')
    .slice(0, 120);
  let text = `${title}\n\n`;
  const sentences: [number, number][] = [];
  let size = Buffer.byteLength(text);
  let inParagraph = 0;
  while (size < bytes) {
    let sentence = pick();
    if (n % 8 === 0 && sentences.length === 3) sentence = CJK_PARAGRAPHS[(n / 8) % CJK_PARAGRAPHS.length]!;
    const sep = inParagraph === 0 ? '' : ' ';
    sentences.push([text.length + sep.length, text.length + sep.length + sentence.length]);
    text += sep + sentence;
    size += Buffer.byteLength(sep + sentence);
    if (++inParagraph >= 4) {
      text += '\n\n';
      inParagraph = 0;
    }
  }
  return { title, text: text.trimEnd(), sentences };
}

const SURNAMES = [
  ['Kim', '김'],
  ['Lee', '이'],
  ['Park', '박'],
  ['Choi', '최'],
  ['Jung', '정'],
  ['Kang', '강'],
  ['Cho', '조'],
  ['Yoon', '윤'],
  ['Jang', '장'],
  ['Ri', '리'],
  ['Han', '한'],
  ['Oh', '오'],
] as const;
const GIVEN = [
  ['Yo', '여'],
  ['Jong', '정'],
  ['Min', '민'],
  ['Su', '수'],
  ['Hyon', '현'],
  ['Yong', '영'],
  ['Ho', '호'],
  ['Jin', '진'],
  ['Song', '성'],
  ['Chol', '철'],
  ['Hui', '희'],
  ['U', '우'],
  ['Gwang', '광'],
  ['Nam', '남'],
] as const;

/** A Korean person's name with the spellings an analyst meets: "Kim Yo-jong", "Kim Yo Jong", 김여정. */
export function generatePerson(i: number): { name: string; aliases: string[] } {
  const [sr, sh] = SURNAMES[i % SURNAMES.length]!;
  const [ar, ah] = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
  const [br, bh] = GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length]!;
  return { name: `${sr} ${ar}-${br.toLowerCase()}`, aliases: [`${sr} ${ar} ${br}`, `${sh}${ah}${bh}`] };
}
