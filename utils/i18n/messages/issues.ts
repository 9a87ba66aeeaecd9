/** Problems the core reports in policy files, patterns, templates and roster files (utils/core/message.ts). [zh-CN, en]. */
import type { CoreMessage, IssueCode } from '../../core/message';
import { defineMessages, type MessagePair, type Params } from '../define';

export const issueMessages = defineMessages({
  'issue.const': ['必须是 {value}', 'Must be {value}'],
  'issue.enum': ['必须是以下之一：{values}', 'Must be one of: {values}'],
  'issue.type': ['应为{expected}，实际是 {actual}', 'Should be {expected}, is {actual}'],
  'issue.minLength': ['长度至少 {n}', 'At least {n} characters'],
  'issue.maxLength': ['长度最多 {n}', 'At most {n} characters'],
  'issue.pattern': ['格式不对', 'Wrong format'],
  'issue.patternDate': ['请写成 2027-01-01 这样的日期（年-月-日）', 'Write a date like 2027-01-01 (year-month-day)'],
  'issue.patternTime': ['请写成 23:30 这样的时间（时:分）', 'Write a time like 23:30 (hours:minutes)'],
  'issue.minimum': ['不能小于 {n}', 'Must not be below {n}'],
  'issue.minimumExample': ['不能小于 {n}，请填写例如 {example}', 'Must not be below {n}; write e.g. {example}'],
  'issue.maximum': ['不能大于 {n}', 'Must not be above {n}'],
  'issue.maximumExample': ['不能大于 {n}，请填写例如 {example}', 'Must not be above {n}; write e.g. {example}'],
  'issue.typeExample': ['请填写{expected}，例如 {example}', 'Write {expected}, e.g. {example}'],
  'issue.atLine': ['“{value}”：{text}', '“{value}”: {text}'],
  'issue.minItems': ['至少 {n} 项', 'At least {n} items'],
  'issue.maxItems': ['最多 {n} 项', 'At most {n} items'],
  'issue.duplicate': ['与前面的项重复', 'Repeats an earlier item'],
  'issue.required': ['缺少必填项', 'Required'],
  'issue.unknownField': ['未知字段（拼写错误？）', 'Unknown field (a typo?)'],
  'issue.fileTooLarge': ['文件过大（超过 5 MB），不像是策略文件', 'The file is over 5 MB; it does not look like a policy file'],
  'issue.jsonSyntaxAt': ['JSON 语法错误：第 {line} 行第 {column} 列', 'JSON syntax error at line {line}, column {column}'],
  'issue.jsonSyntax': ['JSON 语法错误：文件可能被截断或手工改坏了，请重新导出一份', 'JSON syntax error: the file may be cut short or edited by hand; export it again'],
  'issue.maxTextZero': ['开启保存正文时，长度上限不能为 0', 'With message text kept, the length limit cannot be 0'],
  'issue.timeZone': ['不认识的时区：{zone}（例如 Asia/Shanghai）', 'Unknown time zone: {zone} (e.g. Asia/Shanghai)'],
  'issue.groupPatternRequired': ['范围为“匹配的群”时必须填写群名规则', 'With “Groups whose name matches”, give the name rule'],
  'issue.minAboveMax': ['最少字数不能大于最多字数', 'The fewest cannot be more than the most'],
  'issue.badDate': ['没有 {date} 这一天，请写成 2027-01-01 这样的日期', 'There is no day {date}; write a date like 2027-01-01'],
  'issue.regexTooLong': ['{where}太长（最多 {max} 个字符）', '{where} is too long (at most {max} characters)'],
  'issue.regexSyntax': ['{where}的写法无法识别，请检查括号、方括号是否成对', '{where} cannot be read; check that brackets come in pairs'],
  'issue.regexUnsupported': ['{where}中的“{snippet}”不受支持，请删掉或换一种写法', '“{snippet}” in {where} is not supported; remove it or write it another way'],
  'issue.regexTooComplex': ['{where}的重复次数太多，请写得简单一些', '{where} repeats too many times; please make it simpler'],
  'issue.templateUnknownField': ['未知字段 {field}（可用：{fields}）', 'Unknown field {field} (available: {fields})'],
  'issue.templateNoName': ['模板必须包含 {姓名}', 'The template must contain {姓名}'],
  'issue.rosterNoNameColumn': ['前 10 行中找不到“姓名”列（表头应包含 姓名 和 部门）', 'No “姓名” (name) column in the first 10 lines (the header needs 姓名 and 部门)'],
  'issue.rosterNoDepartmentColumn': ['表头中找不到“部门”列', 'No “部门” (department) column in the header'],
  'issue.rosterEmptyName': ['姓名为空', 'Empty name'],
  'issue.rosterNameTooLong': ['姓名过长（{length} 个字符，最多 {max}）', 'Name too long ({length} characters, at most {max})'],
  'issue.rosterEmptyDepartment': ['“{name}”的部门为空', '“{name}” has no department'],
  'issue.rosterDepartmentTooLong': ['部门名称过长：{value}', 'Department name too long: {value}'],
  'issue.rosterDuplicate': ['与第 {first} 行重复，已合并', 'Same as line {first}; merged'],
  'issue.rosterNoRows': ['表头下面没有任何人员', 'Nobody below the header'],
  'issue.csvSyntax': ['CSV 格式不对（例如引号没有成对）：请在 Excel 里另存为“CSV UTF-8”，或直接导入 XLSX', 'The CSV is malformed (e.g. unpaired quotes): save it from Excel as “CSV UTF-8”, or import the XLSX itself'],
  'issue.fileTooLargeMb': ['文件超过 {mb} MB', 'The file is over {mb} MB'],
  'issue.fileEmpty': ['文件是空的', 'The file is empty'],
  'issue.notUtf8': ['文件不是 UTF-8 编码（Excel 请另存为“CSV UTF-8”，或直接导入 XLSX）', 'The file is not UTF-8 (in Excel save as “CSV UTF-8”, or import the XLSX itself)'],
  'issue.xlsxUnreadable': ['不是有效的 XLSX 文件（无法解压）', 'Not a valid XLSX file (cannot be unzipped)'],
  'issue.xlsxNoWorkbook': ['不是有效的 XLSX 文件（缺少 xl/workbook.xml）', 'Not a valid XLSX file (no xl/workbook.xml)'],
  'issue.xlsxNoSheet': ['不是有效的 XLSX 文件（缺少 {path}）', 'Not a valid XLSX file (no {path})'],
  'jsonType.object': ['对象', 'an object'],
  'jsonType.array': ['数组', 'a list'],
  'jsonType.string': ['字符串', 'text'],
  'jsonType.integer': ['整数', 'a whole number'],
  'jsonType.number': ['数字', 'a number'],
  'jsonType.boolean': ['布尔值 (true/false)', 'true or false'],
  // Keys that would change how every object behaves (__proto__, constructor…) are refused.
  'issue.reservedKey': ['不允许使用“{key}”作为字段名', '“{key}” cannot be used as a field name'],
  'issue.newerVersion': ['这份群规来自更新版本的群规卫士（格式版本 {version}），请先升级本扩展', 'This policy comes from a newer QunGuard (format version {version}); please update this extension first'],
  // Which setting a pattern problem is in ({where} of the regex issues above).
  'policyField.rule': ['这条规则', 'This rule'],
  'policyField.groups.internal': ['“内部群”第 {n} 条', 'Line {n} of “Internal groups”'],
  'policyField.groups.customer': ['“客户群 / 客户”第 {n} 条', 'Line {n} of “Customer groups / customers”'],
  'policyField.groups.external': ['“外部群”第 {n} 条', 'Line {n} of “External groups”'],
  'policyField.groups.ignored': ['“不检查”第 {n} 条', 'Line {n} of “Ignored”'],
  'policyField.quietHours.exemptGroups': ['“不受免打扰限制的群”第 {n} 条', 'Line {n} of “Groups without quiet hours”'],
  'policyField.nickname.customPattern': ['“自定义昵称规则”', 'The custom nickname rule'],
  'policyField.nickname.groupPattern': ['“检查范围”的群名规则', 'The group name rule of “Where to check”'],
});

// Every code the core can report has a text (a type error here otherwise).
const _everyCodeWorded: Record<`issue.${IssueCode}`, MessagePair> = issueMessages;
void _everyCodeWorded;

type IssueT = (key: keyof typeof issueMessages, params?: Params) => string;

/** Schema patterns people meet, and the plain instruction shown instead of the pattern itself. */
const PATTERN_HINTS: Record<string, keyof typeof issueMessages> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'issue.patternDate',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'issue.patternTime',
};

/**
 * A core message in words, never showing a pattern, a stack or a browser's error text; `example` (a good value
 * for the field) makes number errors say what to write instead. The JSON type names are worded too.
 */
export function issueText(t: IssueT, issue: CoreMessage, example?: string | number): string {
  const params: Params = { ...issue.params };
  if (issue.code === 'type' && typeof params.expected === 'string' && `jsonType.${params.expected}` in issueMessages) {
    params.expected = t(`jsonType.${params.expected}` as keyof typeof issueMessages);
  }
  if (issue.code.startsWith('regex')) {
    const field = `policyField.${params.field}`;
    params.where = field in issueMessages ? t(field as keyof typeof issueMessages, { n: params.item ?? '' }) : t('policyField.rule');
  }
  if (issue.code === 'pattern') return t(PATTERN_HINTS[String(params.pattern)] ?? 'issue.pattern');
  if (example !== undefined && (issue.code === 'minimum' || issue.code === 'maximum' || issue.code === 'type')) return t(`issue.${issue.code}Example`, { ...params, example });
  return t(`issue.${issue.code}`, params);
}
