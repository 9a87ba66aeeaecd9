import { chainRows, verifyExportText, canonical, linkHash } from '../utils/export/chain';
const rows = Array.from({length:100000},(_, n)=>({time:new Date(1.7e12+n).toISOString(),timeSource:'首次看到',account:'陈经理',chat:'客户群'+(n%500),chatClass:'customer',direction:'收',senderName:'销售部-员工1',type:'text',text:'您好，附件是本季度报价单，请查收，有问题随时联系我。',textLength:13,fileName:'',links:'',recalled:false,msgId:String(9e18+n)}));
let t=performance.now(); const {chained,state}=chainRows(rows); console.log('chain', performance.now()-t);
const text = JSON.stringify({manifest:{algorithm:'SHA-256',count:chained.length,lastHash:state.hash,createdAt:'x'}, rows: chained});
t=performance.now(); const data = JSON.parse(text); console.log('parse', performance.now()-t);
t=performance.now(); const r = verifyExportText(text); console.log('verify', performance.now()-t, r.ok);
t=performance.now(); for (const c of chained) canonical(c.row); console.log('canonical', performance.now()-t);
