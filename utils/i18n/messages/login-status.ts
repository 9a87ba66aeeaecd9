/** Popup strings for a chat page whose login web WeChat refused. [zh-CN, en]. */
import { defineMessages } from '../define';

export const loginStatusMessages = defineMessages({
  'status.refused': ['网页版微信拒绝了这个账号的登录，QunGuard 无法在这里保护', 'Web WeChat refused to log this account in; QunGuard cannot protect it here'],
  'status.refusedHelp': [
    '很多微信号不能登录网页版微信（页面提示“为了保障你的账号安全，暂不支持使用网页版微信”或 1203）。这是微信的限制，QunGuard 不会绕过它：用第三方方式强行登录的账号正被警告和封号。请改用手机或电脑版微信，并按公司规定操作；可以用文件传输助手网页版（filehelper.weixin.qq.com）的，QunGuard 在那里同样提醒。',
    'Many WeChat accounts cannot log in to web WeChat (the page says “为了保障你的账号安全，暂不支持使用网页版微信” or shows 1203). This is WeChat’s rule and QunGuard never works around it: accounts that force a login through third-party means are being warned and banned. Use WeChat on your phone or desktop and follow company rules; where 文件传输助手网页版 (filehelper.weixin.qq.com) works for you, QunGuard reminds you there too.',
  ],
  'status.modelPaused': ['完整记录暂停：只记录屏幕上显示过的消息（其余保护照常）', 'Full records paused: only messages shown on screen are recorded (everything else works as usual)'],
});
