/** Notices when a policy is kept but not applied (options page and popup). [zh-CN, en]. */
import { defineMessages } from '../define';

export const policyHealthMessages = defineMessages({
  'health.localKept.title': ['本机保存的群规有误，已原样保留，没有生效', 'The policy saved on this computer has errors: it is kept as it was and not applied'],
  'health.managedInvalid.title': ['企业统一下发的群规有误，没有生效', 'The company-wide policy has errors and is not applied'],
  'health.mergedInvalid.title': ['企业统一下发的群规与本机设置合在一起不成立，没有生效', 'The company-wide policy does not fit together with this computer’s settings and is not applied'],
  'health.inForce.lastGood': ['现在生效的仍是上一次有效的群规“{name}”。', 'The last valid policy, “{name}”, stays in force.'],
  'health.inForce.local': ['现在生效的是本机群规“{name}”，不含企业统一下发的设置。', 'This computer’s policy “{name}” applies, without the company-wide settings.'],
  'health.inForce.defaults': ['还没有可用的有效群规，现在生效的是默认群规。', 'No valid policy is available yet: the default policy applies.'],
  'health.fix.local': [
    '请改正下面的问题后重新导入；在任一设置页保存新的设置也会替换这份有误的群规（替换前可先下载留存）。',
    'Fix the problems below and import the file again; saving a setting in any section also replaces the faulty policy (download it first to keep it).',
  ],
  'health.fix.managed': ['请联系 IT 管理员改正统一下发的群规：', 'Please ask your IT administrator to correct the company-wide policy:'],
  'health.downloadKept': ['下载未生效的群规', 'Download the policy that is not applied'],
  'health.popup.details': ['详情请打开设置页查看。', 'Open the settings page for details.'],
});
