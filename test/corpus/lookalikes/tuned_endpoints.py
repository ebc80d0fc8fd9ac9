# Models a project deployed or tuned itself, called by their resource names (Vertex AI endpoints, Gemini API tuned
# models), next to a Bedrock profile of the account: names no catalog lists, never unknown models.
import google.generativeai as genai
from langchain_google_vertexai import ChatVertexAI
from langchain_aws import ChatBedrockConverse
import litellm

ENDPOINT = "projects/481234567890/locations/us-central1/endpoints/9876543210987654321"

support = ChatVertexAI(model_name=ENDPOINT)
triage = ChatVertexAI(model="projects/acme-ml-prod/locations/europe-west4/endpoints/4567890123456789012")
tuned = genai.GenerativeModel("tunedModels/support-bot-x1y2z3")
profile = ChatBedrockConverse(
    model="arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3",
    provider="anthropic",
)


def classify(text: str) -> str:
    response = litellm.completion(
        model="vertex_ai/projects/acme-ml-prod/locations/us-central1/endpoints/1234567890",
        messages=[{"role": "user", "content": text}],
    )
    return response.choices[0].message.content
