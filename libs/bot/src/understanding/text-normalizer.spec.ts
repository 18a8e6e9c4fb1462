import { normalizeText } from './text-normalizer';

describe('normalizeText', () => {
  it.each([
    ['ＯＫＰａｙ　付款失敗了！！！', 'okpay 付款失败了!'],
    ['我的帳戶登陸不了？？？', '我的账户登录不了?'],
    ['I cant recieve my top-up pls help', "i can't receive my topup please help"],
    ['Sooooo   slow', 'soo slow'],
  ])('%s → %s', (raw, expected) => expect(normalizeText(raw)).toBe(expected));
});
