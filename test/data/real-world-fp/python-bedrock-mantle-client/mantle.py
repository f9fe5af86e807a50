from anthropic import AnthropicBedrockMantle, AsyncAnthropicBedrockMantle

# Amazon Bedrock's Messages endpoint (bedrock-mantle): like every Bedrock body,
# the beta names go in the body as anthropic_beta, and the beta's fields come with them.
client = AnthropicBedrockMantle(aws_region="us-east-1")

client.messages.create(
    model="anthropic.claude-opus-4-7",
    max_tokens=1024,
    extra_body={
        "anthropic_beta": ["compact-2026-01-12"],
        "context_management": {"edits": [{"type": "compact_20260112"}]},
    },
    messages=[{"role": "user", "content": "Hello"}],
)

client.messages.create(
    model="anthropic.claude-opus-4-7",
    max_tokens=4096,
    thinking={"type": "adaptive"},
    extra_body={
        "anthropic_beta": ["task-budgets-2026-03-13"],
        "output_config": {"task_budget": {"type": "tokens", "total": 25000}},
    },
    messages=[{"role": "user", "content": "Plan a trip."}],
)


async def main():
    async_client = AsyncAnthropicBedrockMantle(aws_region="us-east-1")
    # Still checked: a field no API version knows.
    await async_client.messages.create(model="anthropic.claude-opus-4-7", max_tokens=1024, maxTokens=5, messages=[{"role": "user", "content": "x"}])
