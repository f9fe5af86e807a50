/**
 * batch-billing-policy: billing the customer behind a user profile
 * (`billing_policy.bill_to: "user_profile"`, beta) is not supported in Message
 * Batches. See docs/rules/batch-billing-policy.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { prop, stringProp } from '../src/engine/values.js';

type MessageIds = 'userProfileInBatch' | 'billSelf' | 'removePolicy';

export default defineRule<MessageIds>({
  id: 'batch-billing-policy',
  meta: {
    type: 'problem',
    description: 'billing_policy.bill_to "user_profile" is not supported inside a Message Batch',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      userProfileInBatch:
        'billing_policy.bill_to "user_profile" is not supported in Message Batches. This request gets an `errored` result with invalid_request_error (the other requests run). Leave billing_policy out or send "bill_to": "self" (your organization is billed); to bill the user profile, send the request to POST /v1/messages instead.',
      billSelf: 'Bill your organization ("bill_to": "self")',
      removePolicy: 'Remove billing_policy (your organization is billed)',
    },
    sources: ['https://platform.claude.com/docs/en/build-with-claude/batch-processing', '@anthropic-ai/sdk (pinned in package.json) resources/beta/messages/messages.d.ts (MessageCreateParams.billing_policy, BetaBillingPolicy)'],
  },
  checkRequest(context) {
    // On the GA endpoint billing_policy is an unknown field: request-schema reports it.
    if (!context.inBatch || context.endpoint === 'ga') return;
    const policy = prop(context.body, 'billing_policy');
    if (stringProp(policy, 'bill_to') !== 'user_profile') return;
    context.report({
      messageId: 'userProfileInBatch',
      pointer: '/billing_policy/bill_to',
      suggest: [
        { messageId: 'billSelf', edits: [{ op: 'replace', pointer: '/billing_policy/bill_to', value: 'self' }] },
        { messageId: 'removePolicy', edits: [{ op: 'remove', pointer: '/billing_policy' }] },
      ],
    });
  },
});
