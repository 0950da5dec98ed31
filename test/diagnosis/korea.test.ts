/**
 * NAVER Cloud Platform's Cloud Outbound Mailer (knowledge/korea.ts): its delivery result codes, as its console and API
 * report a failed recipient. Texts written by us in the guide's wording.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("Cloud Outbound Mailer's delivery result codes", () => {
  it.each([
    ['recipient-unknown', 'pat@example.org  RECIPIENT_ADDRESS_ERROR  Delivery failure due to a recipient address error'],
    ['remote-error', 'Result: RECEIVE_MAIL_SERVICE_ERROR'],
    ['policy', 'Result: SECURITY_AND_POLICY_ERROR'],
    ['content-policy', 'Result: MAIL_CONTENTS_ERROR'],
    ['network', 'Sending failed due to network error.'],
  ])('%s: %s', (category, text) => {
    expect(pasted(text)?.category).toBe(category);
  });

  it('says only what the guide is sure of: a domain "does not exist" is hedged, a send block is a suppression', () => {
    const domain = pasted('Result: NONEXISTENT_DOMAIN_ADDRESS (Recipient domain does not exist)');
    expect(domain).toMatchObject({ category: 'recipient-domain', ruleId: 'ncloud-mailer.nonexistent-domain' });
    expect(domain?.confidence.level).not.toBe('high');
    expect(pasted('Result: SEND_BLOCK_ADDRESS')).toMatchObject({ category: 'policy', ruleId: 'recipient.suppressed' });
  });
});
