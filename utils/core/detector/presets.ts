/** Seed term lists admins start from (editable: the policy chooses which presets apply and adds its own terms). */
import type { SensitiveTerm } from './model';

const list = (category: string, action: SensitiveTerm['action'], words: string) =>
  words.split(/\s+/).filter(Boolean).map((term) => ({ term, category, action }));

export const PRESETS: Record<string, SensitiveTerm[]> = {
  business: list('business', 'warn', '报价 报价单 底价 成本价 出厂价 合同 合同价 客户名单 客户资料 客户信息 内部资料 内部文件 业务通报 机密 绝密 保密文件 财务报表 薪资表 工资表 投标 标书 返点 回扣'),
  porn: list('porn', 'block', '色情 裸聊 约炮 黄色网站 成人视频 一夜情'),
  gambling: list('gambling', 'block', '赌博 博彩 百家乐 六合彩 赌场 网赌 下注 时时彩 老虎机'),
  malware: list('malware', 'block', '木马 钓鱼链接 破解版下载 外挂下载 免费领红包链接'),
  ads: list('ads', 'warn', '代开发票 刷单 兼职日结 加微信领 免费领取 贷款秒批 代办信用卡'),
};
