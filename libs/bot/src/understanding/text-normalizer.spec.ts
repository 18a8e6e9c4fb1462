import * as OpenCC from 'opencc-js/t2cn';
import { normalizeText } from './text-normalizer';

describe('normalizeText', () => {
  it.each([
    ['ＯＫＰａｙ　付款失敗了！！！', 'okpay 付款失败了!'],
    ['我的帳戶登陸不了？？？', '我的账户登录不了?'],
    ['I cant recieve my top-up pls help', "i can't receive my topup please help"],
    ['Sooooo   slow', 'soo slow'],
  ])('%s → %s', (raw, expected) => expect(normalizeText(raw)).toBe(expected));

  it('skips only what the traditional → simplified conversion leaves as it is', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const changed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ideographOrSurrogate = (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
      const char = String.fromCharCode(code);
      if (!ideographOrSurrogate && convert(char) !== char) changed.push(code.toString(16));
    }
    expect(changed).toEqual([]);
    expect(normalizeText('𠝹 帳戶')).toBe(convert('𠝹 帳戶').replace('帐', '账'));
  });
});
