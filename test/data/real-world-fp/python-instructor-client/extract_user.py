import anthropic
import instructor
import openai
from opik.integrations.anthropic import track_anthropic
from pydantic import BaseModel

# instructor builds its own client around the anthropic one: its messages.create
# takes response_model and max_retries, fills max_tokens/model from from_anthropic,
# and moves system-role messages into `system` before anything is sent.
client = instructor.from_anthropic(anthropic.Anthropic())
defaults = instructor.from_anthropic(anthropic.Anthropic(), max_tokens=1000, model="claude-haiku-4-5")


class User(BaseModel):
    name: str
    age: int


user = client.messages.create(
    model="claude-haiku-4-5",
    max_tokens=1024,
    max_retries=2,
    messages=[
        {"role": "system", "content": "Extract the user."},
        {"role": "user", "content": "Jason is 25 years old."},
    ],
    response_model=User,
)

other = defaults.messages.create(
    response_model=User,
    messages=[{"role": "user", "content": "Jason is 10"}],
)

gpt = instructor.from_openai(openai.OpenAI(), model="gpt-4o")
gpt.messages.create(response_model=User, messages=[{"role": "user", "content": "Jason is 10"}])

# A plain client, and one a tracing wrapper hands back, are still checked.
plain = anthropic.Anthropic()
plain.messages.create(model="claude-3-haiku-20240307", max_tokens=1024, messages=[{"role": "user", "content": "x"}])
traced = track_anthropic(anthropic.Anthropic())
traced.messages.create(model="claude-3-haiku-20240307", max_tokens=1024, messages=[{"role": "user", "content": "x"}])
