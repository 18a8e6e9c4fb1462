/**
 * The sub-questions a message can ask whatever its topic ("how long?" after a refund question is
 * about the refund). An article names, in its front matter, the section that answers each of them.
 */
export const ARTICLE_ASPECTS = [
  'duration', // how long, when will it arrive, 多久, 什么时候到账
  'cost', // fee, is it free, 手续费, 免费吗
  'documents', // what documents, which ID, 需要什么证件
  'steps', // how do I, steps, 怎么弄, 如何开启
  'hours', // opening hours, weekends, 周末有人吗, 几点上班
  'minimum', // the least, 最少, 最低
  'reason', // why, what happened, 为什么, 怎么回事
  'retry', // should I pay/send again, 要不要重新付
  'meantime', // what do I do now / in the meantime, 现在该怎么办
  'status', // where is it, progress, 进度, 到哪一步了
] as const;
export type ArticleAspect = (typeof ARTICLE_ASPECTS)[number];

export function isArticleAspect(value: string): value is ArticleAspect {
  return (ARTICLE_ASPECTS as readonly string[]).includes(value);
}
