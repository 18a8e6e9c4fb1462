import { findPlaces } from './place-names';
import { normalizeText } from './text-normalizer';

const countries = (text: string) => findPlaces(normalizeText(text)).map((place) => place.country);

describe('findPlaces', () => {
  it.each([
    ['wiring money to the US next week', ['US']],
    ['she lives in the u.s.', ['US']],
    ['from London to Tokyo', ['GB', 'JP']],
    ['寄钱到香港和澳门', ['HK', 'MO']],
    ['給臺灣的朋友', ['TW']],
    ['想汇到印度尼西亚', ['ID']],
    ['my cousin in south korea', ['KR']],
    ['从国内转出去', ['CN']],
    ['transfer within mainland china', ['CN']],
  ])('%s → %p', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it.each(['can you help us', 'tell us why', '中国银行的卡', 'hkd is fine', 'a turkey sandwich'])('finds no place in %p', (text) => {
    expect(countries(text)).toEqual([]);
  });

  it('says where each place was found, as written in the normalized text', () => {
    expect(findPlaces('send it to japan')).toEqual([{ country: 'JP', text: 'japan', index: 11 }]);
  });
});
