import fc from 'fast-check';
import { slotsOf } from '../dialog/dialogue-test-slots';
import { MessageSlots } from './message-slots';
import { extractSlots } from './slot-extractor';

const TODAY = '2026-11-22';
type Expected = Partial<{ [K in keyof MessageSlots]: unknown }>;

/** Checks only the slots a case names; a slot named as undefined must be absent. */
function check(cases: ReadonlyArray<readonly [string, Expected]>) {
  it.each(cases)('%s', (text, expected) => {
    const slots = extractSlots(text, TODAY);
    const present = Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined));
    expect(slots).toMatchObject(present);
    for (const [key, value] of Object.entries(expected)) if (value === undefined) expect(slots).not.toHaveProperty(key);
  });
}

const amount = (value: number, currency: string | null = null) => ({ amount: value * 100, currency });

describe('extractSlots', () => {
  describe('amounts', () => {
    check([
      ['how much is it to move ¥3,200 abroad', { amounts: [amount(3200, 'CNY')] }],
      ['我往卡里打了1500元', { amounts: [amount(1500, 'CNY')] }],
      ['CNY 75 please', { amounts: [amount(75, 'CNY')] }],
      ['it was $35', { amounts: [amount(35, 'USD')] }],
      ['刷了4000没反应', { amounts: [amount(4000)] }],
      ['what about 20k', { amounts: [amount(20_000)] }],
      ['and 7K?', { amounts: [amount(7000)] }],
      ['转2.5万出去', { amounts: [amount(25_000)] }],
      ['大概6万', { amounts: [amount(60_000)] }],
      ['那八千呢', { amounts: [amount(8000)] }],
      ['想充两千五', { amounts: [amount(2500)] }],
      ['一万三能转吗', { amounts: [amount(13_000)] }],
      ['三百块手续费多少', { amounts: [amount(300, 'CNY')] }],
      ['付了5千', { amounts: [amount(5000)] }],
      ['no, the 650 one', { amounts: [amount(650)] }],
      ['那再用卡充3000呢 fee多少', { amounts: [amount(3000)] }],
    ]);
  });

  describe('numbers that are not amounts', () => {
    check([
      ['what happened in 2025', { amounts: [] }],
      ['2027', { amounts: [] }],
      ['我11月2日转的', { amounts: [], transaction: expect.objectContaining({ dates: ['2026-11-02'] }) }],
      ['charged on 2026-10-31', { amounts: [], transaction: expect.objectContaining({ dates: ['2026-10-31'] }) }],
      ['it left at 14:05', { amounts: [] }],
      ['ring me on 139 0013 9000', { amounts: [], phoneNumbers: ['+8613900139000'] }],
      ['about TX-7Q2ZP9', { amounts: [], transaction: expect.objectContaining({ transactionIds: ['TX-7Q2ZP9'] }) }],
      ['第三个', { amounts: [], choice: { index: 3 } }],
      ['the third one', { amounts: [], choice: { index: 3 } }],
      ['is it 1.5%?', { amounts: [] }],
      ['3', { amounts: [], choice: { index: 3 } }],
      ['what do i get at tier 2', { amounts: [] }],
      ['我等了2天了', { amounts: [] }],
    ]);
  });

  describe('transfer kind and destination', () => {
    check([
      ['sending money domestically, any fee?', { transferKind: 'domestic' }],
      ['转账给同事要钱吗', { transferKind: undefined }],
      ['给家人转账收费吗', { transferKind: 'domestic' }],
      ['fee to send to a friend', { transferKind: 'domestic' }],
      ['cheapest way to pay someone overseas', { transferKind: 'cross_border' }],
      ['跨境汇款怎么收费', { transferKind: 'cross_border' }],
      ['can i send 300 to the US', { transferKind: 'cross_border', destination: { country: 'US', text: 'the us' } }],
      ['寄点钱到台湾', { transferKind: 'cross_border', destination: { country: 'TW', text: '台湾' } }],
      ['往韩国汇款', { transferKind: 'cross_border', destination: { country: 'KR' } }],
      ['to my sister in Sydney', { transferKind: 'cross_border', destination: { country: 'AU' } }],
      ['转到上海要多久', { transferKind: 'domestic', destination: { country: 'CN' } }],
      ['can you help us', { transferKind: undefined, destination: undefined }],
      ['topping up with my debit card', { transferKind: 'card_top_up' }],
      ['用银行卡充值', { transferKind: 'card_top_up' }],
      ['网银充值多久到', { transferKind: 'bank_top_up' }],
      ['what if i use a bank transfer instead', { transferKind: 'bank_top_up' }],
      ['提现到银行卡', { transferKind: 'withdrawal' }],
      ['cash out fee?', { transferKind: 'withdrawal' }],
      ['how do transfers work', { transferKind: undefined }],
      ['domestic?', { transferKind: 'domestic', residual: '' }],
    ]);
  });

  describe('limits', () => {
    check([
      ['how much can i spend per day', { limitKind: 'payment', limitPeriod: 'daily' }],
      ['每日转账上限', { limitKind: 'transfer', limitPeriod: 'daily' }],
      ['单笔能充多少', { limitKind: 'card_top_up', limitPeriod: 'single' }],
      ['max for a single payment', { limitKind: 'payment', limitPeriod: 'single' }],
      ['each transfer?', { limitKind: 'transfer', limitPeriod: 'single' }],
    ]);
  });

  describe('transaction hints', () => {
    check([
      ['the bookshop payment was declined', { transaction: expect.objectContaining({ type: 'payment', status: 'failed', failure: 'declined' }) }],
      ['便利店那笔还在处理中', { transaction: expect.objectContaining({ nameWords: ['便利店'], status: 'pending' }) }],
      ['在药店付了80', { transaction: expect.objectContaining({ nameWords: ['药店'], type: 'payment' }), amounts: [amount(80)] }],
      ['给Oscar的转账到了吗', { transaction: expect.objectContaining({ nameWords: ['oscar'], type: 'transfer' }) }],
      ['my transfer to marco failed', { transaction: expect.objectContaining({ nameWords: ['marco'], type: 'transfer', status: 'failed' }) }],
      ['paid 45 at the bakery yesterday', { transaction: expect.objectContaining({ nameWords: ['bakery'], dates: ['2026-11-21'] }) }],
      ['it said i hit my limit', { transaction: expect.objectContaining({ failure: 'limit' }) }],
      ['余额不足那笔', { transaction: expect.objectContaining({ failure: 'insufficient_funds', nameWords: [] }) }],
      ['it is under review apparently', { transaction: expect.objectContaining({ failure: 'review' }) }],
      ['我要退款', { transaction: expect.objectContaining({ type: 'refund' }) }],
      ['充值还没到', { transaction: expect.objectContaining({ type: 'topup', status: 'pending' }) }],
      ['how do i turn on 2fa', { transaction: { transactionIds: [], nameWords: [], dates: [] } }],
    ]);
  });

  describe('choices', () => {
    check([
      ['2', { choice: { index: 2 } }],
      ['4.', { choice: { index: 4 } }],
      ['#1', { choice: { index: 1 } }],
      ['第二', { choice: { index: 2 } }],
      ['第1个', { choice: { index: 1 } }],
      ['就第一笔吧', { choice: { index: 1 } }],
      ['the second one please', { choice: { index: 2 } }],
      ['option 3', { choice: { index: 3 } }],
      ['no. 2', { choice: { index: 2 } }],
      ['number 1', { choice: { index: 1 } }],
      ['first', { choice: { index: 1 } }],
      ['the last one', { choice: { last: true } }],
      ['最后一个', { choice: { last: true } }],
      ['2 thanks', { choice: { index: 2 } }],
      ['the first time it worked', { choice: undefined }],
      ['12', { choice: undefined, amounts: [amount(12)] }],
    ]);
  });

  describe('yes and no', () => {
    check([
      ['yep', { answer: 'yes', residual: '' }],
      ['sure, go ahead', { answer: 'yes' }],
      ['好的', { answer: 'yes' }],
      ['top up 500 with my visa', { transferKind: 'card_top_up' }],
      ['嗯嗯 可以', { answer: 'yes' }],
      ['没问题', { answer: 'yes' }],
      ['yes please, +86 139 0013 9000', { answer: 'yes', phoneNumbers: ['+8613900139000'] }],
      ['nope', { answer: 'no' }],
      ['no thanks', { answer: 'no' }],
      ['不用了 谢谢', { answer: 'no' }],
      ['就第二个 撤了吧', { choice: { index: 2 } }],
      ['the first one, cancel it', { choice: { index: 1 } }],
      ['no, leave it as it is', { answer: 'no' }],
      ['forget it', { answer: 'no' }],
      ['hmm actually no, leave it, she needs the money', { answer: 'no' }],
      ['no idea why it failed', { answer: undefined }],
      ['算了 先不取消了', { answer: 'no' }],
      ['算了', { answer: 'no' }],
      ['ok thanks', { answer: undefined }],
      ['好的 谢谢', { answer: undefined }],
      ['yes my payment failed', { answer: undefined }],
      ['不是我付的', { answer: undefined }],
    ]);
  });

  describe('aspects', () => {
    check([
      ['how long will that take', { aspects: ['duration'] }],
      ['when will i get my money', { aspects: ['duration'] }],
      ['大概几天', { aspects: ['duration'] }],
      ['什么时候能到', { aspects: ['duration'] }],
      ['is it free?', { aspects: ['cost'] }],
      ['转账收费吗', { aspects: ['cost'] }],
      ['do you need my passport?', { aspects: ['documents'] }],
      ['要带什么材料', { aspects: ['documents'] }],
      ['how to switch it on', { aspects: ['steps'] }],
      ['怎么开通', { aspects: ['steps'] }],
      ['are you open on saturday', { aspects: ['hours'] }],
      ['晚上几点下班', { aspects: ['hours'] }],
      ['at least how much', { aspects: ['minimum'] }],
      ['最低充值多少', { aspects: ['minimum'] }],
      ['why', { aspects: ['reason'] }],
      ['这是咋回事', { aspects: ['reason'] }],
      ['do i have to pay twice?', { aspects: ['retry'] }],
      ['需要重新转吗', { aspects: ['retry'] }],
      ['what should i do now', { aspects: ['meantime'] }],
      ['这段时间该怎么办', { aspects: ['meantime'] }],
      ['any progress?', { aspects: ['status'] }],
      ['处理到哪一步了', { aspects: ['status'] }],
      ['为什么收我手续费', { aspects: ['cost', 'reason'] }],
    ]);
  });

  describe('follow-ups and residual', () => {
    check([
      ['那3000呢', { followUpMarker: true, residual: '', amounts: [amount(3000)] }],
      ['and overseas?', { followUpMarker: true, residual: '', transferKind: 'cross_border' }],
      ['what about japan', { followUpMarker: true, residual: '', destination: { country: 'JP' } }],
      ['how about by card', { followUpMarker: true }],
      ['also, is there a fee', { followUpMarker: true, residual: '' }],
      ['还有别的办法吗', { followUpMarker: true }],
      ['换成美元呢', { followUpMarker: true }],
      ['如果是境外呢', { followUpMarker: true, residual: '', transferKind: 'cross_border' }],
      ['单笔呢', { followUpMarker: true, residual: '', limitPeriod: 'single' }],
      ['how long?', { followUpMarker: false, residual: '' }],
      ['daily?', { residual: '', limitPeriod: 'daily' }],
      ['weekend?', { residual: '', aspects: ['hours'] }],
      ['需要多久', { residual: '' }],
      ['那笔要多久', { residual: '' }],
      ['where is my refund', { residual: 'refund', aspects: ['status'] }],
      ['退款审核要多久', { residual: '退款审核' }],
      ['forgot my password', { residual: 'forgot password' }],
      ['how do i raise my limit', { residual: 'raise limit', aspects: ['steps'] }],
      ['why was my payment declined', { residual: 'declined' }],
      ['那个账户冻结了怎么办', { residual: '账户冻结', aspects: ['meantime'] }],
      ['fee?', { residual: '', aspects: ['cost'] }],
      ['手续费呢', { residual: '', aspects: ['cost'] }],
    ]);
  });

  it('leaves every list empty and every optional slot out for a greeting', () => {
    expect(extractSlots('hi there', TODAY)).toEqual(slotsOf());
  });

  it('reads any whole amount written as ¥n, n元 or ¥n with thousands separators as n × 100 minor units of CNY', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.constantFrom('¥#', '#元', '¥,', '付了 #元'), (n, shape) => {
        const text = shape === '¥,' ? `¥${n.toLocaleString('en-US')}` : shape.replace('#', String(n));
        expect(extractSlots(text).amounts).toEqual([{ amount: n * 100, currency: 'CNY', text: expect.any(String) }]);
      }),
      { numRuns: 500 },
    );
  });
});
