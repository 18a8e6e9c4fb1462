import { DestinationSlot } from './message-slots';

/**
 * Countries, regions and big cities customers send money to, in both languages, by ISO 3166-1
 * alpha-2. Mainland China (and its big cities) is CN; Hong Kong, Macau and Taiwan have their own
 * codes because sending there is cross-border for a mainland wallet.
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  CN: ['mainland china', 'mainland', 'china', 'beijing', 'shanghai', 'guangzhou', 'shenzhen', 'chengdu', 'hangzhou',
    '中国大陆', '中国内地', '中国', '大陆', '内地', '国内', '境内', '北京', '上海', '广州', '深圳', '成都', '杭州', '武汉', '南京', '重庆', '西安', '天津'],
  HK: ['hong kong', 'hongkong', 'hk', '香港'],
  MO: ['macau', 'macao', '澳门'],
  TW: ['taiwan', 'taipei', '台湾', '台北'],
  US: ['united states', 'the states', 'the us', 'the usa', 'usa', 'america', 'new york', 'nyc', 'los angeles', 'san francisco', 'seattle', 'chicago',
    '美国', '纽约', '洛杉矶', '旧金山', '西雅图', '芝加哥'],
  GB: ['united kingdom', 'the uk', 'uk', 'britain', 'england', 'scotland', 'london', 'manchester', '英国', '伦敦', '曼彻斯特'],
  JP: ['japan', 'tokyo', 'osaka', 'kyoto', '日本', '东京', '大阪', '京都'],
  KR: ['south korea', 'korea', 'seoul', 'busan', '韩国', '首尔', '釜山'],
  SG: ['singapore', '新加坡'],
  DE: ['germany', 'berlin', 'munich', 'frankfurt', '德国', '柏林', '慕尼黑', '法兰克福'],
  FR: ['france', 'paris', '法国', '巴黎'],
  IT: ['italy', 'rome', 'milan', '意大利', '罗马', '米兰'],
  ES: ['spain', 'madrid', 'barcelona', '西班牙', '马德里', '巴塞罗那'],
  NL: ['netherlands', 'holland', 'amsterdam', '荷兰', '阿姆斯特丹'],
  CH: ['switzerland', 'zurich', 'geneva', '瑞士', '苏黎世', '日内瓦'],
  SE: ['sweden', 'stockholm', '瑞典'],
  IE: ['ireland', 'dublin', '爱尔兰'],
  BE: ['belgium', 'brussels', '比利时'],
  AT: ['austria', 'vienna', '奥地利', '维也纳'],
  PT: ['portugal', 'lisbon', '葡萄牙'],
  RU: ['russia', 'moscow', '俄罗斯', '莫斯科'],
  AU: ['australia', 'sydney', 'melbourne', '澳大利亚', '澳洲', '悉尼', '墨尔本'],
  NZ: ['new zealand', 'auckland', '新西兰', '奥克兰'],
  CA: ['canada', 'toronto', 'vancouver', 'montreal', '加拿大', '多伦多', '温哥华'],
  MX: ['mexico', '墨西哥'],
  BR: ['brazil', '巴西'],
  TH: ['thailand', 'bangkok', '泰国', '曼谷'],
  MY: ['malaysia', 'kuala lumpur', '马来西亚', '吉隆坡'],
  ID: ['indonesia', 'jakarta', 'bali', '印度尼西亚', '印尼', '雅加达', '巴厘岛'],
  PH: ['philippines', 'manila', '菲律宾', '马尼拉'],
  VN: ['vietnam', 'hanoi', 'ho chi minh', '越南', '河内', '胡志明'],
  KH: ['cambodia', '柬埔寨'],
  MM: ['myanmar', '缅甸'],
  LA: ['laos', '老挝'],
  IN: ['india', 'mumbai', 'delhi', '印度', '孟买', '新德里'],
  PK: ['pakistan', '巴基斯坦'],
  AE: ['uae', 'dubai', 'abu dhabi', '阿联酋', '迪拜'],
  SA: ['saudi arabia', '沙特'],
  IL: ['israel', '以色列'],
  TR: ['türkiye', 'istanbul', '土耳其', '伊斯坦布尔'],
  EG: ['egypt', '埃及'],
  ZA: ['south africa', '南非'],
  NG: ['nigeria', '尼日利亚'],
  KZ: ['kazakhstan', '哈萨克斯坦'],
};

const COUNTRY_OF = new Map<string, string>(
  Object.entries(PLACES).flatMap(([country, names]) => names.map((name) => [name, country] as const)),
);

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest first, so "印度尼西亚" wins over "印度" and "south korea" over "korea". English names stand
// as whole words; "us" alone is a pronoun ("help us"), so the USA needs "the us", "usa", "u.s." ….
const NAMES = [...COUNTRY_OF.keys()].sort((a, b) => b.length - a.length);
const PLACE = new RegExp(
  [
    // The normalizer turns a lone "u" into "you", so "u.s." arrives as "you.s.".
    String.raw`(?<![a-z])(?:u|you)\.s\.(?:a\.?)?`,
    `(?<![a-z])(?:${NAMES.filter((name) => /^[a-z]/.test(name)).map(escape).join('|')})(?![a-z])`,
    NAMES.filter((name) => !/^[a-z]/.test(name)).join('|'),
  ].join('|'),
  'g',
);
// "中国银行" is a bank, not a destination.
const NOT_A_PLACE = /^(?:银行|移动|联通|电信|工商|建设|农业|人民银行|招商)/;

export interface PlaceMention extends DestinationSlot {
  readonly index: number;
}

/**
 * Every place named in a normalized message (lower case, simplified Chinese), in order.
 * `text` is the words as found, `index` where they start.
 */
export function findPlaces(normalized: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of normalized.matchAll(PLACE)) {
    const country = COUNTRY_OF.get(m[0]) ?? 'US';
    if (country === 'CN' && m[0] === '中国' && NOT_A_PLACE.test(normalized.slice(m.index + 2))) continue;
    found.push({ country, text: m[0], index: m.index });
  }
  return found;
}
