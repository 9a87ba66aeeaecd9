// Generated group nicknames for the benchmarks: a realistic mix of compliant and broken names.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强红梅海燕';
const DEPTS = ['销售部', '市场部', '财务部', '人事部', '技术部', '客服中心', '采购部', '行政部'];
const SHAPES = [
  (d: string, n: string) => `${d}-${n}`,
  (d: string, n: string) => `${d}-${n}`,
  (d: string, n: string) => `${d}-${n}`,
  (d: string, n: string) => `${d} ${n}`,
  (d: string, n: string) => `${d}${n}`,
  (d: string, n: string) => `${n}-${d}`,
  (d: string, n: string) => `${n}(${d})`,
  (d: string, n: string) => `${d}—${n}😀`,
  (_d: string, n: string) => n,
  (d: string, n: string) => `${d}-${n}2`,
];

export function generateNames(count: number, seed = 1): string[] {
  let x = seed;
  const rand = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = SURNAMES[rand(SURNAMES.length)]! + GIVEN[rand(GIVEN.length)]! + (rand(2) ? GIVEN[rand(GIVEN.length)]! : '');
    names.push(SHAPES[rand(SHAPES.length)]!(DEPTS[rand(DEPTS.length)]!, person));
  }
  return names;
}

export function generateRoster(count: number) {
  return generateNames(count, 7).map((name, i) => ({ name: name.replace(/^.*[-\s(]|\).*$|\d+$|😀/gu, '').slice(0, 4) || `员工${i}`, departments: ['销售部'] }));
}
