/** Chat-page strings: the send guard's start-up hold and replay outcome, the reply clock's pause. [zh-CN, en]. */
import { defineMessages } from '../define';

export const guardPageMessages = defineMessages({
  'guard.starting': ['QunGuard 正在启动，马上检查这条消息…', 'QunGuard is starting; checking this message in a moment…'],
  'guard.notSentTitle': ['消息没有发送出去', 'The message was not sent'],
  'guard.notSentSend': ['微信没有接受这次发送。文字还在输入框里，请点输入框下方的「发送」按钮发送（这次不会再提醒）。', 'WeChat did not take this send. The text is still in the editor: click the Send button below it (you will not be asked again).'],
  'guard.notSentForward': ['微信没有接受这次转发。请在转发窗口里再点一次「确定」或「发送」（这次不会再提醒）。', 'WeChat did not take this forward. Click OK or Send in the forward window once more (you will not be asked again).'],
  'guard.notSentFile': ['微信没有接受这个文件。请重新选择文件发送（这次不会再提醒）。', 'WeChat did not take this file. Pick the file again to send it (you will not be asked again).'],
  'guard.ok': ['知道了', 'OK'],
  'guard.maskFailed': ['没能把输入框里的文字换成脱敏后的内容，所以没有发送。请检查输入框，删去或改写个人信息后再发送。', 'The text in the editor could not be replaced with the masked text, so nothing was sent. Check the editor, remove or change the personal data and send again.'],
  'receipt.missingCount': ['还有 {count} 人未回复（打开群成员列表可看到是谁）', '{count} not yet (open the member list to see who)'],
  'clock.paused.off-hours': ['（非工作时间暂停）', ' (paused outside business hours)'],
  'clock.paused.quiet-hours': ['（免打扰时段暂停）', ' (paused in quiet hours)'],
});
