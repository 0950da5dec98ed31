/** Round 77: see replies.ts. */
import type { DevReply } from './types';
export const DEV_INTL77: readonly DevReply[] = [
  { text: "错误：554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{\"Response\":{\"RequestId\":\"111d9e76-96b9-46a8-9a0b-e19dba0a75d6\",\"QcloudError\":{\"Error\":{\"Code\":\"FailedOperation.NotAuthenticatedSender.操作失败。发件sender没有经过认证，无法发送。\"}}}}", category: "sender-rejected", permanent: true, source: "https://github.com/songquanpeng/one-api/issues/1630", why: "Tencent Cloud's mail push (SES) refused the message because the sender was not an authenticated/verified sender; the thread's fix was to give the sender as \"alias <address>\". The envelope/From sender was refused as such.", lang: "zh" },
];
