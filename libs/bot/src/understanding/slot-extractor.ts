import { datesIn, phoneNumbersIn } from './entity-extractor';
import { Aspect, ASPECTS, ChoiceSlot, LimitKind, LimitPeriod, MessageSlots, TransactionHint, TransferKind } from './message-slots';
import { findAmounts } from './money-amounts';
import { findPlaces } from './place-names';
import { normalizeText } from './text-normalizer';

// Every pattern reads normalized text (lower case, simplified Chinese, "top up" → "topup", "thru" →
// "through", "u" → "you") and is compiled once: this runs on every turn.

const TRANSACTION_ID = /\btx-[0-9a-z]{4,}\b/g;
/** Digit runs shaped like a phone number, valid or not ("+44 7700 900123" is a made-up one). */
const PHONE_LIKE = /\+\d[\d\s()-]{5,}\d/g;

/** Operations: what the money movement is. */
const WITHDRAWAL = /\bwithdraw\w*|\bcash(?:ing)? ?out\b|提现|取现|提款/;
const TOP_UP = /\btop(?:ped|ping)? ?ups?\b|\btopup\w*|\b(?:add|adding|added|load|loading|loaded) (?:money|funds|cash)\b|充值|充钱|充(?![电满分足])/;
const TRANSFER =
  /\btransfer\w*|\bsend(?:ing|s)?\b|\bsent\b|\bremit\w*|\bwire\b|转账|转给|转到|转钱|汇款|汇钱|汇到|打款|(?:汇|转)(?=\s*(?:\d|[一二两三四五六七八九十多几]|给|去|往|到|出|钱|过|$))/;
const PAYMENT = /\bpa(?:y|id|ying|yment|yments|ys)\b|\bpurchas\w*|\bbuy(?:ing)?\b|\bbought\b|\bspen[dt]\w*|付款|支付(?!宝)|消费|付了|买|刷卡|付(?![费宝])/;
const REFUND = /\brefund\w*|\bmoney back\b|退款|退钱|退回|退费/;
/** Instruments: which way a top-up comes in. "银行卡" is a card; "银行转账" is a bank transfer. */
const CARD = /\b(?:credit |debit |bank )?cards?\b|\b(?:visa|mastercard|master card|amex|unionpay|union pay|jcb)\b|银联|(?:信用|借记|储蓄|银行)?卡(?![住顿])/;
const BANK_TRANSFER = /\bbank (?:transfers?|wires?)\b|\bwire transfers?\b|\bonline banking\b|银行转账|网银|对公转账|对公/;
const BANK = /\bbank(?! ?cards?)\b|银行(?!卡)/;
/** Where the money goes, besides named places (place-names.ts). */
const CROSS_BORDER = /\babroad\b|\boverseas\b|\binternational(?:ly)?\b|\bcross[- ]?border\b|\bforeign\b|\bout of (?:the )?country\b|跨境|境外|海外|国外|国际|出境/;
const DOMESTIC =
  /\bdomestic(?:ally)?\b|\blocal(?:ly)?\b|\bwithin china\b|国内|境内|本地|\bto (?:a |my )?(?:friends?|mom|mum|dad|mother|father|sister|brother|wife|husband|family|parents?)\b|给(?:朋友|家人|我?(?:妈妈?|爸爸?|父母|老婆|老公|姐姐?|妹妹?|哥哥?|弟弟?))/;

// "per" and "each" alone, so "each transfer" still names the transfer.
const SINGLE = /\bper (?:transaction|go|time)\b|\bper(?= (?:payment|transfer|topup)\b)|\beach(?: time)?\b|\bat once\b|\bin one go\b|\bone time\b|\bsingle\b|单笔|每笔|单次|每次|一次性?(?!都)/;
const DAILY = /\bper day\b|\ba day\b|\bdaily\b|\b(?:each|every|in a|in one) day\b|\bper 24 ?h\w*|每天|每日|一天|单日|当天|日限额/;

const FAILED =
  /\bfail(?:ed|s|ing|ure)?\b|\bdeclined?\b|\brejected\b|\bbounced\b|\bdid(?:n't| not) (?:go|get) through\b|\bunsuccessful\b|失败|被拒|拒绝|不成功|没成功|付不了|没付成/;
const PENDING =
  /\bpending\b|\bprocessing\b|\bstill (?:not|hasn't|haven't|isn't)\b|\bhasn't (?:arrived|come|shown)\b|\bnot (?:in|there|arrived) yet\b|处理中|还没到|没到账|还没收到|未到账|还在处理/;
const SUCCEEDED = /\bsucceeded\b|\bsuccessful(?:ly)?\b|\bwent through\b|\bcompleted\b|(?<![不没])成功了|已到账|到账了/;
const LIMIT_HIT = /\b(?:hit|reached|over|exceeded?) (?:my |the |a )?(?:daily )?limit\b|\blimit (?:reached|exceeded)\b|超限|超出?限额|超过?额度|额度不够|限额不够/;
const LIMIT_WORD = /\blimit\b|限额|额度/;
const INSUFFICIENT = /\bnot enough (?:money|funds|balance)\b|\binsufficient\b|\b(?:low|no) balance\b|余额不足|余额不够|钱不够/;
const UNDER_REVIEW = /\bunder review\b|\bbeing reviewed\b|\bon hold\b|审核|风控/;
const DECLINED = /declin|reject|被拒|拒绝/;

/** The sub-question, whatever the topic; see ASPECTS in message-slots.ts. */
const ASPECT_PATTERNS: Readonly<Record<Aspect, RegExp>> = {
  duration:
    /\bhow long\b|\bhow many (?:days|hours|minutes|weeks)\b|\bhow much time\b|\bhow (?:fast|quick(?:ly)?|soon)\b|\bwhen (?:do|will|does|can|would|should|is|are|did)\b|\btakes? long\b|\beta\b|多久|多长时间|多少天|几天|几个?小时|几个工作日|啥时候|什么时候|何时|多快|要等|这么久|这么慢|太久|太慢|好久|\bso (?:long|slow)\b|\btaking (?:so long|forever|ages)\b/,
  cost: /\bfees?\b|\bcharg(?:e|es|ed|ing)\b(?! on (?:my|the))|\bcosts?\b|\bcosting\b|\bhow much (?:is it|does it|will it|would it)\b|\bfree\b|\bprices?\b|\bpricing\b|\bmark-?up\b|\bsurcharge\b|\bcheaper\b|\bexpensive\b|\bpricier\b|手续费|费用|收费|扣费|免费|费率|服务费|加价|收钱|要钱|更贵|贵不贵|便宜/,
  documents:
    /\bdocuments?\b|\bdocs\b|\bpaperwork\b|\b(?:which|what) (?:id|ids|identification)\b|\bid (?:card|document)s?\b|\bpassports?\b|\bproof of (?:address|identity|id|income)\b|\bdriv(?:er'?s|ing) licen[cs]e\b|证件|材料|资料|身份证|护照|户口本|驾照|证明/,
  steps:
    /\bhow (?:do|can|should|would) (?:i|we|you)\b|\bhow to\b|\bsteps?\b|\bwalk me through\b|\bprocedure\b|\binstructions?\b|怎么样?(?:才能?|能)?(?=开|弄|办理|操作|设置|绑|提高|提升|改|修改|申请|充|转|汇|用|加|找回|重置|认证|验证|解锁|注册|登录|联系|关闭|注销|取消|升级|添加|实名|上传|变更|更换|换|退|设)|如何|步骤|流程|怎样(?!了)|操作方法/,
  hours:
    /\bopening hours\b|\bopen(?:ing)? times?\b|\b(?:office|business|working|service|support) hours\b|\bhours of\b|\bwhat time (?:do|does|are|is) (?:you|they|support|the)\b|\bare you open\b|\bopen (?:on|at|today|tomorrow|now|24)\b|\bweekends?\b|\bsaturdays?\b|\bsundays?\b|\b(?:public )?holidays?\b|\b24\/7\b|\bclosing time\b|几点|上班|下班|周末|星期[六天日]|礼拜[六天日]|周[六日]|节假日|假期|工作时间|营业时间|服务时间|有人吗|有人在吗/,
  minimum: /\bminimum\b|\bmin\b|\bat least\b|\bleast\b|\blowest\b|\bsmallest\b|最少|最低|至少|起充|最小|起步/,
  reason:
    /\bwhy\b|\bwhat happened\b|\bwhat'?s (?:going on|wrong|up with)\b|\bwhat is (?:going on|wrong)\b|\bhow come\b|\bwhat went wrong\b|\breasons?\b|为什么|为啥|咋回事|怎么回事|什么情况|啥情况|凭什么|原因|怎么(?=会|又|还|没|老是|总是|一直|失败|被|扣|不)|咋(?=会|又|还|没|不)/,
  retry:
    /\b(?:send|pay|do|try|transfer|topup|submit|make|redo) (?:it |this |that |the (?:payment|transfer|topup) )?again\b|\b(?:pay|send|charged?) twice\b|\bretry\b|\bresend\b|\bonce more\b|重新(?:付款?|支付|转账?|充值?|发送?|提交|操作|试|汇)?|再(?:付|转|充|试|发|汇|交)(?:一次|一遍)?|重付|重试|重发|再来一次/,
  meantime:
    /\bin the meantime\b|\bmeanwhile\b|\bwhat (?:do|should|can|shall) i do\b(?: now)?|\bwhat now\b|\bnow what\b|\bwhat are my options\b|\bwhile (?:i )?wait(?:ing)?\b|现在?该怎么办|怎么办|该干嘛|该做什么|要做什么|该咋办|咋办|这段时间|等待期间/,
  status:
    /\bstatus\b|\bprogress\b|\bwhere(?:'s| is| are)\b|\bwhere(?= (?:my|the) )|\bany (?:news|updates?)\b|\bupdates?\b|\bprocessed\b|\byet\b|\btrack(?:ing)?\b|到哪一步|到哪了|到哪里了|进度|进展|状态|到了吗|到账了吗|好了吗|处理好了|怎么样了/,
};

/** "and …?", "what about …", "那…呢", "还有", "换成 …": a message that builds on the last one. */
const FOLLOW_UP_START = /^(?:and|what about|how about|what if|also|then|plus|same for)\b|^(?:那如果|那么?(?![笔个次天些种里边样])|还有|如果是|要是|换成|改成)/;
const FOLLOW_UP_END = /呢[\s?!.]*$/;
const FOLLOW_UP_WORDS = /^(?:and|what about|how about|what if|also|then|plus|same for)\b|^(?:那如果|那么?(?![笔个次天些种里边样])|还有|如果是|要是|换成|改成)|呢/;

/** A reply to a numbered question: nothing else in the message but these polite words. */
const CHOICE_FILLER = /\b(?:please|thanks|thank you|ok|okay|i'll take|i'll go with|i want|i choose|i mean|it's|it is|cancel it|refund it|do it|go ahead)\b|我选|选|我要|就是|就|那就|撤了|撤销|撤回|取消|退了|退掉|吧|啊|呀|的|谢谢|谢了|[!?,;~]/g;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHOICE_NUMBER = /^(?:#|number |option |choice |no\. ?|no ?)?([1-9])\.?$/;
const CHOICE_ORDINAL = /^(?:the )?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?: (?:one|option))?$/;
const CHOICE_CHINESE = /^第([一二两三四五六七八九1-9])(?:个|笔|项|条|种|位|张)?$/;
const CHOICE_LAST = /^(?:the )?last(?: one| option)?$|^最后(?:一个|一笔|那个|那笔|一项|一条)?$/;

/**
 * Yes / no replies. Only when the message is nothing but that and polite filler: "ok thanks" and
 * "好的 谢谢" close a conversation rather than accept an offer, so thanks never rides along with a
 * yes; "no thanks" / "不用了 谢谢" is how people decline, so it may with a no.
 */
const YES =
  "yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|alright|all right|please do|go ahead|do it|confirm(?:ed)?|correct|right|that's right|exactly|of course|absolutely|definitely|好的?|好滴|好吧|好啊|可以|行|对的?|是的?|嗯+|确认|没问题|麻烦了|要的|当然|没错";
const NO = "no|nope|nah|don't|do not|not now|cancel that|never mind|nevermind|no need|leave it|forget it|keep it|don't bother|not anymore|不用了?|不要了?|不需要|算了|先不用?|不是|不了|不必|不";
const POLITE = 'please|just|then|as it is|for now|那|就|吧|啊|呀|哦|哈|了|嘛';
const THANKS = 'thanks|thank you|cheers|谢谢|谢了|谢啦|多谢';
const YES_REPLY = new RegExp(`^(?:(?:${YES}|${POLITE})(?:\\s|$)?)+$`);
const NO_REPLY = new RegExp(`^(?:(?:${NO}|${POLITE}|${THANKS})(?:\\s|$)?)+$`);
const LEADING_NO = /^(?:(?:hmm+|um+|uh+|oh|wait|well|actually|ok|okay|嗯+|呃|额|哦|那)[\s,，.…]*)*(?:(?:no|nope|nah)(?=$|\s*[,，.!！。])|(?:never mind|nevermind|forget it|leave it|算了|不用了|不要了|先不)(?=$|[\s,，.!！。]))/;
const ONLY_POLITE = new RegExp(`^(?:(?:${POLITE}|${THANKS})(?:\\s|$)?)*$`);
const PUNCTUATION = /[^\p{L}\p{N}\s'#$¥€£+.-]|(?<!\d)\.|\.(?!\d)/gu;

const DATE_WORDS = /\b(?:today|yesterday|tomorrow|this morning|last night|last week|just now|earlier)\b|今天|昨天|前天|今日|昨日|刚才|刚刚|今早|早上|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;

/**
 * Merchants and people: the chunk before 那笔/这笔 ("数码港那笔"), after 给/向 ("给Lily的"), between
 * 在 and a spending verb ("在超市付"); in English, the words nothing else claims (see nameWordsIn).
 */
const NAME_BEFORE_POINTER = /([\u4e00-\u9fff]{2,8}|[a-z][a-z'-]+)\s?(?:那笔|这笔|那个|那次)/g;
const NAME_AFTER_TO = /(?:给|向)\s?([a-z][a-z'-]+|[\u4e00-\u9fff]{2,6})/g;
// English: up to two words after at/to/from/for ("at the coffee place", "to sakura travel") or before "one".
const NAME_AFTER_PREPOSITION_EN = /\b(?:at|to|from|for|with)(?: the| my)? ([a-z][a-z'-]+)(?: ([a-z][a-z'-]+))?/g;
const NAME_BEFORE_ONE = /\b([a-z][a-z'-]+) one\b/g;
const NAME_AFTER_AT = /(?<![现正还实存所好都不])在\s?([a-z][a-z'-]+|[\u4e00-\u9fff]{2,4}?)(?=\s?(?:付|买|消费|刷|花|支付))/g;
/** Characters that cannot be part of a short name: particles, pronouns, verbs of paying. */
const NAME_BREAK = /[的那这了吗呢吧啊呀里上付买转充汇消花刷用是有被和跟再也都就要想能会去来我你他她]+/;
const NOT_A_NAME = /朋友|家人|妈|爸|父母|老婆|老公|姐|妹|哥|弟|银行|客服|人工|自己|别人|外地|账户|余额|手机|失败|被拒|成功|退款|审核|限额|额度/;
const EN_STOPWORDS = new Set(
  ("a an the is are was were be been being it its it's this that that's these those i i'm i've i'd me my mine we us our you your " +
    "he she they them their to for of and or but so if then in on at by with from about as into than too very just also please " +
    "thanks thank ok okay hi hello hey can could would should will shall do does did done doing have has had get got getting " +
    "go going gone went through make made want need know tell let there here there's theres what which who whom whose how when where " +
    "why whats what's one ones some any much many more most other else still again now really actually like ever last time " +
    "s t d ll re ve m way thing things stuff place shop store ticket tickets guys yeah bit lot pls thx u back something anything nothing someone anyone nobody everything fastest quickest best easiest cheapest normally usually typically generally take takes took taking")
    .split(' '),
);
/** Support topics: never a merchant's name, and they stay in the residual. */
const EN_TOPIC_WORDS = new Set(
  ("refund refunds refunded limit limits password pw 2fa account balance verify verified verification verifying identity kyc " +
    "login signin signup code codes sms otp email phone number app card cards bank wallet money cash complaint complain agent human " +
    "person real frozen freeze locked blocked unlock fraud scam stolen hacked security tier level higher increase raise " +
    "failed fail declined rejected pending processing review cancel cancelled arrived received receive arrive " +
    "charge charged not didn't don't can't isn't hasn't haven't wasn't won't doesn't recognise recognize wrong mistake " +
    "exchange rate currency help problem issue error okpay alipay wechat paypal")
    .split(' '),
);

/** Arriving is what "how long" and "where is it" are about, not a topic of its own. */
const ARRIVAL = /到账|(?<![收找得])到(?=\s*$)|(?<=[能会才])到|\barriv(?:e|es|ed|al)\b|\bcome in\b|\bget it\b|\bshow up\b/;
/** Every kind of word the slots are read from, each with its pattern. */
type WordKind =
  | Aspect
  | 'followUp' | 'failed' | 'pending' | 'succeeded' | 'limitHit' | 'limitWord' | 'insufficient' | 'review' | 'refund'
  | 'withdrawal' | 'topUp' | 'bankTransfer' | 'transfer' | 'payment' | 'card' | 'bank' | 'crossBorder' | 'domestic'
  | 'single' | 'daily' | 'date' | 'arrival';

/**
 * Read in one pass, in this order of precedence where two could claim the same words ("send it
 * again" is a retry, "银行转账" a bank transfer rather than a transfer).
 */
const WORD_KINDS: ReadonlyArray<readonly [WordKind, RegExp]> = [
  ['followUp', FOLLOW_UP_WORDS],
  ...ASPECTS.map((aspect) => [aspect, ASPECT_PATTERNS[aspect]] as const),
  ['failed', FAILED], ['pending', PENDING], ['succeeded', SUCCEEDED], ['limitHit', LIMIT_HIT], ['limitWord', LIMIT_WORD],
  ['insufficient', INSUFFICIENT], ['review', UNDER_REVIEW], ['refund', REFUND],
  ['withdrawal', WITHDRAWAL], ['topUp', TOP_UP], ['bankTransfer', BANK_TRANSFER], ['transfer', TRANSFER], ['payment', PAYMENT],
  ['card', CARD], ['bank', BANK], ['crossBorder', CROSS_BORDER], ['domestic', DOMESTIC],
  ['single', SINGLE], ['daily', DAILY], ['date', DATE_WORDS], ['arrival', ARRIVAL],
];
const SLOT_WORDS = new RegExp(WORD_KINDS.map(([, pattern]) => `(${pattern.source})`).join('|'), 'g');
/**
 * Status and failure words stay in the residual: they are what a new question is about ("why did my
 * payment fail" is not a detail of the last topic). So do refunds and limits, which are topics.
 */
const KEPT_IN_RESIDUAL = new Set<WordKind>(['failed', 'pending', 'succeeded', 'limitHit', 'limitWord', 'insufficient', 'review', 'refund']);

interface ScannedWord {
  readonly kind: WordKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = [];
  for (const m of text.matchAll(SLOT_WORDS)) {
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    words.push({ kind: WORD_KINDS[group - 1][0], start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return words;
}

const CHINESE_FILLERS =
  /请问|麻烦|一下|顺便问下|顺便|问下|想问|我想|我们|你们|您好|你好|好的|谢谢|谢了|什么|多少|怎么|是不是|能不能|可不可以|可以|能否|是否|有没有|现在|就是|还是|已经|一直|明明|大概|一般|的话|这个|那个|那笔|这笔|需要|还是|还有|[啊吧呢吗呀嘛了的啦哦我你您请呗哈嗯么啥哪几要能会想是就都也给在用把往向去有]/g;

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function choiceIn(normalized: string): ChoiceSlot | undefined {
  const core = normalized.replace(CHOICE_FILLER, ' ').replace(/\s+/g, ' ').trim();
  const number = CHOICE_NUMBER.exec(core) ?? CHOICE_CHINESE.exec(core);
  if (number) return { index: ORDINALS[number[1]] ?? Number(number[1]) };
  const ordinal = CHOICE_ORDINAL.exec(core);
  if (ordinal) return { index: ORDINALS[ordinal[1]] };
  return CHOICE_LAST.test(core) ? { last: true } : undefined;
}

function answerIn(withoutPhones: string): 'yes' | 'no' | undefined {
  const core = withoutPhones.replace(/[^\p{L}\p{N}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  if (ONLY_POLITE.test(core)) return undefined;
  if (YES_REPLY.test(core)) return 'yes';
  if (NO_REPLY.test(core)) return 'no';
  // "hmm actually no, leave it, she needs the money": a no that opens the message, whatever follows.
  return LEADING_NO.test(withoutPhones) ? 'no' : undefined;
}

function transferKindIn(kinds: ReadonlySet<WordKind>, destination: string | undefined): TransferKind | undefined {
  if (kinds.has('withdrawal')) return 'withdrawal';
  if (kinds.has('topUp')) {
    if (kinds.has('card')) return 'card_top_up';
    if (kinds.has('bankTransfer') || kinds.has('bank')) return 'bank_top_up';
  }
  if ((destination !== undefined && destination !== 'CN') || kinds.has('crossBorder')) return 'cross_border';
  if (destination === 'CN' || kinds.has('domestic')) return 'domestic';
  // "and with bank transfer?": on its own, a bank transfer is how a wallet is topped up.
  return kinds.has('bankTransfer') ? 'bank_top_up' : undefined;
}

function limitPeriodIn(words: readonly ScannedWord[]): LimitPeriod | undefined {
  const first = words.find((word) => word.kind === 'single' || word.kind === 'daily');
  return first?.kind === 'single' ? 'single' : first?.kind === 'daily' ? 'daily' : undefined;
}

function transactionTypeIn(kinds: ReadonlySet<WordKind>): TransactionHint['type'] {
  if (kinds.has('refund')) return 'refund';
  if (kinds.has('topUp') || kinds.has('bankTransfer')) return 'topup';
  if (kinds.has('transfer')) return 'transfer';
  return kinds.has('payment') ? 'payment' : undefined;
}

/** The limit an operation has: top-ups by card have one, bank transfers in do not. */
function limitKindOf(type: TransactionHint['type'], kind: TransferKind | undefined): LimitKind | undefined {
  if (type === 'topup') return kind === 'bank_top_up' ? undefined : 'card_top_up';
  if (type === 'transfer') return 'transfer';
  return type === 'payment' ? 'payment' : undefined;
}

function statusIn(kinds: ReadonlySet<WordKind>): TransactionHint['status'] {
  if (kinds.has('failed')) return 'failed';
  if (kinds.has('pending')) return 'pending';
  return kinds.has('succeeded') ? 'succeeded' : undefined;
}

function failureIn(words: readonly ScannedWord[], kinds: ReadonlySet<WordKind>): TransactionHint['failure'] {
  if (kinds.has('limitHit') || (kinds.has('failed') && kinds.has('limitWord'))) return 'limit';
  if (kinds.has('insufficient')) return 'insufficient_funds';
  if (kinds.has('review')) return 'review';
  return words.some((word) => word.kind === 'failed' && DECLINED.test(word.text)) ? 'declined' : undefined;
}

function isName(name: string): boolean {
  if (/^[a-z]/.test(name)) return !EN_STOPWORDS.has(name) && !EN_TOPIC_WORDS.has(name) && name.search(SLOT_WORDS) < 0;
  return name.length >= 2 && name.length <= 4 && !NOT_A_NAME.test(name) && name.search(SLOT_WORDS) < 0;
}

/** `slotless` is `text` with every slot word blanked. */
function nameWordsIn(text: string, slotless: string, aboutTransaction: boolean): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(NAME_BEFORE_POINTER)) {
    // The name is what sits right before the pointer: "就是数码港那笔" → "数码港".
    const name = m[1].split(NAME_BREAK).filter(Boolean).pop();
    if (name && isName(name)) names.add(name);
  }
  for (const m of text.matchAll(NAME_AFTER_TO)) {
    const name = m[1].split(NAME_BREAK)[0];
    if (name && isName(name)) names.add(name);
  }
  for (const m of text.matchAll(NAME_AFTER_AT)) if (isName(m[1])) names.add(m[1]);
  // English names are only guessed in a message about a transaction, once slot words are out.
  if (aboutTransaction) {
    const rest = slotless.replace(/\s+/g, ' ');
    for (const m of rest.matchAll(NAME_AFTER_PREPOSITION_EN)) {
      for (const word of [m[1], m[2]]) if (word && word.length > 2 && isName(word)) names.add(word);
    }
    for (const m of rest.matchAll(NAME_BEFORE_ONE)) if (m[1].length > 2 && isName(m[1])) names.add(m[1]);
  }
  return [...names];
}

/** Blank (same length) every given span of `text`, so other positions stay where they were. */
function blankAll(text: string, spans: Iterable<readonly [number, number]>): string {
  let rest = text;
  for (const [start, end] of spans) rest = blank(rest, start, end);
  return rest;
}

/** What is left once slot words, names, fillers and punctuation are out (see MessageSlots.residual). */
function residualOf(withoutSlots: string, nameWords: readonly string[]): string {
  let rest = withoutSlots;
  for (const name of nameWords) rest = rest.split(name).join(' ');
  rest = rest.replace(PUNCTUATION, ' ').replace(/[#$¥€£+]/g, ' ').replace(CHINESE_FILLERS, ' ');
  return rest
    .split(/\s+/)
    .filter((word) => word.length > 0 && !EN_STOPWORDS.has(word))
    .join(' ');
}

/**
 * What a customer's message says besides its intent (see MessageSlots): amounts, the kind of
 * transfer and where to, which limit, which transaction, a choice or a yes/no, the sub-question
 * (aspects), phone numbers, whether it opens like a follow-up, and the words left over. Pure and
 * quick; `today` (yyyy-mm-dd) resolves "yesterday" and dates without a year.
 */
export function extractSlots(text: string, today?: string): MessageSlots {
  const normalized = normalizeText(text);
  const transactionIds = [...normalized.matchAll(TRANSACTION_ID)].map((m) => m[0].toUpperCase());
  // Digits of ids and phone numbers are not amounts, and a choice ("2") is not one either.
  let scrubbed = normalized.replace(TRANSACTION_ID, (id) => ' '.repeat(id.length));
  let phones = phoneNumbersIn(scrubbed);
  if (phones.length > 0) {
    // "29950000元" is money, though its digits would make a landline number.
    const money = findAmounts(scrubbed).filter((a) => a.currency !== null);
    phones = phones.filter((p) => !money.some((a) => a.index < p.endsAt && p.startsAt < a.index + a.text.length));
  }
  for (const phone of phones) scrubbed = blank(scrubbed, phone.startsAt, phone.endsAt);
  scrubbed = scrubbed.replace(PHONE_LIKE, (digits) => ' '.repeat(digits.length));
  const choice = choiceIn(scrubbed);
  const answer = choice ? undefined : answerIn(scrubbed);
  const amounts = choice ? [] : findAmounts(scrubbed);
  const spans = amounts.map((a): [number, number] => [a.index, a.index + a.text.length]);
  // Places are read with the amounts out of the way: "hk$100" is money, not Hong Kong.
  const places = findPlaces(blankAll(scrubbed, spans));
  for (const p of places) spans.push([p.index, p.index + p.text.length]);

  const words = scanWords(scrubbed);
  const kinds = new Set(words.map((word) => word.kind));
  const span = (word: ScannedWord): [number, number] => [word.start, word.end];
  const slotless = blankAll(scrubbed, [...spans, ...words.map(span)]);

  // Where the money goes: the first place abroad if any is named, else mainland China if that is.
  const place = places.find((p) => p.country !== 'CN') ?? places[0];
  const type = transactionTypeIn(kinds);
  const status = statusIn(kinds);
  const failure = failureIn(words, kinds);
  const aboutTransaction = transactionIds.length > 0 || amounts.length > 0 || type !== undefined || status !== undefined || failure !== undefined;
  const nameWords = choice || answer ? [] : nameWordsIn(scrubbed, slotless, aboutTransaction);
  const transaction: TransactionHint = {
    transactionIds,
    nameWords,
    dates: datesIn(normalized, today),
    ...(type && { type }),
    ...(status && { status }),
    ...(failure && { failure }),
  };
  const transferKind = transferKindIn(kinds, place?.country);
  const limitKind = limitKindOf(type, transferKind);
  const limitPeriod = limitPeriodIn(words);
  const removed = words.filter((word) => !KEPT_IN_RESIDUAL.has(word.kind)).map(span);
  return {
    amounts: amounts.map(({ amount, currency, text: words }) => ({ amount, currency, text: words })),
    ...(transferKind && { transferKind }),
    ...(place && { destination: { country: place.country, text: place.text } }),
    ...(limitKind && { limitKind }),
    ...(limitPeriod && { limitPeriod }),
    transaction,
    ...(choice && { choice }),
    ...(answer && { answer }),
    aspects: ASPECTS.filter((aspect) => kinds.has(aspect)),
    phoneNumbers: phones.map((phone) => phone.number),
    followUpMarker: FOLLOW_UP_START.test(normalized) || FOLLOW_UP_END.test(normalized),
    residual: choice || answer ? '' : residualOf(blankAll(scrubbed, [...spans, ...removed]), nameWords),
  };
}
